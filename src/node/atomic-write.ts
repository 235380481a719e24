/**
 * Writes a file from a stream of batches of chunks without ever leaving a half-written file:
 * the chunks go to a hidden temporary file next to the target, which takes the target's name
 * only once complete and flushed; on any failure (or abort) it is removed.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, copyFile, link, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SoldeUsageError } from '../issues/error.js';

/** Options of {@link writeAtomically}. */
export interface AtomicWriteOptions {
  /** Replace an existing file. Default false: an existing file is an error. */
  overwrite?: boolean | undefined;
  /** Stops the writing (the temporary file is removed). */
  signal?: AbortSignal | undefined;
}

/**
 * Throws when the target exists and may not be replaced.
 *
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` when the file exists and `overwrite` is not set
 * @example
 * ```ts
 * await refuseExisting('out/pieces.zip', false, 'writePiecesZip');
 * ```
 */
export async function refuseExisting(target: string, overwrite: boolean | undefined, fn: string): Promise<void> {
  if (overwrite === true) return;
  const exists = await access(target, constants.F_OK).then(
    () => true,
    () => false,
  );
  if (exists) throw existsError(target, fn);
}

function existsError(target: string, fn: string): SoldeUsageError {
  return new SoldeUsageError('ARGUMENT_INVALID', `${fn}: ${target} existe déjà (passez { overwrite: true } pour le remplacer)`);
}

/**
 * Writes the batches of chunks to `target`, atomically; each batch is written (one
 * `writev`) before the next is asked for.
 *
 * @param fn - the public function's name, for errors
 * @returns the number of bytes written
 * @throws whatever the chunks or the file system throw, after removing the temporary file
 * @example
 * ```ts
 * const bytes = await writeAtomically('out/pieces.zip', chunks, { overwrite: true }, 'writePiecesZip');
 * ```
 */
export async function writeAtomically(target: string, batches: AsyncIterable<readonly Uint8Array[]>, options: AtomicWriteOptions, fn: string): Promise<number> {
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID()}.part`);
  const handle = await open(temp, 'wx');
  let bytes = 0;
  try {
    try {
      for await (const batch of batches) {
        options.signal?.throwIfAborted();
        bytes += await writeAll(handle, batch);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await publish(temp, target, options.overwrite === true, fn);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return bytes;
}

/** Writes a batch: one `writev`, then plain writes for whatever it left (rare, on a full or slow device). */
async function writeAll(handle: FileHandle, batch: readonly Uint8Array[]): Promise<number> {
  let written = (await handle.writev([...batch])).bytesWritten;
  let total = 0;
  for (const chunk of batch) {
    const skip = Math.min(chunk.length, Math.max(0, written - total));
    total += chunk.length;
    for (let at = skip; at < chunk.length; ) {
      const { bytesWritten } = await handle.write(chunk, at, chunk.length - at);
      at += bytesWritten;
      written += bytesWritten;
    }
  }
  return total;
}

/** Gives the complete file its name: a rename, or — not to replace a file — a hard link (a copy where links are not supported). */
async function publish(temp: string, target: string, overwrite: boolean, fn: string): Promise<void> {
  if (overwrite) {
    await rename(temp, target);
    return;
  }
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EEXIST') throw existsError(target, fn);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    await copyFile(temp, target, constants.COPYFILE_EXCL).catch((copyError: unknown) => {
      throw (copyError as { code?: unknown }).code === 'EEXIST' ? existsError(target, fn) : copyError;
    });
  }
  await rm(temp, { force: true });
}
