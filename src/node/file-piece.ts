/**
 * A piece held by a file on disk: its size comes from `stat`, its first bytes from one small
 * read; when the zip is written, jszip reads it as a stream opened only when its turn comes
 * (a deposit of 1 600 pieces never holds 1 600 open files), which checks again that the file
 * still has the planned size and first bytes.
 *
 * @module
 */
import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { contentMatchesFormat, HEAD_BYTES } from '../zip/content-format.js';
import type { ContentWatch, PieceSource } from '../zip/piece-source.js';

/** Bytes read at once when a piece is streamed into the zip. */
const READ_BYTES = 64 * 1024;

/** Lends a buffer of at least `size` bytes: the same one each time, grown as needed. */
export type BufferLender = (size: number) => Buffer;

/**
 * A lender of one buffer, for the pieces of one zip: the writer takes each entry's bytes
 * before the next piece is read, so one buffer (the largest piece, plus one byte) serves all
 * — rather than a new buffer per read, garbage that only a collection would free.
 *
 * @example
 * ```ts
 * const lend = bufferLender();
 * lend(120_001).length >= 120_001; // true
 * ```
 */
export function bufferLender(): BufferLender {
  let buffer = Buffer.alloc(0);
  return (size) => {
    if (buffer.length < size) buffer = Buffer.allocUnsafe(size);
    return buffer;
  };
}

/**
 * A stream of a file's bytes that opens it on the first read and reports to `watch` — never as
 * a stream error — a file that no longer has `size` bytes or whose first bytes are not of
 * `format`; it then stops giving data. Its chunks are views of one lent buffer (`lend`),
 * valid until the next piece of the same lender is read.
 *
 * @example
 * ```ts
 * zip.file(name, checkedFileStream('pieces/BIO-SGL-Va1-VA-00001.pdf', { size: 120_000, format: 'PDF' }, watch));
 * ```
 */
export function checkedFileStream(path: string, planned: { size: number; format: string }, watch: ContentWatch, lend: BufferLender = bufferLender()): Readable {
  let handle: FileHandle | undefined;
  let at = 0;
  const stop = (report: () => void): void => {
    report();
    void handle?.close().catch(() => undefined);
    handle = undefined;
  };
  return new Readable({
    highWaterMark: READ_BYTES,
    read() {
      void (async () => {
        try {
          handle ??= await open(path, 'r');
          // One byte more than planned tells that the file grew; a short read, that it ended.
          const buffer = lend(planned.size + 1);
          const start = at;
          const wanted = Math.min(READ_BYTES, planned.size + 1 - start);
          const { bytesRead } = await handle.read(buffer, start, wanted, start);
          at += bytesRead;
          const head = start === 0 ? buffer.subarray(0, Math.min(bytesRead, HEAD_BYTES)) : undefined;
          const ended = bytesRead < wanted;
          if (at > planned.size || (ended && at < planned.size) || (head && !contentMatchesFormat(head, planned.format))) {
            stop(() => {
              watch.changed();
            });
            return;
          }
          if (ended) {
            // Closed before the last chunk is given: no read is asked for in between.
            await handle.close();
            handle = undefined;
            if (bytesRead > 0) this.push(buffer.subarray(start, at));
            this.push(null);
          } else {
            this.push(buffer.subarray(start, at));
          }
        } catch (error) {
          stop(() => { watch.failed(error); });
        }
      })();
    },
    destroy(error, callback) {
      const closing = handle?.close();
      handle = undefined;
      void Promise.resolve(closing).then(
        () => { callback(error); },
        () => { callback(error); },
      );
    },
  });
}

/**
 * A piece from a file whose size is known.
 *
 * @example
 * ```ts
 * const piece = filePiece('pieces/BIO-SGL-Va1-VA-00001.pdf', 120_000);
 * ```
 */
export function filePiece(path: string, size: number, lend: BufferLender = bufferLender()): PieceSource {
  return {
    size,
    async head(length) {
      const handle = await open(path, 'r');
      try {
        const buffer = new Uint8Array(Math.min(length, size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    bytes: () => readFile(path),
    content: (planned, watch) => checkedFileStream(path, planned, watch, lend),
  };
}

/**
 * The piece at a path, or undefined when no regular file is there.
 *
 * @throws the file system's error for anything but a missing file (permissions, …)
 * @example
 * ```ts
 * const piece = await pieceAt('pieces/BIO-SGL-Va1-VA-00001.pdf', bufferLender());
 * ```
 */
export async function pieceAt(path: string, lend?: BufferLender): Promise<PieceSource | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? filePiece(path, info.size, lend) : undefined;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
