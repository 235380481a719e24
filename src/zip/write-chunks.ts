/**
 * The bytes of a planned zip, as a sequence of batches of chunks: each local header with its
 * data, then the central directory with its end record. Each piece is read only when its
 * turn comes and checked again (a file on disk may have changed since it was planned), so
 * that a consumer writing the batches to a file holds two pieces at a time: the one being
 * written and the next, read meanwhile.
 *
 * @module
 */
import { SoldeValidationError } from '../issues/error.js';
import { makeIssue } from '../issues/make-issue.js';
import type { Locale } from '../issues/types.js';
import { contentMatchesFormat, HEAD_BYTES } from './content-format.js';
import { crc32 } from './crc32.js';
import { deflateRaw } from './deflate.js';
import { detailText } from './details.js';
import { METHOD_DEFLATE } from './format.js';
import type { ZipProgress } from './options.js';
import type { PiecesZipPlan, PlannedEntry } from './plan.js';
import { centralHeader, endOfCentralDirectory, localHeader, type WrittenEntry } from './zip-writer.js';

/** Options of {@link zipChunks}. */
export interface ZipChunksOptions {
  /** Called once the consumer has taken an entry's last chunk. */
  onProgress?: ((progress: ZipProgress) => void) | undefined;
  locale: Locale;
}

/**
 * Yields the zip's bytes in order, in batches (`[header, data]`, then `[directory]`); the
 * chunks add up to `plan.totalBytes`. The next piece is read while a batch is consumed; a
 * batch is valid only until the next one is asked for (a source may lend the same two
 * buffers to every other piece): write or copy it first.
 *
 * @throws {SoldeValidationError} `ZIP_ENTRY_INCONSISTENT` when a piece changed since it was planned
 * @example
 * ```ts
 * for await (const batch of zipChunks(plan, { locale: 'fr' })) await file.writev(batch);
 * ```
 */
export async function* zipChunks(plan: PiecesZipPlan, options: ZipChunksOptions): AsyncGenerator<readonly Uint8Array[], void, undefined> {
  const written: WrittenEntry[] = [];
  let offset = 0;
  let next = prefetch(plan.entries[0]);
  for (const [i, entry] of plan.entries.entries()) {
    const bytes = (await next) as Uint8Array;
    next = prefetch(plan.entries[i + 1]);
    if (bytes.length !== entry.size || !contentMatchesFormat(bytes.subarray(0, HEAD_BYTES), entry.format)) changed(entry, options.locale);
    const data = entry.method === METHOD_DEFLATE ? await deflateRaw(bytes) : bytes;
    if (data.length !== entry.compressedSize) changed(entry, options.locale);
    const record: WrittenEntry = { nameBytes: entry.nameBytes, method: entry.method, crc32: crc32(bytes), compressedSize: data.length, size: bytes.length, offset };
    const header = localHeader(record);
    yield [header, data];
    offset += header.length + data.length;
    written.push(record);
    options.onProgress?.({ done: written.length, total: plan.entries.length, bytes: offset, totalBytes: plan.totalBytes, name: entry.name });
  }
  const central = written.map(centralHeader);
  const centralSize = central.reduce((sum, h) => sum + h.length, 0);
  const tail = new Uint8Array(centralSize + 22);
  let at = 0;
  for (const h of central) {
    tail.set(h, at);
    at += h.length;
  }
  tail.set(endOfCentralDirectory(written.length, centralSize, offset), at);
  yield [tail];
}

/** Starts reading a piece; a failure is seen when it is awaited (or never, if the zip fails first). */
function prefetch(entry: PlannedEntry | undefined): Promise<Uint8Array> | undefined {
  const reading = entry?.source.bytes();
  reading?.catch(() => undefined);
  return reading;
}

function changed(entry: PlannedEntry, locale: Locale): never {
  const detail = detailText({ kind: 'changed-while-writing' }, locale);
  throw new SoldeValidationError([makeIssue('ZIP_ENTRY_INCONSISTENT', entry.path, { value: entry.name, detail }, locale)]);
}
