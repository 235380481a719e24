/**
 * Random access to a file on disk, for checking a zip without loading it.
 *
 * @module
 */
import type { FileHandle } from 'node:fs/promises';
import type { ByteSource } from '../zip/byte-source.js';

/**
 * A source reading an open file at any offset, every slice into the same buffer (grown to the
 * largest slice asked): checking a 200 MB zip then leaves no garbage of read buffers behind.
 *
 * @param handle - the open file
 * @param size - its size in bytes
 * @example
 * ```ts
 * const handle = await open('pieces.zip', 'r');
 * const source = fileByteSource(handle, (await handle.stat()).size);
 * ```
 */
export function fileByteSource(handle: FileHandle, size: number): ByteSource {
  let scratch = new Uint8Array(0);
  return {
    size,
    async read(offset, length) {
      if (scratch.length < length) scratch = new Uint8Array(length);
      const buffer = scratch;
      let at = 0;
      while (at < length) {
        const { bytesRead } = await handle.read(buffer, at, length - at, offset + at);
        if (bytesRead === 0) break;
        at += bytesRead;
      }
      return buffer.subarray(0, at);
    },
  };
}
