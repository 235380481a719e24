import type { FormatFichier } from '../schema/layout.js';

/**
 * The most bytes a zip of attachments may have (guide §2.1: « 200 Mo »). **Decision**
 * (FORMAT.md §1): « Mo » is read conservatively as 10^6 bytes, so that nothing planned
 * can be refused by the portal whichever reading it uses.
 *
 * @example
 * ```ts
 * planDeposits(demandes, { numeroAns, siret, depositDate, pieceSizes, maxZipBytes: DEFAULT_MAX_ZIP_BYTES });
 * ```
 */
export const DEFAULT_MAX_ZIP_BYTES = 200_000_000;

/**
 * One entry of a zip of attachments, for {@link estimateZipBytes}.
 *
 * @example
 * ```ts
 * const entry: ZipEntryEstimate = { name: 'BIO-SGL-Va1-VA-00001.pdf', size: 96_004, format: 'PDF' };
 * ```
 */
export interface ZipEntryEstimate {
  /** The entry's name (the attachment's `nomFichier`). */
  name: string;
  /** The attachment's own size, in bytes. */
  size: number;
  /** Its format: PDF, PNG and JPG are stored as they are, XML is deflated. */
  format: FormatFichier;
}

/** Local file header without its name (the zip format's fixed part). */
const LOCAL_HEADER_BYTES = 30;
/** Room for a data descriptor, kept in the estimate so that it bounds a streaming writer too (ours never writes one). */
const DATA_DESCRIPTOR_BYTES = 16;
/**
 * End of central directory record, without a comment: the size of an empty zip.
 *
 * @example
 * ```ts
 * estimateZipBytes([]) === ZIP_END_RECORD_BYTES; // true
 * ```
 */
export const ZIP_END_RECORD_BYTES = 22;
/** Central directory header without its name. */
const CENTRAL_HEADER_BYTES = 46;
/** Info-ZIP Unicode Path extra field, without its name: written (in both headers) for a non-ASCII name. */
const UNICODE_PATH_FIELD_BYTES = 4 + 1 + 4;
/** Deflate's worst case: 5 bytes per block of 16 KiB, plus a fixed margin. */
const DEFLATE_BLOCK = 16_384;
const DEFLATE_BLOCK_BYTES = 5;
const DEFLATE_MARGIN = 64;

const encoder = new TextEncoder();

/**
 * An upper bound of the size of a zip holding these entries at its root: per entry a
 * local header (30 bytes + name) with room for a data descriptor (16), a central header
 * (46 + name), the data — stored as is for PDF, PNG and JPG (already compressed), bounded
 * as `size + 5 × ⌈size / 16 KiB⌉ + 64` for XML, which is deflated — and for a non-ASCII
 * name the Unicode-path extra field (9 + name) in both headers; then the end record (22).
 * Names count in UTF-8 bytes. A zip written by jszip (no comment, no ZIP64: each entry
 * ≤ 3 Mo) is never larger.
 *
 * @param entries - the entries' names, sizes (bytes) and formats
 * @returns the bound, in bytes
 * @example
 * ```ts
 * estimateZipBytes([{ name: 'BIO-SGL-Va1-FACTURE-00001.pdf', size: 120_000, format: 'PDF' }]);
 * // 120_000 + (46 + 29) + (46 + 29) + 22 = 120_172
 * ```
 */
export function estimateZipBytes(entries: readonly ZipEntryEstimate[]): number {
  let total = ZIP_END_RECORD_BYTES;
  for (const entry of entries) total += zipEntryBytes(entry);
  return total;
}

/**
 * What one entry adds to a zip, at most (see {@link estimateZipBytes}); internal to the planner.
 *
 * @example
 * ```ts
 * zipEntryBytes({ name: 'a.pdf', size: 10, format: 'PDF' }); // 46 + 46 + 2 × 5 + 10 = 112
 * ```
 */
export function zipEntryBytes({ name, size, format }: ZipEntryEstimate): number {
  const data = format === 'XML' ? size + DEFLATE_BLOCK_BYTES * Math.max(1, Math.ceil(size / DEFLATE_BLOCK)) + DEFLATE_MARGIN : size;
  return zipEntryHeadersBytes(name) + DATA_DESCRIPTOR_BYTES + data;
}

/**
 * The exact bytes of an entry's local header as jszip writes it (`streamFiles: false`): 30,
 * the name in UTF-8, and for a name that is not ASCII the Info-ZIP Unicode Path extra field
 * (9 + name) that jszip adds beside the UTF-8 flag.
 *
 * @example
 * ```ts
 * zipLocalHeaderBytes('BIO-SGL-Va1-VA-00001.pdf'); // 30 + 24 = 54
 * zipLocalHeaderBytes('é.pdf'); // 30 + 6 + 9 + 6 = 51
 * ```
 */
export function zipLocalHeaderBytes(name: string): number {
  const nameBytes = encoder.encode(name).length;
  const extra = nameBytes === name.length ? 0 : UNICODE_PATH_FIELD_BYTES + nameBytes;
  return LOCAL_HEADER_BYTES + nameBytes + extra;
}

/**
 * The exact bytes of an entry's two headers as jszip writes them (no comment, no zip64): the
 * local header ({@link zipLocalHeaderBytes}) and the central one, 16 bytes longer with the
 * same name and extra field. The one formula of the zip's layout: the planner's estimate and
 * the writer's exact size both add the data to it.
 *
 * @param name - the entry's name
 * @returns its headers' size in bytes
 * @example
 * ```ts
 * zipEntryHeadersBytes('BIO-SGL-Va1-VA-00001.pdf'); // 30 + 46 + 2 × 24 = 124
 * zipEntryHeadersBytes('é.pdf'); // 30 + 46 + 2 × (6 + 9 + 6) = 118
 * ```
 */
export function zipEntryHeadersBytes(name: string): number {
  return 2 * zipLocalHeaderBytes(name) + CENTRAL_HEADER_BYTES - LOCAL_HEADER_BYTES;
}
