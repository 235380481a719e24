/**
 * The worst cases of the zip check (issue 13), built at any size: the benchmark
 * (scripts/bench-zip-worst.ts) runs them at the limits, the test suite with small counts.
 */
import { deflateRawSync } from 'node:zlib';
import { open } from 'node:fs/promises';
import { serializeSoldeFile, type SoldeFile } from '../../../src/index.js';
import { validFile } from '../../helpers/valid-file.js';
import { craftZip, type CraftEntry } from './craft.js';

const TYPES = ['FACTURE', 'VA'] as const;
const EXTENSIONS = ['pdf', 'png', 'jpg', 'xml'] as const;

/**
 * A JSON of `requests` requests declaring `perRequest` XML pieces each: up to 8 under the
 * canonical names (2 types × 4 extensions: the names of the non-`.xml` ones then mismatch
 * their format), more under numbered names — a JSON with errors, whose pieces are checked all
 * the same.
 */
export function xmlDeposit(requests: number, perRequest: number): { json: string; names: string[] } {
  const file = validFile(requests);
  const names: string[] = [];
  for (const line of file.lignesImport) {
    const pieces: SoldeFile['lignesImport'][number]['piecesJustificatives'] = [];
    for (let k = 0; k < perRequest; k++) {
      const type = TYPES[k % 2] as (typeof TYPES)[number];
      const ext = EXTENSIONS[Math.floor(k / 2) % 4] as string;
      const suffix = k < 8 ? '' : `-${k}`;
      pieces.push({ nomFichier: `BIO-SGL-Va1-${type}-${line.numeroEditeur}${suffix}.${ext}`, formatFichier: 'XML', typeFichier: type });
    }
    line.piecesJustificatives = pieces;
    names.push(...pieces.map((p) => p.nomFichier));
  }
  return { json: serializeSoldeFile(file), names };
}

/** A canonical XML piece of exactly `size` bytes: a declaration, an element, and spaces. */
export function bigXml(size: number): Uint8Array {
  const out = new Uint8Array(size).fill(0x20);
  out.set(new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><facture>'));
  out.set(new TextEncoder().encode('</facture>'), size - 10);
  return out;
}

/** The zip of these names, each an XML piece inflating to `inflated` bytes (deflated once, shared). */
export function xmlBombZip(names: readonly string[], inflated: number): Uint8Array {
  const content = bigXml(inflated);
  const data = new Uint8Array(deflateRawSync(content, { level: 9 }));
  return craftZip(names.map((name): CraftEntry => ({ name, data, content, method: 8 })));
}

/** A zip of stored PDFs of `size` bytes, each with a comment of 65 535 bytes. */
export function commentedZip(names: readonly string[], size: number): Uint8Array {
  const comment = new Uint8Array(65_535).fill(0x2e);
  const data = new Uint8Array(size).fill(0x41);
  data.set(new TextEncoder().encode('%PDF-1.7\n'));
  return craftZip(names.map((name) => ({ name, data, comment })));
}

/**
 * Writes a sparse file of `size` bytes whose end record declares a central directory of
 * almost all of it: `zip64` puts the declaration in zip64 records (for sizes over 4 GiB).
 */
export async function writeSparseZip(path: string, size: number, zip64: boolean): Promise<void> {
  const tail = new Uint8Array(zip64 ? 98 : 22);
  const v = new DataView(tail.buffer);
  const end = tail.length - 22;
  v.setUint32(end, 0x06054b50, true);
  v.setUint16(end + 8, zip64 ? 0xffff : 1, true);
  v.setUint16(end + 10, zip64 ? 0xffff : 1, true);
  v.setUint32(end + 12, zip64 ? 0xffffffff : size - 22, true);
  v.setUint32(end + 16, zip64 ? 0xffffffff : 0, true);
  if (zip64) {
    v.setUint32(0, 0x06064b50, true);
    v.setBigUint64(4, 44n, true);
    v.setBigUint64(24, 1n, true);
    v.setBigUint64(32, 1n, true);
    v.setBigUint64(40, BigInt(size - tail.length), true);
    v.setUint32(56, 0x07064b50, true);
    v.setBigUint64(64, BigInt(size - tail.length), true);
    v.setUint32(72, 1, true);
  }
  const handle = await open(path, 'w');
  try {
    await handle.truncate(size);
    await handle.write(tail, 0, tail.length, size - tail.length);
  } finally {
    await handle.close();
  }
}
