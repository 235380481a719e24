/**
 * A piece held by a file on disk: its size comes from `stat`, its first bytes from one small
 * read, and its bytes are read whole (at most the piece limit) only when it is written —
 * into two buffers lent to every other piece, so that writing a zip holds two pieces (the
 * one written, the next one read meanwhile).
 *
 * @module
 */
import { open, stat } from 'node:fs/promises';
import type { PieceSource } from '../zip/piece-source.js';

/** Reads a file's bytes, at most `size + 1` (one more tells that it grew). */
export type PieceReader = (path: string, size: number) => Promise<Uint8Array>;

/**
 * A reader that lends two buffers in turn: a read's bytes are valid until the read after
 * next. Each buffer grows to the largest piece it has held, plus one byte.
 *
 * @example
 * ```ts
 * const read = lendingReader();
 * const bytes = await read('pieces/BIO-SGL-Va1-VA-00001.pdf', 120_000);
 * ```
 */
export function lendingReader(): PieceReader {
  const buffers = [new Uint8Array(0), new Uint8Array(0)];
  let turn = 0;
  return async (path, size) => {
    turn = 1 - turn;
    let buffer = buffers[turn] as Uint8Array;
    if (buffer.length < size + 1) buffers[turn] = buffer = new Uint8Array(size + 1);
    const handle = await open(path, 'r');
    try {
      let at = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, at, size + 1 - at, at);
        if (bytesRead === 0 || (at += bytesRead) > size) break;
      }
      return buffer.subarray(0, at);
    } finally {
      await handle.close();
    }
  };
}

/**
 * A piece from a file whose size is known.
 *
 * @param read - how its bytes are read
 * @example
 * ```ts
 * const piece = filePiece('pieces/BIO-SGL-Va1-VA-00001.pdf', 120_000, lendingReader());
 * ```
 */
export function filePiece(path: string, size: number, read: PieceReader): PieceSource {
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
    bytes: () => read(path, size),
  };
}

/**
 * The piece at a path, or undefined when no regular file is there.
 *
 * @param read - how its bytes are read (see {@link filePiece})
 * @throws the file system's error for anything but a missing file (permissions, …)
 * @example
 * ```ts
 * const piece = await pieceAt('pieces/BIO-SGL-Va1-VA-00001.pdf', lendingReader());
 * ```
 */
export async function pieceAt(path: string, read: PieceReader): Promise<PieceSource | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? filePiece(path, info.size, read) : undefined;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
