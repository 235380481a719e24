/**
 * Random access to the bytes of a zip, so that the reader fetches only what it needs: the
 * tail, the central directory, each local header, the first bytes of each piece. A `Blob`
 * is never read whole.
 *
 * @module
 */
import { SoldeUsageError } from '../issues/error.js';
import { isArrayBuffer, isBlob, isUint8Array, plainBytes } from './binary-input.js';

/** Bytes that can be read at any offset. */
export interface ByteSource {
  /** Total number of bytes. */
  readonly size: number;
  /**
   * Reads `length` bytes at `offset`; the caller keeps `offset + length ≤ size`. The result
   * may share memory with the source and is valid only until the next read (a file source
   * reads every slice into the same buffer): do not modify it, copy what must stay.
   */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/**
 * A source over bytes in memory (no copy: reads are views).
 *
 * @example
 * ```ts
 * await bytesSource(new Uint8Array([1, 2, 3])).read(1, 2); // Uint8Array [2, 3]
 * ```
 */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)) };
}

/**
 * A source over a `Blob`: each read is a slice.
 *
 * @example
 * ```ts
 * await blobSource(new Blob([new Uint8Array([1, 2, 3])])).read(0, 1); // Uint8Array [1]
 * ```
 */
export function blobSource(blob: Blob): ByteSource {
  return { size: blob.size, read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()) };
}

/**
 * The source of a zip given as `Uint8Array`, `ArrayBuffer` or `Blob`.
 *
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` for any other value
 * @example
 * ```ts
 * toByteSource(new ArrayBuffer(22), 'checkPiecesZip').size; // 22
 * ```
 */
export function toByteSource(zip: unknown, fn: string): ByteSource {
  if (isUint8Array(zip)) return bytesSource(plainBytes(zip));
  if (isArrayBuffer(zip)) return bytesSource(new Uint8Array(zip));
  if (isBlob(zip)) return blobSource(zip);
  throw new SoldeUsageError('ARGUMENT_INVALID', `${fn}: le zip doit être un Uint8Array, un ArrayBuffer ou un Blob`);
}
