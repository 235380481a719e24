/**
 * The hidden staging folder in which `build` writes every deposit before any is moved into
 * place, and its cleaning: a staging folder is named after the process that made it, so that
 * the next run removes those whose process is gone (killed, or the machine stopped) and
 * leaves alone those of a run still going.
 *
 * @module
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const PREFIX = '.segur-solde-';
/** `.segur-solde-<pid>-XXXXXX`, or the name of earlier versions, `.segur-solde-XXXXXX`. */
const STAGING_NAME = /^\.segur-solde-(?:(\d+)-)?[A-Za-z0-9]{6}$/;

/** Whether a process runs (a process of another user counts as running). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

/**
 * Removes the staging folders (and the `.part` files inside) that earlier runs left in `dir`.
 *
 * @returns the names removed
 * @example
 * ```ts
 * await removeStaleStaging('out'); // ['.segur-solde-4242-a1B2c3']
 * ```
 */
export async function removeStaleStaging(dir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const match = STAGING_NAME.exec(entry.name);
    if (!match || !entry.isDirectory()) continue;
    const pid = match[1] === undefined ? undefined : Number(match[1]);
    if (pid !== undefined && (pid === process.pid || isRunning(pid))) continue;
    await rm(join(dir, entry.name), { recursive: true, force: true });
    removed.push(entry.name);
  }
  return removed;
}

/**
 * Makes a new staging folder in `dir`, named after this process.
 *
 * @example
 * ```ts
 * const staging = await makeStaging('out'); // 'out/.segur-solde-4242-a1B2c3'
 * ```
 */
export function makeStaging(dir: string): Promise<string> {
  return mkdtemp(join(dir, `${PREFIX}${String(process.pid)}-`));
}
