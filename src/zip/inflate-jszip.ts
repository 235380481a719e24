/**
 * Inflates a deflated entry with jszip (pako), for runtimes whose `DecompressionStream`
 * lacks `'deflate-raw'`. The entry's compressed bytes are wrapped in a one-entry zip that
 * jszip reads; its output is counted as it streams and dropped. jszip inflates a whole
 * 16 KiB input block at a time, so a bomb may inflate up to about 16 MiB past the limit
 * (in small chunks, never held) before it is stopped; and pako does not report corrupt data,
 * which the size and CRC-32 checks then catch.
 *
 * @module
 */
import type JSZip from 'jszip';
import { loadJszip } from './load-jszip.js';
import type { ByteSource } from './byte-source.js';
import { METHOD_DEFLATE } from './format.js';
import { inflateCounter, type InflateOutcome } from './inflate-counter.js';
import { centralHeader, encodeName, endOfCentralDirectory, localHeader, type WrittenEntry } from './zip-writer.js';

/**
 * Inflates `length` bytes at `start`, counting the output against `limit`.
 *
 * @param declaredSize - the size the central directory declares (jszip checks it at the end)
 * @throws whatever reading the source throws
 * @example
 * ```ts
 * const outcome = await inflateJszip(source, local.dataStart, entry.compressedSize, entry.uncompressedSize, 3_000_000, true);
 * ```
 */
export async function inflateJszip(
  source: ByteSource,
  start: number,
  length: number,
  declaredSize: number,
  limit: number,
  withCrc: boolean,
): Promise<InflateOutcome> {
  const data = await source.read(start, length);
  const entry: WrittenEntry = { nameBytes: encodeName('x'), method: METHOD_DEFLATE, crc32: 0, compressedSize: length, size: declaredSize, offset: 0 };
  const header = localHeader(entry);
  const central = centralHeader(entry);
  const zip = new Uint8Array(header.length + length + central.length + 22);
  zip.set(header, 0);
  zip.set(data, header.length);
  zip.set(central, header.length + length);
  zip.set(endOfCentralDirectory(1, central.length, header.length + length), header.length + length + central.length);
  const jszip = await loadJszip();
  const file = (await jszip.loadAsync(zip, { checkCRC32: false })).file('x') as unknown as StreamableEntry;
  const counter = inflateCounter(limit, withCrc);
  const stream = file.internalStream('uint8array');
  return new Promise<InflateOutcome>((resolve) => {
    let settled = false;
    const settle = (outcome: InflateOutcome): void => {
      if (settled) return;
      settled = true;
      stream.pause();
      resolve(outcome);
    };
    stream
      .on('data', (chunk) => {
        if (!counter.add(chunk)) settle({ kind: 'over-limit' });
      })
      // The one error jszip raises here is its own end check of the declared size (pako reports
      // no corrupt data): what was counted stands, and the caller's size and CRC checks tell.
      .on('error', () => {
        settle(counter.done());
      })
      .on('end', () => {
        settle(counter.done());
      })
      .resume();
  });
}

/** jszip's documented `ZipObject#internalStream`, missing from its type declarations. */
interface StreamableEntry {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}
