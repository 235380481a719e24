/**
 * The bytes of a zip's headers, written field by field so that nothing varies between two
 * runs: fixed date (`PIECES_ZIP_ENTRY_DATE`), no extra field, no comment, DOS
 * attributes 0, "made by" MS-DOS 2.0. No zip64: the limits keep every size and offset
 * under 4 GiB and entries under 65 535 (checked by {@link zipLayoutBytes}' callers).
 *
 * @module
 */
import {
  CENTRAL_HEADER_SIZE,
  ENTRY_DOS_DATE,
  ENTRY_DOS_TIME,
  EOCD_SIZE,
  FLAG_UTF8,
  LOCAL_HEADER_SIZE,
  METHOD_DEFLATE,
  SIG_CENTRAL,
  SIG_EOCD,
  SIG_LOCAL,
} from './format.js';

/** What the headers of one entry say. */
export interface WrittenEntry {
  /** The name, UTF-8 encoded. */
  nameBytes: Uint8Array;
  /** 0 (stored) or 8 (deflated). */
  method: number;
  crc32: number;
  /** Bytes of the data as stored in the zip. */
  compressedSize: number;
  /** Bytes of the piece itself. */
  size: number;
  /** Offset of the local header from the start of the zip. */
  offset: number;
}

const VERSION_STORE = 10;
const VERSION_DEFLATE = 20;
const VERSION_MADE_BY = 20; // high byte 0: MS-DOS attributes; low byte: spec 2.0

/**
 * A name's bytes: UTF-8 (the canonical names are ASCII).
 *
 * @example
 * ```ts
 * encodeName('BIO-SGL-Va1-VA-00001.pdf').length; // 24
 * ```
 */
export function encodeName(name: string): Uint8Array {
  return new TextEncoder().encode(name);
}

function flagsOf(nameBytes: Uint8Array): number {
  return nameBytes.some((b) => b >= 0x80) ? FLAG_UTF8 : 0;
}

function versionOf(method: number): number {
  return method === METHOD_DEFLATE ? VERSION_DEFLATE : VERSION_STORE;
}

/**
 * The local file header of an entry (30 bytes and the name).
 *
 * @example
 * ```ts
 * const header = localHeader({ nameBytes: encodeName('a.pdf'), method: 0, crc32: 0, compressedSize: 0, size: 0, offset: 0 });
 * header.length; // 35
 * ```
 */
export function localHeader(entry: WrittenEntry): Uint8Array {
  const out = new Uint8Array(LOCAL_HEADER_SIZE + entry.nameBytes.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, SIG_LOCAL, true);
  v.setUint16(4, versionOf(entry.method), true);
  v.setUint16(6, flagsOf(entry.nameBytes), true);
  v.setUint16(8, entry.method, true);
  v.setUint16(10, ENTRY_DOS_TIME, true);
  v.setUint16(12, ENTRY_DOS_DATE, true);
  v.setUint32(14, entry.crc32 >>> 0, true);
  v.setUint32(18, entry.compressedSize, true);
  v.setUint32(22, entry.size, true);
  v.setUint16(26, entry.nameBytes.length, true);
  v.setUint16(28, 0, true);
  out.set(entry.nameBytes, LOCAL_HEADER_SIZE);
  return out;
}

/**
 * The central directory header of an entry (46 bytes and the name).
 *
 * @example
 * ```ts
 * centralHeader({ nameBytes: encodeName('a.pdf'), method: 0, crc32: 0, compressedSize: 0, size: 0, offset: 0 }).length; // 51
 * ```
 */
export function centralHeader(entry: WrittenEntry): Uint8Array {
  const out = new Uint8Array(CENTRAL_HEADER_SIZE + entry.nameBytes.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, SIG_CENTRAL, true);
  v.setUint16(4, VERSION_MADE_BY, true);
  v.setUint16(6, versionOf(entry.method), true);
  v.setUint16(8, flagsOf(entry.nameBytes), true);
  v.setUint16(10, entry.method, true);
  v.setUint16(12, ENTRY_DOS_TIME, true);
  v.setUint16(14, ENTRY_DOS_DATE, true);
  v.setUint32(16, entry.crc32 >>> 0, true);
  v.setUint32(20, entry.compressedSize, true);
  v.setUint32(24, entry.size, true);
  v.setUint16(28, entry.nameBytes.length, true);
  // 30 extra length, 32 comment length, 34 disk, 36 internal attributes, 38 external attributes: all 0
  v.setUint32(42, entry.offset, true);
  out.set(entry.nameBytes, CENTRAL_HEADER_SIZE);
  return out;
}

/**
 * The end of central directory record (22 bytes, no comment).
 *
 * @param count - number of entries
 * @param size - bytes of the central directory
 * @param offset - offset of the central directory
 * @example
 * ```ts
 * endOfCentralDirectory(0, 0, 0).length; // 22
 * ```
 */
export function endOfCentralDirectory(count: number, size: number, offset: number): Uint8Array {
  const out = new Uint8Array(EOCD_SIZE);
  const v = new DataView(out.buffer);
  v.setUint32(0, SIG_EOCD, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, size, true);
  v.setUint32(16, offset, true);
  return out;
}

/**
 * The exact size of a zip written by this module: per entry 30 + 46 bytes of headers, twice
 * its name, its stored bytes; then 22 bytes.
 *
 * @param entries - each entry's name length in bytes and stored size
 * @returns the zip's size in bytes
 * @example
 * ```ts
 * zipLayoutBytes([{ nameLength: 29, compressedSize: 250_000 }]); // 250_156
 * ```
 */
export function zipLayoutBytes(entries: readonly { nameLength: number; compressedSize: number }[]): number {
  let total = EOCD_SIZE;
  for (const e of entries) total += LOCAL_HEADER_SIZE + CENTRAL_HEADER_SIZE + 2 * e.nameLength + e.compressedSize;
  return total;
}
