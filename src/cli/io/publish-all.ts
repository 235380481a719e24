/**
 * Moves a set of finished files into place, all or nothing: when one of them cannot take its
 * name, those already moved are taken back and the files they replaced are put back, so the
 * folder is left as it was.
 *
 * @module
 */
import { constants } from 'node:fs';
import { copyFile, link, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** One finished file and the name it takes. */
export interface Move {
  from: string;
  to: string;
}

/** Gives `to` the content of `from` without replacing a file: a hard link, or an exclusive copy where links are not supported. */
async function linkExclusive(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

/**
 * Publishes every move or none.
 *
 * @param moves - the files, each to its name (the sources are in `backupDir`'s file system)
 * @param options - `overwrite`: replace existing files (kept in `backupDir` until all are in
 * place); without it an existing file is never touched and stops everything
 * @returns the move that failed and why, or undefined when all are in place
 * @example
 * ```ts
 * const failed = await publishAll([{ from: 'out/.stage/a.json', to: 'out/a.json' }], { overwrite: false, backupDir: 'out/.stage' });
 * ```
 */
export async function publishAll(moves: readonly Move[], options: { overwrite: boolean; backupDir: string }): Promise<{ move: Move; error: unknown } | undefined> {
  const done: { to: string; backup: string | undefined }[] = [];
  for (const move of moves) {
    let backup: string | undefined;
    try {
      if (options.overwrite) {
        backup = join(options.backupDir, `previous-${String(done.length)}-${basename(move.to)}`);
        try {
          await rename(move.to, backup);
        } catch (error) {
          if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
          backup = undefined;
        }
        await rename(move.from, move.to);
      } else {
        await linkExclusive(move.from, move.to);
      }
      done.push({ to: move.to, backup });
    } catch (error) {
      if (backup !== undefined) await rename(backup, move.to).catch(() => undefined);
      for (const published of done.reverse()) {
        await rm(published.to, { force: true });
        if (published.backup !== undefined) await rename(published.backup, published.to);
      }
      return { move, error };
    }
  }
  return undefined;
}
