/**
 * Reads a file the command was given, bounded: its size is looked at before reading, and the
 * reading stops one byte past the limit whatever the file is (`/dev/zero`, a pipe, a file
 * that grows), so that memory and time stay bounded.
 *
 * @module
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { Locale } from '../../issues/types.js';
import { cliText } from '../messages.js';
import { CliError } from './cli-error.js';
import { isSystemError, systemErrorReason } from './system-error.js';

/** Bytes asked of the system at a time. */
const CHUNK_BYTES = 1 << 20;

/**
 * The error of a file that could not be read, in words.
 *
 * @example
 * ```ts
 * throw readFailure('demandes.json', error, 'fr'); // « Impossible de lire demandes.json : fichier ou dossier introuvable »
 * ```
 */
export function readFailure(path: string, error: unknown, locale: Locale): CliError {
  if (error instanceof CliError) return error;
  const errno = isSystemError(error) ? error.code : undefined;
  const reason = errno !== undefined ? systemErrorReason(errno, locale) : error instanceof Error ? error.message : String(error);
  return new CliError('FILE_UNREADABLE', cliText(locale).cannotRead(path, reason), { path, errno });
}

/**
 * Reads at most `maxBytes` bytes of a file (a regular file, or a device, a pipe…).
 *
 * @throws {CliError} `FILE_UNREADABLE` (missing, a folder, refused…), `FILE_TOO_LARGE` (over `maxBytes`)
 * @example
 * ```ts
 * const bytes = await readInputBytes('demandes.json', { maxBytes: 20_000_000, locale: 'fr' });
 * ```
 */
export async function readInputBytes(path: string, options: { maxBytes: number; locale: Locale }): Promise<Buffer> {
  const t = cliText(options.locale);
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw readFailure(path, error, options.locale);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw readFailure(path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), options.locale);
    if (info.isFile() && info.size > options.maxBytes) throw new CliError('FILE_TOO_LARGE', t.tooLarge(path, options.maxBytes, info.size), { path });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(CHUNK_BYTES, options.maxBytes + 1 - total);
      const chunk = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(chunk, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > options.maxBytes) throw new CliError('FILE_TOO_LARGE', t.tooLarge(path, options.maxBytes, undefined), { path });
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw readFailure(path, error, options.locale);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a text file that must be UTF-8, bounded as {@link readInputBytes} (a BOM is kept, for
 * the validator to warn about).
 *
 * @throws {CliError} as {@link readInputBytes}, and `FILE_NOT_UTF8`
 * @example
 * ```ts
 * const text = await readInputText('demandes.json', { maxBytes: 20_000_000, locale: 'en' });
 * ```
 */
export async function readInputText(path: string, options: { maxBytes: number; locale: Locale }): Promise<string> {
  const bytes = await readInputBytes(path, options);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError('FILE_NOT_UTF8', cliText(options.locale).notUtf8(path), { path });
  }
}

/**
 * Checks that a path is a file the command can open for reading (not a folder), before a
 * library function reads it in its own way.
 *
 * @throws {CliError} `FILE_UNREADABLE`
 * @example
 * ```ts
 * await checkReadableFile('pieces.zip', 'fr');
 * ```
 */
export async function checkReadableFile(path: string, locale: Locale): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw readFailure(path, error, locale);
  }
  try {
    if ((await handle.stat()).isDirectory()) throw readFailure(path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), locale);
  } finally {
    await handle.close();
  }
}
