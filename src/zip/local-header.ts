/**
 * Reads an entry's local header and checks it against the central directory: the same
 * name (a reader trusting the local header must not see another file), the same method,
 * the same sizes and CRC (unless they follow the data), and data inside the archive.
 *
 * @module
 */
import type { ByteSource } from './byte-source.js';
import type { CentralEntry } from './central-directory.js';
import type { ZipFault as ZipDetail } from '../issues/params.js';
import { FLAG_DATA_DESCRIPTOR, FLAG_ENCRYPTED, FLAG_STRONG_ENCRYPTION, LOCAL_HEADER_SIZE, MAX_UINT32, METHOD_AES, SIG_LOCAL } from './format.js';

/** Where an entry's data is, or what is wrong with its local header. */
export type LocalHeader = { ok: true; dataStart: number; dataEnd: number; encrypted: boolean } | { ok: false; detail: ZipDetail };

/**
 * True when the central directory marks an entry as encrypted (flag bit 0 or 6, or the
 * AES method 99).
 *
 * @example
 * ```ts
 * isEncrypted(entry.flags, entry.method);
 * ```
 */
export function isEncrypted(flags: number, method: number): boolean {
  return (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0 || method === METHOD_AES;
}

/**
 * Reads and checks the local header of an entry.
 *
 * @param source - the zip
 * @param entry - the entry, from the central directory
 * @param directoryOffset - where the central directory starts: data must end before it
 * @example
 * ```ts
 * const local = await readLocalHeader(source, entry, cd.directoryOffset);
 * if (local.ok) console.log(local.dataStart);
 * ```
 */
export async function readLocalHeader(source: ByteSource, entry: CentralEntry, directoryOffset: number): Promise<LocalHeader> {
  if (entry.localOffset + LOCAL_HEADER_SIZE > directoryOffset) return { ok: false, detail: { kind: 'local-header-missing' } };
  // The header and, where the central directory says it is, the name: one read.
  const header = await source.read(entry.localOffset, Math.min(LOCAL_HEADER_SIZE + entry.nameBytes.length, directoryOffset - entry.localOffset));
  const v = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (v.getUint32(0, true) !== SIG_LOCAL) return { ok: false, detail: { kind: 'local-header-missing' } };
  const flags = v.getUint16(6, true);
  const nameLength = v.getUint16(26, true);
  const dataStart = entry.localOffset + LOCAL_HEADER_SIZE + nameLength + v.getUint16(28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > directoryOffset) return { ok: false, detail: { kind: 'data-out-of-bounds' } };
  const name = header.subarray(LOCAL_HEADER_SIZE);
  if (nameLength !== entry.nameBytes.length || name.some((b, i) => b !== entry.nameBytes[i])) return { ok: false, detail: { kind: 'local-name-differs' } };
  if (v.getUint16(8, true) !== entry.method || !sameSizes(v, flags, entry)) return { ok: false, detail: { kind: 'local-header-differs' } };
  return { ok: true, dataStart, dataEnd, encrypted: isEncrypted(flags | entry.flags, entry.method) };
}

function sameSizes(v: DataView, flags: number, entry: CentralEntry): boolean {
  if ((flags & FLAG_DATA_DESCRIPTOR) !== 0) return true;
  const compressed = v.getUint32(18, true);
  const size = v.getUint32(22, true);
  if (compressed === MAX_UINT32 || size === MAX_UINT32) return v.getUint32(14, true) === entry.crc32; // zip64: sizes in the extra field
  return v.getUint32(14, true) === entry.crc32 && compressed === entry.compressedSize && size === entry.uncompressedSize;
}
