/**
 * Measures a named piece inside a zip without holding it: a stored piece's size is its
 * directory size and only its first bytes are read (and, for the CRC, its bytes streamed
 * through in 256 KiB slices); a deflated piece is inflated with counting and stops past the
 * limit.
 *
 * @module
 */
import type { ByteSource } from './byte-source.js';
import type { CentralEntry } from './central-directory.js';
import { HEAD_BYTES } from './content-format.js';
import { crc32 } from './crc32.js';
import { inflateCounted } from './inflate.js';
import type { InflateOutcome } from './inflate-counter.js';

const CRC_SLICE = 256 * 1024;

/**
 * The size, first bytes and CRC-32 of an entry's content (method 0 or 8).
 *
 * @param dataStart - where its data starts (after the local header)
 * @param limit - largest size accepted: inflating stops past it
 * @param withCrc - compute the CRC-32 (reads every byte)
 * @param keep - also give the content's bytes (`bytes`, at most `limit`): for checks that read
 * a piece whole; a stored piece is then read in one slice
 * @example
 * ```ts
 * const content = await entryContent(source, entry, local.dataStart, 3_000_000, true);
 * ```
 */
export async function entryContent(source: ByteSource, entry: CentralEntry, dataStart: number, limit: number, withCrc: boolean, keep = false): Promise<InflateOutcome> {
  if (entry.method !== 0) {
    return inflateCounted(source, { start: dataStart, length: entry.compressedSize }, limit, withCrc, undefined, keep);
  }
  const size = entry.compressedSize;
  if (size > limit) return { kind: 'over-limit' };
  const head = (await source.read(dataStart, Math.min(size, HEAD_BYTES))).slice();
  if (keep) {
    const bytes = (await source.read(dataStart, size)).slice();
    return { kind: 'ok', size, head, crc32: withCrc ? crc32(bytes) : undefined, bytes };
  }
  let crc: number | undefined;
  if (withCrc) {
    crc = 0;
    for (let at = 0; at < size; at += CRC_SLICE) crc = crc32(await source.read(dataStart + at, Math.min(CRC_SLICE, size - at)), crc);
  }
  return { kind: 'ok', size, head, crc32: crc };
}
