/**
 * A small reader of a zip's end record and central directory, written for hostile input:
 * every offset and length is checked against the file and the zip limit before anything is
 * read or allocated, and nothing but the tail and the directory is read — the directory by
 * windows of 1 MiB, keeping of each entry only its name and fixed fields (extra fields are
 * read in passing, comments skipped). Names, flags, methods, sizes and attributes come from
 * here, before any entry's data is touched.
 *
 * @module
 */
import type { ByteSource } from './byte-source.js';
import { crc32 } from './crc32.js';
import type { ZipFault as ZipDetail } from '../issues/params.js';
import {
  CENTRAL_HEADER_SIZE,
  EOCD_SIZE,
  FLAG_UTF8,
  MAX_UINT16,
  MAX_UINT32,
  SIG_CENTRAL,
  SIG_EOCD,
  SIG_ZIP64_EOCD,
  SIG_ZIP64_LOCATOR,
  ZIP64_EOCD_SIZE,
  ZIP64_LOCATOR_SIZE,
} from './format.js';

/** Most entries read; more is refused (the portal's deposits hold at most 1 600 pieces). */
export const MAX_ENTRIES = 65_535;

/** An entry as the central directory describes it. */
export interface CentralEntry {
  /** 0-based rank in the central directory. */
  index: number;
  /** The name, decoded (UTF-8 when flagged or valid, else Latin-1). */
  name: string;
  nameBytes: Uint8Array;
  /** The Info-ZIP Unicode Path of the entry, when one is given for this very name. */
  unicodeName?: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** True for a directory (trailing `/`, DOS directory bit, or Unix directory mode). */
  isDirectory: boolean;
  /** True for a Unix symbolic link. */
  isSymlink: boolean;
}

/** The central directory, or why it cannot be read. */
export type CentralDirectory = { ok: true; entries: CentralEntry[]; directoryOffset: number } | { ok: false; detail: ZipDetail };

interface EndRecord {
  count: number;
  size: number;
  offset: number;
  /** Where the (zip64) end record starts: the directory must end before it. */
  limit: number;
}

const fail = (detail: ZipDetail): CentralDirectory => ({ ok: false, detail });

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function uint64(v: DataView, at: number): number | undefined {
  const high = v.getUint32(at + 4, true);
  return high > 0x1fffff ? undefined : high * 2 ** 32 + v.getUint32(at, true);
}

/** Bytes of the directory read at once. Larger than any one header (46 + 3 × 65 535). */
export const DIRECTORY_WINDOW = 1 << 20;

/**
 * Reads the central directory of a zip.
 *
 * @param source - the zip's bytes
 * @param maxBytes - the zip limit: a directory declared larger is not read (it cannot belong
 * to a zip under the limit, and a sparse file may declare gigabytes)
 * @returns its entries in directory order, or the reason it is not a readable zip
 * @example
 * ```ts
 * const cd = await readCentralDirectory(bytesSource(zipBytes), 200_000_000);
 * if (cd.ok) for (const e of cd.entries) console.log(e.name, e.uncompressedSize);
 * ```
 */
export async function readCentralDirectory(source: ByteSource, maxBytes: number): Promise<CentralDirectory> {
  if (source.size < EOCD_SIZE) return fail({ kind: 'too-small' });
  const end = await readEndRecord(source);
  if ('kind' in end) return fail(end);
  if (end.count > MAX_ENTRIES) return fail({ kind: 'too-many-entries', count: end.count });
  if (end.offset + end.size > end.limit) return fail({ kind: 'directory-out-of-bounds' });
  if (end.size > maxBytes) return fail({ kind: 'directory-too-large', size: end.size, limit: maxBytes });
  if (end.count * CENTRAL_HEADER_SIZE > end.size) return fail({ kind: 'directory-corrupt' });
  const entries = await parseEntries(new DirectoryReader(source, end.offset, end.size), end.count);
  return entries ? { ok: true, entries, directoryOffset: end.offset } : fail({ kind: 'directory-corrupt' });
}

/** The directory, read by windows: the bytes at a position, loading the window that holds them. */
class DirectoryReader {
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;

  constructor(
    private readonly source: ByteSource,
    private readonly offset: number,
    readonly size: number,
  ) {}

  /** `length` bytes at `position` of the directory (a view: valid until the next call); undefined past its end. */
  async bytes(position: number, length: number): Promise<Uint8Array | undefined> {
    if (position + length > this.size) return undefined;
    if (position < this.windowStart || position + length > this.windowStart + this.window.length) {
      this.windowStart = position;
      this.window = await this.source.read(this.offset + position, Math.min(this.size - position, Math.max(length, DIRECTORY_WINDOW)));
    }
    return this.window.subarray(position - this.windowStart, position - this.windowStart + length);
  }
}

async function readEndRecord(source: ByteSource): Promise<EndRecord | ZipDetail> {
  const tailLength = Math.min(source.size, EOCD_SIZE + MAX_UINT16);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  const v = view(tail);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (v.getUint32(i, true) === SIG_EOCD && i + EOCD_SIZE + v.getUint16(i + 20, true) <= tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) return { kind: 'no-end-record' };
  const disk = v.getUint16(at + 4, true);
  const directoryDisk = v.getUint16(at + 6, true);
  const onDisk = v.getUint16(at + 8, true);
  const record: EndRecord = { count: v.getUint16(at + 10, true), size: v.getUint32(at + 12, true), offset: v.getUint32(at + 16, true), limit: tailStart + at };
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== record.count) return { kind: 'multi-disk' };
  const zip64 = record.count === MAX_UINT16 || record.size === MAX_UINT32 || record.offset === MAX_UINT32;
  const locatorAt = tailStart + at - ZIP64_LOCATOR_SIZE;
  if (!zip64 || locatorAt < 0) return record;
  const locator = view(await source.read(locatorAt, ZIP64_LOCATOR_SIZE));
  if (locator.getUint32(0, true) !== SIG_ZIP64_LOCATOR) return record;
  return readZip64EndRecord(source, locator, locatorAt);
}

async function readZip64EndRecord(source: ByteSource, locator: DataView, locatorAt: number): Promise<EndRecord | ZipDetail> {
  const at = uint64(locator, 8);
  if (locator.getUint32(4, true) !== 0 || locator.getUint32(16, true) > 1) return { kind: 'multi-disk' };
  if (at === undefined || at + ZIP64_EOCD_SIZE > locatorAt) return { kind: 'zip64-corrupt' };
  const v = view(await source.read(at, ZIP64_EOCD_SIZE));
  const count = uint64(v, 32);
  const size = uint64(v, 40);
  const offset = uint64(v, 48);
  if (v.getUint32(0, true) !== SIG_ZIP64_EOCD || count === undefined || size === undefined || offset === undefined) return { kind: 'zip64-corrupt' };
  if (v.getUint32(16, true) !== 0 || v.getUint32(20, true) !== 0 || uint64(v, 24) !== count) return { kind: 'multi-disk' };
  return { count, size, offset, limit: at };
}

async function parseEntries(directory: DirectoryReader, count: number): Promise<CentralEntry[] | undefined> {
  const entries: CentralEntry[] = [];
  let p = 0;
  for (let index = 0; index < count; index++) {
    const fixed = await directory.bytes(p, CENTRAL_HEADER_SIZE);
    if (!fixed || view(fixed).getUint32(0, true) !== SIG_CENTRAL) return undefined;
    const nameLength = view(fixed).getUint16(28, true);
    const extraLength = view(fixed).getUint16(30, true);
    const next = p + CENTRAL_HEADER_SIZE + nameLength + extraLength + view(fixed).getUint16(32, true);
    // The header with its name and extra field; the comment is skipped, never read on purpose.
    const header = await directory.bytes(p, CENTRAL_HEADER_SIZE + nameLength + extraLength);
    if (!header || next > directory.size) return undefined;
    // The name is copied: the window it sits in is dropped at the next read.
    const nameBytes = header.slice(CENTRAL_HEADER_SIZE, CENTRAL_HEADER_SIZE + nameLength);
    const entry = centralEntry(view(header), 0, index, nameBytes, header.subarray(CENTRAL_HEADER_SIZE + nameLength));
    if (!entry) return undefined;
    entries.push(entry);
    p = next;
  }
  return entries;
}

function centralEntry(v: DataView, p: number, index: number, nameBytes: Uint8Array, extra: Uint8Array): CentralEntry | undefined {
  const flags = v.getUint16(p + 8, true);
  const name = decodeName(nameBytes, (flags & FLAG_UTF8) !== 0);
  const hostSystem = v.getUint8(p + 5);
  const attributes = v.getUint32(p + 38, true);
  const unixMode = hostSystem === 3 ? attributes >>> 16 : 0;
  const sizes = applyZip64(extra, { uncompressedSize: v.getUint32(p + 24, true), compressedSize: v.getUint32(p + 20, true), localOffset: v.getUint32(p + 42, true) });
  if (!sizes) return undefined;
  const entry: CentralEntry = {
    index,
    name,
    nameBytes,
    flags,
    method: v.getUint16(p + 10, true),
    crc32: v.getUint32(p + 16, true),
    ...sizes,
    isDirectory: name.endsWith('/') || (attributes & 0x10) !== 0 || (unixMode & 0xf000) === 0x4000,
    isSymlink: (unixMode & 0xf000) === 0xa000,
  };
  const unicodeName = unicodePath(extra, nameBytes);
  if (unicodeName !== undefined) entry.unicodeName = unicodeName;
  return entry;
}

interface Sizes {
  uncompressedSize: number;
  compressedSize: number;
  localOffset: number;
}

/** Walks the extra fields; returns the block of a tag, or undefined. */
function extraField(extra: Uint8Array, tag: number): Uint8Array | undefined {
  const v = view(extra);
  for (let p = 0; p + 4 <= extra.length; ) {
    const size = v.getUint16(p + 2, true);
    if (v.getUint16(p, true) === tag) return extra.subarray(p + 4, Math.min(extra.length, p + 4 + size));
    p += 4 + size;
  }
  return undefined;
}

/** Replaces the 0xFFFFFFFF fields by their zip64 values; undefined when one is missing. */
function applyZip64(extra: Uint8Array, sizes: Sizes): Sizes | undefined {
  const keys = (['uncompressedSize', 'compressedSize', 'localOffset'] as const).filter((k) => sizes[k] === MAX_UINT32);
  if (keys.length === 0) return sizes;
  const block = extraField(extra, 0x0001);
  if (!block || block.length < keys.length * 8) return undefined;
  const v = view(block);
  const out = { ...sizes };
  for (const [i, key] of keys.entries()) {
    const value = uint64(v, i * 8);
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return out;
}

/** The Info-ZIP Unicode Path (0x7075) of this name, when its CRC says it belongs to it. */
function unicodePath(extra: Uint8Array, nameBytes: Uint8Array): string | undefined {
  const block = extraField(extra, 0x7075);
  if (!block || block.length < 5 || block[0] !== 1) return undefined;
  if (view(block).getUint32(1, true) !== crc32(nameBytes)) return undefined;
  return new TextDecoder('utf-8').decode(block.subarray(5));
}

/**
 * Decodes an entry name: UTF-8 when the flag says so or the bytes are valid UTF-8 (many
 * tools write UTF-8 without the flag), else Latin-1 (a stand-in for CP437: such names can
 * never match a canonical, ASCII, piece name).
 *
 * @example
 * ```ts
 * decodeName(new TextEncoder().encode('é.pdf'), false); // 'é.pdf'
 * ```
 */
export function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
  }
}
