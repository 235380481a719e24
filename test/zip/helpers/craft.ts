import { crc32 as nodeCrc32, deflateRawSync } from 'node:zlib';

/** One entry of a hand-made zip: every field can lie. */
export interface CraftEntry {
  name: string;
  /** The bytes stored after the local header (already compressed for method 8). */
  data?: Uint8Array;
  /** The piece's real bytes, for the default CRC and size (default: `data`). */
  content?: Uint8Array;
  method?: number;
  flags?: number;
  crc?: number;
  size?: number;
  compressedSize?: number;
  extra?: Uint8Array;
  externalAttributes?: number;
  /** High byte of "version made by": 0 MS-DOS, 3 Unix. */
  host?: number;
  /** Overrides of the local header. */
  local?: { name?: string; flags?: number; method?: number; crc?: number; size?: number; compressedSize?: number; extra?: Uint8Array; signature?: number };
  /** Overrides the offset of the local header written in the central directory. */
  offset?: number;
  /** Write no local header nor data for this entry (its offset points elsewhere). */
  omitLocal?: boolean;
  /** The entry's comment, in the central directory. */
  comment?: Uint8Array;
}

/** Options of {@link craftZip}. */
export interface CraftOptions {
  comment?: string;
  /** Bytes after the end record. */
  trailing?: Uint8Array;
  /** Overrides of the end record. */
  end?: { disk?: number; directoryDisk?: number; onDisk?: number; count?: number; size?: number; offset?: number };
  /** Write zip64 records (end record fields set to their markers). */
  zip64?: boolean;
}

const encoder = new TextEncoder();

/** A deflated (raw) version of bytes. */
export const deflate = (bytes: Uint8Array): Uint8Array => new Uint8Array(deflateRawSync(bytes));

/** A crafted entry holding `content` deflated. */
export function deflated(name: string, content: Uint8Array, rest: Partial<CraftEntry> = {}): CraftEntry {
  return { name, data: deflate(content), content, method: 8, ...rest };
}

/** Writes a zip by hand, with whatever lies the entries carry. */
export function craftZip(entries: readonly CraftEntry[], options: CraftOptions = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = e.data ?? new Uint8Array();
    const content = e.content ?? data;
    const name = encoder.encode(e.name);
    const crc = e.crc ?? nodeCrc32(content);
    const size = e.size ?? content.length;
    const compressedSize = e.compressedSize ?? data.length;
    const method = e.method ?? 0;
    const flags = e.flags ?? 0;
    const l = e.local ?? {};
    const localName = l.name === undefined ? name : encoder.encode(l.name);
    const localExtra = l.extra ?? new Uint8Array();
    const header = new Uint8Array(30 + localName.length + localExtra.length);
    const h = new DataView(header.buffer);
    h.setUint32(0, l.signature ?? 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, l.flags ?? flags, true);
    h.setUint16(8, l.method ?? method, true);
    h.setUint16(12, 0x41, true);
    h.setUint32(14, l.crc ?? crc, true);
    h.setUint32(18, l.compressedSize ?? compressedSize, true);
    h.setUint32(22, l.size ?? size, true);
    h.setUint16(26, localName.length, true);
    h.setUint16(28, localExtra.length, true);
    header.set(localName, 30);
    header.set(localExtra, 30 + localName.length);
    const extra = e.extra ?? new Uint8Array();
    const entryComment = e.comment ?? new Uint8Array();
    const c = new Uint8Array(46 + name.length + extra.length + entryComment.length);
    const cv = new DataView(c.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, ((e.host ?? 0) << 8) | 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint16(14, 0x41, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, compressedSize, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra.length, true);
    cv.setUint16(32, entryComment.length, true);
    cv.setUint32(38, e.externalAttributes ?? 0, true);
    cv.setUint32(42, e.offset ?? offset, true);
    c.set(name, 46);
    c.set(extra, 46 + name.length);
    c.set(entryComment, 46 + name.length + extra.length);
    central.push(c);
    if (e.omitLocal === true) continue;
    parts.push(header, data);
    offset += header.length + data.length;
  }
  const directorySize = central.reduce((s, c) => s + c.length, 0);
  const directoryOffset = offset;
  parts.push(...central);
  offset += directorySize;
  if (options.zip64 === true) {
    const record = new Uint8Array(56);
    const r = new DataView(record.buffer);
    r.setUint32(0, 0x06064b50, true);
    r.setBigUint64(4, 44n, true);
    r.setBigUint64(24, BigInt(options.end?.onDisk ?? options.end?.count ?? entries.length), true);
    r.setBigUint64(32, BigInt(options.end?.count ?? entries.length), true);
    r.setBigUint64(40, BigInt(directorySize), true);
    r.setBigUint64(48, BigInt(directoryOffset), true);
    const locator = new Uint8Array(20);
    const lv = new DataView(locator.buffer);
    lv.setUint32(0, 0x07064b50, true);
    lv.setBigUint64(8, BigInt(offset), true);
    lv.setUint32(16, 1, true);
    parts.push(record, locator);
  }
  const comment = encoder.encode(options.comment ?? '');
  const end = new Uint8Array(22 + comment.length);
  const ev = new DataView(end.buffer);
  const z64 = options.zip64 === true;
  const o = z64 ? {} : (options.end ?? {});
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(4, o.disk ?? 0, true);
  ev.setUint16(6, o.directoryDisk ?? 0, true);
  ev.setUint16(8, o.onDisk ?? (z64 ? 0xffff : entries.length), true);
  ev.setUint16(10, o.count ?? (z64 ? 0xffff : entries.length), true);
  ev.setUint32(12, o.size ?? (z64 ? 0xffffffff : directorySize), true);
  ev.setUint32(16, o.offset ?? (z64 ? 0xffffffff : directoryOffset), true);
  ev.setUint16(20, comment.length, true);
  end.set(comment, 22);
  parts.push(end, options.trailing ?? new Uint8Array());
  const total = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** An extra field block: tag, size, data. */
export function extraField(tag: number, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + data.length);
  const v = new DataView(out.buffer);
  v.setUint16(0, tag, true);
  v.setUint16(2, data.length, true);
  out.set(data, 4);
  return out;
}
