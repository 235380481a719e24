/**
 * Writes the command's output files under two promises: an existing file is never replaced
 * unless `--overwrite` is given, and a file the command reads is never replaced at all (the
 * same file under another name — a symbolic or hard link — included). A file is written to a
 * temporary name and renamed once complete (`writeAtomically`): never half-written.
 *
 * @module
 */
import { lstat, mkdir, realpath, rmdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { SoldeUsageError } from '../../issues/error.js';
import type { Locale } from '../../issues/types.js';
import { writeAtomically } from '../../node/atomic-write.js';
import { cliText } from '../messages.js';
import { CliError } from './cli-error.js';
import { isSystemError, systemErrorReason } from './system-error.js';

/** What may be written, and what may not be touched. */
export interface OutputPolicy {
  /** `--overwrite`: an existing output file may be replaced. */
  overwrite: boolean;
  /** The files the command reads: never written over. */
  inputs: readonly string[];
  locale: Locale;
}

/**
 * The error of a file that could not be written, in words.
 *
 * @example
 * ```ts
 * throw writeFailure('out/a.json', error, 'en'); // "Cannot write out/a.json: no space left on the disk"
 * ```
 */
export function writeFailure(path: string, error: unknown, locale: Locale): CliError {
  if (error instanceof CliError) return error;
  const t = cliText(locale);
  if (error instanceof SoldeUsageError) return new CliError('FILE_EXISTS', t.exists(path), { path, errno: 'EEXIST' });
  const errno = isSystemError(error) ? error.code : undefined;
  if (errno === 'EEXIST') return new CliError('FILE_EXISTS', t.exists(path), { path, errno });
  const reason = errno !== undefined ? systemErrorReason(errno, locale) : error instanceof Error ? error.message : String(error);
  return new CliError('FILE_NOT_WRITABLE', t.cannotWrite(path, reason), { path, errno });
}

/** The identity of a file (device and inode) and its real path, or undefined when there is none. */
async function identity(path: string): Promise<{ real: string; key: string } | undefined> {
  try {
    const [real, info] = await Promise.all([realpath(path), stat(path)]);
    return { real, key: `${String(info.dev)}:${String(info.ino)}` };
  } catch {
    return undefined;
  }
}

/**
 * Checks, before anything is written, that every target may be written: none is one of the
 * inputs, none is a folder, and none exists unless `overwrite`.
 *
 * @throws {CliError} `FILE_IS_INPUT`, `FILE_NOT_WRITABLE`, `FILE_EXISTS`
 * @example
 * ```ts
 * await checkTargets(['out/a.json'], { overwrite: false, inputs: ['a.json'], locale: 'fr' });
 * ```
 */
export async function checkTargets(targets: readonly string[], policy: OutputPolicy): Promise<void> {
  const t = cliText(policy.locale);
  const inputs = new Set<string>();
  for (const input of new Set(policy.inputs)) {
    const found = await identity(input);
    if (found) inputs.add(found.real).add(found.key);
  }
  for (const target of targets) {
    const self = await identity(target);
    if (self && (inputs.has(self.real) || inputs.has(self.key))) throw new CliError('FILE_IS_INPUT', t.isInput(target), { path: target });
    let info;
    try {
      info = await lstat(target);
    } catch (error) {
      if (isSystemError(error) && error.code === 'ENOENT') continue;
      throw writeFailure(target, error, policy.locale);
    }
    if (info.isDirectory()) throw new CliError('FILE_NOT_WRITABLE', t.cannotWrite(target, systemErrorReason('EISDIR', policy.locale)), { path: target, errno: 'EISDIR' });
    if (!policy.overwrite) throw new CliError('FILE_EXISTS', t.exists(target), { path: target, errno: 'EEXIST' });
  }
}

/**
 * Makes sure a folder exists (creating it and its parents).
 *
 * @returns the first folder it created (to remove with {@link removeCreatedFolders} when
 * nothing is written after all), or undefined when the folder was there
 * @throws {CliError} `FILE_NOT_WRITABLE` when the path is a file, or cannot be created
 * @example
 * ```ts
 * await ensureFolder('out', 'fr');
 * ```
 */
export async function ensureFolder(dir: string, locale: Locale): Promise<string | undefined> {
  try {
    return await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = isSystemError(error) ? error.code : undefined;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new CliError('FILE_NOT_WRITABLE', cliText(locale).notAFolder(dir), { path: dir, errno: code });
    throw writeFailure(dir, error, locale);
  }
}

/**
 * Removes the folders {@link ensureFolder} created, from `dir` up to `created`, as long as they
 * are empty: a command that wrote nothing leaves the disk as it was.
 *
 * @example
 * ```ts
 * const created = await ensureFolder('out/2024', 'fr');
 * if (created !== undefined) await removeCreatedFolders('out/2024', created);
 * ```
 */
export async function removeCreatedFolders(dir: string, created: string): Promise<void> {
  for (let at = resolve(dir); ; at = dirname(at)) {
    try {
      await rmdir(at);
    } catch {
      return;
    }
    if (at === resolve(created) || dirname(at) === at) return;
  }
}

/**
 * Writes a file under the {@link OutputPolicy}: a text (written as UTF-8) or its bytes.
 *
 * @throws {CliError} as {@link checkTargets}, and `FILE_NOT_WRITABLE` when the system refuses
 * @example
 * ```ts
 * await writeOutputFile('v.retour-simule.json', text, { overwrite: false, inputs: ['v.json'], locale: 'fr' });
 * ```
 */
export async function writeOutputFile(target: string, content: string | Uint8Array, policy: OutputPolicy): Promise<void> {
  await checkTargets([target], policy);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const batches = (async function* () {
    yield await Promise.resolve([bytes]);
  })();
  try {
    await writeAtomically(target, batches, { overwrite: policy.overwrite }, 'segur-solde');
  } catch (error) {
    throw writeFailure(target, error, policy.locale);
  }
}
