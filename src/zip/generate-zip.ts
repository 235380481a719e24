/**
 * The zip's bytes, written by jszip from a plan: one `JSZip` with the pieces in JSON order,
 * a fixed date, STORE for PDF/PNG/JPG and DEFLATE (level 6) for XML, generated with
 * `streamFiles: false` (sizes and CRC in the local header, no data descriptor: a stored entry
 * with a data descriptor is refused by common Java readers), `platform: 'DOS'` (attributes
 * 0) and no comment. Generated through jszip's internal stream so that the consumer holds
 * jszip between two entries: the next piece is read only once the previous one is taken,
 * and each batch handed over ends exactly at an entry's end.
 *
 * @module
 */
import type JSZip from 'jszip';
import { SoldeValidationError } from '../issues/error.js';
import { makeIssue } from '../issues/make-issue.js';
import type { Locale } from '../issues/types.js';
import { zipEntryHeadersBytes, ZIP_END_RECORD_BYTES } from '../plan/estimate-zip-bytes.js';
import { PIECES_ZIP_ENTRY_DATE } from './format.js';
import { loadJszip } from './load-jszip.js';
import type { ZipProgress } from './options.js';
import type { ContentWatch, PieceContent } from './piece-source.js';
import type { PiecesZipPlan, PlannedEntry } from './plan.js';

/** Compression level of XML pieces (zlib's default). */
export const DEFLATE_LEVEL = 6;

/**
 * {@link PIECES_ZIP_ENTRY_DATE} as jszip takes it: jszip writes the DOS date and time from the
 * `Date`'s UTC fields (`getUTCHours`…), so the same instant gives the same bytes in every
 * time zone.
 */
const ENTRY_DATE = new Date(`${PIECES_ZIP_ENTRY_DATE}Z`);

/** The options of every generation: no data descriptor, DOS attributes, no comment. */
export const GENERATE_OPTIONS = { type: 'uint8array', streamFiles: false, platform: 'DOS', comment: '' } as const;

/**
 * The options of each piece's `zip.file()`: its bytes as given, no folder entry, the fixed
 * date, STORE or DEFLATE level {@link DEFLATE_LEVEL}.
 *
 * @example
 * ```ts
 * zip.file('BIO-SGL-Va1-VA-00001.xml', bytes, fileOptions(true));
 * ```
 */
export function fileOptions(deflate: boolean): JSZip.JSZipFileOptions {
  return {
    binary: true,
    createFolders: false,
    date: ENTRY_DATE,
    compression: deflate ? 'DEFLATE' : 'STORE',
    compressionOptions: deflate ? { level: DEFLATE_LEVEL } : null,
  };
}

/**
 * The size of a piece's data once deflated as the zip will hold it: jszip writes a one-entry
 * zip of it, and the entry's headers and the end record (our layout formula) are taken off.
 *
 * @example
 * ```ts
 * await deflatedSize('BIO-SGL-Va1-VA-00001.xml', xmlBytes); // e.g. 2 957
 * ```
 */
export async function deflatedSize(name: string, bytes: Uint8Array): Promise<number> {
  const JSZip = await loadJszip();
  const zip = new JSZip();
  zip.file(name, bytes, fileOptions(true));
  const out = await zip.generateAsync(GENERATE_OPTIONS);
  return out.length - zipEntryHeadersBytes(name) - ZIP_END_RECORD_BYTES;
}

/** Options of {@link zipBatches}. */
export interface ZipBatchesOptions {
  /** Called once the consumer has taken an entry's last chunk. */
  onProgress?: ((progress: ZipProgress) => void) | undefined;
  locale: Locale;
  /**
   * The chunks' type: `'nodebuffer'` in Node when the pieces are Node streams, which jszip
   * then passes on without a copy (it copies a `Buffer` into a `Uint8Array` byte by byte).
   * Default `'uint8array'`.
   */
  type?: 'uint8array' | 'nodebuffer';
}

/** Where each entry's bytes end in the zip (local header, name, data), from the plan. */
function entryEnds(plan: PiecesZipPlan): number[] {
  let offset = 0;
  return plan.entries.map((e) => (offset += e.localBytes + e.compressedSize));
}

function contentOf(entry: PlannedEntry, watch: ContentWatch): PieceContent {
  return entry.source.content ? entry.source.content({ size: entry.size, format: entry.format }, watch) : entry.source.bytes();
}

/**
 * Yields the zip's bytes in order, in batches: one per entry (its local header and data),
 * then the central directory with its end record; the chunks add up to `plan.totalBytes`.
 * jszip is held while a batch is consumed, so the next piece is read only then.
 *
 * @throws {SoldeValidationError} `ZIP_ENTRY_INCONSISTENT` when a piece changed since it was planned
 * @throws whatever reading a piece or `onProgress` throws
 * @example
 * ```ts
 * for await (const batch of zipBatches(plan, { locale: 'fr' })) await file.writev(batch);
 * ```
 */
export async function* zipBatches(plan: PiecesZipPlan, options: ZipBatchesOptions): AsyncGenerator<readonly Uint8Array[], void, undefined> {
  const JSZip = await loadJszip();
  const zip = new JSZip();
  const state = new BatchState();
  const contents: PieceContent[] = [];
  for (const entry of plan.entries) {
    const watch: ContentWatch = { changed: () => { state.fail(changedError(entry, options.locale)); }, failed: (error) => { state.fail(error); } };
    const content = contentOf(entry, watch);
    contents.push(content);
    zip.file(entry.name, content, fileOptions(entry.method !== 0));
  }
  const ends = entryEnds(plan);
  const stream = zip.generateInternalStream({ ...GENERATE_OPTIONS, type: options.type ?? GENERATE_OPTIONS.type });
  stream
    .on('data', (chunk: Uint8Array) => {
      // Held at each entry's end: the next piece is not read before this one is taken.
      if (state.add(chunk, ends)) stream.pause();
    })
    .on('error', (error: unknown) => { state.fail(error); })
    .on('end', () => { state.end(); });
  let taken = 0;
  let done = 0;
  try {
    stream.resume();
    for (;;) {
      if (state.error) throw state.error.cause;
      const batch = state.closed.shift();
      if (batch) {
        if (taken + batch.bytes > plan.totalBytes) throw layoutError(plan, done, options.locale);
        yield batch.chunks;
        taken += batch.bytes;
        if (batch.entry !== undefined) {
          const entry = plan.entries[batch.entry] as PlannedEntry;
          done = batch.entry + 1;
          options.onProgress?.({ done, total: plan.entries.length, bytes: taken, totalBytes: plan.totalBytes, name: entry.name });
          if (state.closed.length === 0 && !state.ended) stream.resume();
        }
      } else if (state.ended) {
        break;
      } else {
        await state.next();
      }
    }
  } finally {
    if (!state.ended) {
      stream.pause();
      for (const content of contents) if ('destroy' in content && typeof content.destroy === 'function') (content.destroy as () => void)();
    }
  }
  if (taken !== plan.totalBytes || done !== plan.entries.length) throw layoutError(plan, done, options.locale);
}

/**
 * The bytes written differ from the plan: the entry after the last one that ended where
 * planned gave other bytes (an XML file changed since it was deflated to size it).
 */
function layoutError(plan: PiecesZipPlan, done: number, locale: Locale): SoldeValidationError {
  return changedError((plan.entries[done] ?? plan.entries.at(-1)) as PlannedEntry, locale);
}

/** The chunks jszip has given and not yet taken, cut at each entry's end. */
class BatchState {
  closed: { chunks: Uint8Array[]; bytes: number; entry?: number }[] = [];
  ended = false;
  error: { cause: unknown } | undefined;
  private open: Uint8Array[] = [];
  private openBytes = 0;
  private bytes = 0;
  private marked = 0;
  private wake: () => void = () => undefined;

  /** Adds a chunk; true when it ends an entry. */
  add(chunk: Uint8Array, ends: readonly number[]): boolean {
    this.open.push(chunk);
    this.openBytes += chunk.length;
    this.bytes += chunk.length;
    const atEnd = this.bytes === ends[this.marked];
    if (atEnd) this.close(this.marked++);
    this.wake();
    return atEnd;
  }

  end(): void {
    if (this.open.length > 0) this.close(undefined);
    this.ended = true;
    this.wake();
  }

  fail(cause: unknown): void {
    this.error ??= { cause };
    this.wake();
  }

  /** Resolves at the next event. */
  next(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private close(entry: number | undefined): void {
    this.closed.push(entry === undefined ? { chunks: this.open, bytes: this.openBytes } : { chunks: this.open, bytes: this.openBytes, entry });
    this.open = [];
    this.openBytes = 0;
  }
}

function changedError(entry: PlannedEntry, locale: Locale): SoldeValidationError {
  return new SoldeValidationError([makeIssue('ZIP_ENTRY_INCONSISTENT', entry.path, { value: entry.name, fault: { kind: 'changed-while-writing' } }, locale)], { locale });
}

