import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/index.js';
import type { ByteSource } from '../../src/zip/byte-source.js';
import { DIRECTORY_WINDOW } from '../../src/zip/central-directory.js';
import { checkZipSource } from '../../src/zip/check-zip-source.js';
import { checkPiecesZip, type ZipProgress } from '../../src/zip/index.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { craftZip, deflated, type CraftEntry } from './helpers/craft.js';
import { FACTURE_1, pdf, piecePath, VA_1, xml } from './helpers/pieces.js';
import { faultWords } from '../helpers/issue-params.js';
import type { Locale } from '../../src/index.js';

const opts = { depositDate: DEPOSIT };
const file = validFile(1);
const errors = (issues: Issue[], locale: Locale = 'fr'): [string, string, string | undefined][] =>
  issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path.join('.'), faultWords(i, locale)]);

/** A source of `size` bytes, zeros but for `tail` at its end, that records every read. */
function sparse(size: number, tail: Uint8Array): ByteSource & { reads: number[] } {
  const reads: number[] = [];
  return {
    size,
    reads,
    read(offset, length) {
      reads.push(length);
      const out = new Uint8Array(length); // a read of gigabytes fails here, as it would on a real file
      const tailStart = size - tail.length;
      for (let i = Math.max(offset, tailStart); i < offset + length; i++) out[i - offset] = tail[i - tailStart] as number;
      return Promise.resolve(out);
    },
  };
}

/** An end record (22 bytes) declaring one entry in a directory of `size` bytes at `offset`. */
function endRecord(count: number, size: number, offset: number): Uint8Array {
  const out = new Uint8Array(22);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, size, true);
  v.setUint32(16, offset, true);
  return out;
}

describe('checkPiecesZip — bounded on hostile directories', () => {
  it('does not read a 3 GB directory that a sparse 3 GB zip declares', async () => {
    const size = 3_000_000_000;
    const source = sparse(size, endRecord(1, size - 22, 0));
    const report = await checkZipSource(source, file, opts, 'checkPiecesZip');
    expect(errors(report.issues)).toEqual([
      ['ZIP_TOO_LARGE', 'zip', undefined],
      ['ZIP_INVALID', 'zip', 'répertoire central de 2999999978 octets, au-delà de la limite du zip (200000000 octets) : non lu'],
    ]);
    expect(Math.max(...source.reads)).toBeLessThanOrEqual(22 + 65_535);
  });

  it('does not read the 6 GB directory of a zip64 end record either', async () => {
    const size = 6_000_000_000;
    const tail = new Uint8Array(56 + 20 + 22);
    const v = new DataView(tail.buffer);
    v.setUint32(0, 0x06064b50, true);
    v.setBigUint64(4, 44n, true);
    v.setBigUint64(24, 1n, true);
    v.setBigUint64(32, 1n, true);
    v.setBigUint64(40, BigInt(size - tail.length), true);
    v.setBigUint64(48, 0n, true);
    v.setUint32(56, 0x07064b50, true);
    v.setBigUint64(56 + 8, BigInt(size - tail.length), true);
    v.setUint32(56 + 16, 1, true);
    tail.set(endRecord(0xffff, 0xffffffff, 0xffffffff), 76);
    const source = sparse(size, tail);
    const report = await checkZipSource(source, file, { ...opts, locale: 'en' }, 'checkPiecesZip');
    expect(report.issues.find((i) => i.code === 'ZIP_INVALID')?.message).toContain('(central directory of 5999999902 bytes');
    expect(errors(report.issues, 'en')).toEqual([
      ['ZIP_TOO_LARGE', 'zip', undefined],
      ['ZIP_INVALID', 'zip', 'central directory of 5999999902 bytes, over the zip limit (200000000 bytes): not read'],
    ]);
    expect(Math.max(...source.reads)).toBeLessThanOrEqual(22 + 65_535);
  });

  it('reads a directory of long comments by windows, never whole', async () => {
    const comment = new Uint8Array(65_535).fill(0x20);
    const others: CraftEntry[] = Array.from({ length: 40 }, (_, i) => ({ name: `other-${i}.pdf`, data: pdf(10), comment }));
    const zip = craftZip([{ name: FACTURE_1, data: pdf(100), comment }, { name: VA_1, data: pdf(100), comment }, ...others]);
    const reads: number[] = [];
    const source: ByteSource = {
      size: zip.length,
      read: (offset, length) => {
        reads.push(length);
        return Promise.resolve(zip.subarray(offset, offset + length));
      },
    };
    const report = await checkZipSource(source, file, opts, 'checkPiecesZip');
    expect(errors(report.issues).map((e) => e[0])).toEqual(Array.from({ length: 40 }, () => 'ZIP_PIECE_NOT_NAMED'));
    expect(zip.length).toBeGreaterThan(2 * DIRECTORY_WINDOW);
    expect(Math.max(...reads)).toBeLessThanOrEqual(DIRECTORY_WINDOW);
  });

  it('names an entry hidden inside a larger one, not only the first', async () => {
    const local = (entry: CraftEntry): Uint8Array => craftZip([entry]).subarray(0, 30 + entry.name.length + (entry.data?.length ?? 0));
    const hidden: CraftEntry = { name: 'BIO-SGL-Va1-VA-00009.pdf', data: pdf(100) };
    const first = local(va());
    const second = local(hidden);
    const outer: CraftEntry = { name: FACTURE_1, data: new Uint8Array([...new TextEncoder().encode('%PDF-'), ...first, ...new Uint8Array(50), ...second]) };
    const start = 30 + FACTURE_1.length + 5;
    const zip = craftZip([outer, { ...va(), offset: start, omitLocal: true }, { ...hidden, offset: start + first.length + 50, omitLocal: true }]);
    const issues = errors((await checkPiecesZip(zip, file, opts)).issues);
    expect(issues.filter((i) => i[0] === 'ZIP_ENTRY_INCONSISTENT')).toEqual([
      ['ZIP_ENTRY_INCONSISTENT', piecePath(0, 1).join('.'), `ses données chevauchent l’entrée « ${FACTURE_1} »`],
      ['ZIP_ENTRY_INCONSISTENT', `zip.${hidden.name}`, `ses données chevauchent l’entrée « ${FACTURE_1} »`],
    ]);
  });

  it('reports its progress after each named piece', async () => {
    const zip = craftZip([{ name: FACTURE_1, data: pdf(100) }, deflated(VA_1, xml())]);
    const seen: ZipProgress[] = [];
    const xmlFile = validFile(1);
    (xmlFile.lignesImport[0] as (typeof xmlFile.lignesImport)[number]).piecesJustificatives[1] = { nomFichier: VA_1, formatFichier: 'PDF', typeFichier: 'VA' };
    await checkPiecesZip(zip, xmlFile, { ...opts, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => [p.done, p.total, p.name, p.totalBytes])).toEqual([
      [1, 2, FACTURE_1, zip.length],
      [2, 2, VA_1, zip.length],
    ]);
    expect(seen[0]?.bytes).toBeLessThan(seen[1]?.bytes ?? 0);
  });
});

function va(): CraftEntry {
  return { name: VA_1, data: pdf(100) };
}

describe('checkPiecesZip — the directory read exactly', () => {
  const zip = craftZip([{ name: FACTURE_1, data: pdf(100) }, { name: VA_1, data: pdf(100) }]);
  const directorySize = 2 * 46 + FACTURE_1.length + VA_1.length;
  const detail = (issues: Issue[]): (string | undefined)[] => errors(issues).filter((e) => e[0] === 'ZIP_INVALID').map((e) => e[2]);

  it('reads a directory of exactly the zip limit, not one byte more', async () => {
    expect(detail((await checkPiecesZip(zip, file, { ...opts, maxZipBytes: directorySize })).issues)).toEqual([]);
    expect(detail((await checkPiecesZip(zip, file, { ...opts, maxZipBytes: directorySize - 1 })).issues)).toEqual([
      `répertoire central de ${directorySize} octets, au-delà de la limite du zip (${directorySize - 1} octets) : non lu`,
    ]);
  });

  it('skips an end-record signature inside the comment', async () => {
    const decoy = craftZip([{ name: FACTURE_1, data: pdf(100) }, va()], { comment: `PK\u0005\u0006${'x'.repeat(40)}` });
    expect((await checkPiecesZip(decoy, file, opts)).ok).toBe(true);
  });

  it('reads a directory of long comments in as few windows as it spans', async () => {
    const comment = new Uint8Array(65_535).fill(0x20);
    const entries: CraftEntry[] = [{ name: FACTURE_1, data: pdf(100), comment }, { name: VA_1, data: pdf(100), comment }];
    for (let i = 0; i < 40; i++) entries.push({ name: `other-${i}.pdf`, data: pdf(10), comment });
    const long = craftZip(entries);
    const reads: [number, number][] = [];
    const source: ByteSource = {
      size: long.length,
      read: (offset, length) => {
        reads.push([offset, length]);
        return Promise.resolve(long.subarray(offset, offset + length));
      },
    };
    await checkZipSource(source, file, opts, 'checkPiecesZip');
    const directoryStart = long.length - 22 - entries.reduce((sum, e) => sum + 46 + e.name.length + 65_535, 0);
    const windows = reads.filter(([offset]) => offset >= directoryStart && offset < long.length - 22 - 65_535);
    expect(windows.length).toBe(Math.ceil((long.length - 22 - directoryStart) / DIRECTORY_WINDOW));
  });

  it('names the function in a usage error', async () => {
    await expect(checkPiecesZip(42 as never, file, opts)).rejects.toThrow(/^checkPiecesZip: /);
  });
});

describe('checkPiecesZip and buildPiecesZip — limits are inclusive', () => {
  it('takes a zip, a piece and a stored entry of exactly the limit', async () => {
    const facture = pdf(1000);
    const zip = craftZip([{ name: FACTURE_1, data: facture }, va()]);
    expect((await checkPiecesZip(zip, file, { ...opts, maxZipBytes: zip.length, maxPieceBytes: 1000 })).issues).toEqual([]);
    const over = (await checkPiecesZip(zip, file, { ...opts, maxZipBytes: zip.length - 1, maxPieceBytes: 999 })).issues.map((i) => i.code);
    expect(over).toEqual(['ZIP_TOO_LARGE', 'ZIP_PIECE_TOO_LARGE']);
    const { buildPiecesZip } = await import('../../src/zip/index.js');
    const built = await buildPiecesZip(file, { [FACTURE_1]: facture, [VA_1]: pdf(100) }, opts);
    await expect(buildPiecesZip(file, { [FACTURE_1]: facture, [VA_1]: pdf(100) }, { ...opts, maxZipBytes: built.length, maxPieceBytes: 1000 })).resolves.toEqual(built);
    await expect(buildPiecesZip(file, { [FACTURE_1]: facture, [VA_1]: pdf(100) }, { ...opts, maxPieceBytes: 999 })).rejects.toMatchObject({ name: 'SoldeValidationError' });
  });

  it('takes a stored entry whose headers declare exactly the limit, and the widest limits', async () => {
    const zip = craftZip([{ name: FACTURE_1, data: pdf(1000), size: 1000, compressedSize: 1000 }, va()]);
    expect((await checkPiecesZip(zip, file, { ...opts, maxPieceBytes: 1000 })).ok).toBe(true);
    expect((await checkPiecesZip(zip, file, { ...opts, maxPieceBytes: 1, maxZipBytes: 0xffffffff })).issues.map((i) => i.code)).toEqual([
      'ZIP_PIECE_TOO_LARGE',
      'ZIP_PIECE_TOO_LARGE',
    ]);
  });
});
