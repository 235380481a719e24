import JSZip from 'jszip';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/index.js';
import { checkPiecesZip } from '../../src/zip/index.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { craftZip, deflate, deflated, extraField, type CraftEntry } from './helpers/craft.js';
import { FACTURE_1, pdf, piecePath, VA_1 } from './helpers/pieces.js';
import { faultWords } from '../helpers/issue-params.js';

const opts = { depositDate: DEPOSIT };
const file = validFile(1);
const FACTURE_PATH = piecePath(0, 0).join('.');
const errors = (issues: Issue[]): [string, string][] => issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path.join('.')]);
const va: CraftEntry = { name: VA_1, data: pdf(100) };

/** Errors of checking a crafted zip whose first entry is `facture`, second a good VA. */
async function check(facture: CraftEntry, more: CraftEntry[] = [], options = {}): Promise<Issue[]> {
  return (await checkPiecesZip(craftZip([facture, va, ...more]), file, { ...opts, ...options })).issues.filter((i) => i.severity === 'error');
}
const detailOf = (issues: Issue[]): string | undefined => faultWords(issues[0]);

describe('checkPiecesZip — bytes that are not a zip', () => {
  it.each([
    ['nothing', new Uint8Array(), 'moins de 22 octets'],
    ['a few bytes', new Uint8Array([0x50, 0x4b, 3, 4]), 'moins de 22 octets'],
    ['a PDF', pdf(5000), 'fin de répertoire central introuvable'],
  ])('refuses %s as ZIP_INVALID', async (_what, bytes, detail) => {
    const report = await checkPiecesZip(bytes, file, opts);
    expect(errors(report.issues)).toEqual([['ZIP_INVALID', 'zip']]);
    expect(detailOf(report.issues)).toBe(detail);
  });

  it('refuses a multi-volume archive, a directory outside the file or corrupted', async () => {
    const cases: [Uint8Array, string][] = [
      [craftZip([va], { end: { disk: 1 } }), 'archive en plusieurs volumes'],
      [craftZip([va], { end: { onDisk: 0 } }), 'archive en plusieurs volumes'],
      [craftZip([va], { end: { offset: 1_000_000 } }), 'répertoire central hors du fichier'],
      [craftZip([va], { end: { count: 2, onDisk: 2 } }), 'répertoire central corrompu'],
      [craftZip([va], { end: { offset: 10 } }), 'répertoire central corrompu'],
      [craftZip([va, { name: 'x'.repeat(100), data: pdf(10) }], { end: { size: 46 + 24 + 50 } }), 'répertoire central corrompu'],
    ];
    for (const [zip, detail] of cases) {
      const report = await checkPiecesZip(zip, file, opts);
      expect([errors(report.issues), detailOf(report.issues)]).toEqual([[['ZIP_INVALID', 'zip']], detail]);
    }
  });

  it('reads past a comment and bytes after the end record', async () => {
    const zip = craftZip([{ name: FACTURE_1, data: pdf(100) }, va], { comment: 'made by hand PK\u0005\u0006', trailing: new Uint8Array([1, 2, 3]) });
    expect((await checkPiecesZip(zip, file, opts)).ok).toBe(true);
  });
});

describe('checkPiecesZip — encrypted entries', () => {
  it.each([
    ['flag bit 0 in the central directory', { flags: 1 }],
    ['flag bit 0 in the local header only', { local: { flags: 1 } }],
    ['strong encryption flag', { flags: 0x41 }],
    ['AES method 99', { method: 99, local: { method: 99 } }],
  ])('refuses a piece encrypted by %s, without reading it', async (_what, lie) => {
    expect(errors(await check({ name: FACTURE_1, data: pdf(100), ...lie }))).toEqual([['ZIP_ENTRY_ENCRYPTED', FACTURE_PATH]]);
  });

  it('reports an encrypted entry no request names under its own name', async () => {
    expect(errors(await check({ name: FACTURE_1, data: pdf(100) }, [{ name: 'secret.pdf', data: pdf(10), flags: 1 }]))).toEqual([
      ['ZIP_PIECE_NOT_NAMED', 'zip.secret.pdf'],
      ['ZIP_ENTRY_ENCRYPTED', 'zip.secret.pdf'],
    ]);
  });
});

describe('checkPiecesZip — headers that disagree or lie', () => {
  it.each([
    ['a local header naming another file', { local: { name: 'BIO-SGL-Va1-FACTURE-00009.pdf' } }, 'le nom de l’en-tête local diffère de celui du répertoire central'],
    ['no local header signature', { local: { signature: 0x12345678 } }, 'en-tête local introuvable'],
    ['a local offset past the directory', { offset: 1_000_000 }, 'en-tête local introuvable'],
    ['another method in the local header', { local: { method: 8 } }, 'l’en-tête local et le répertoire central ne déclarent pas la même chose'],
    ['another size in the local header', { local: { size: 99 } }, 'l’en-tête local et le répertoire central ne déclarent pas la même chose'],
    ['another CRC in the local header', { local: { crc: 1 } }, 'l’en-tête local et le répertoire central ne déclarent pas la même chose'],
    ['data running into the directory', { compressedSize: 5000, size: 5000 }, 'données hors de l’archive'],
    ['a compression method it cannot read', { method: 12, local: { method: 12 } }, 'méthode de compression 12 non prise en charge : seules « stockée » (0) et « deflate » (8) le sont'],
    ['a stored entry whose two sizes differ', { compressedSize: 100, size: 90 }, 'entrée stockée dont la taille compressée (100) diffère de la taille (90)'],
    ['a CRC that does not match', { crc: 12345 }, 'le CRC-32 ne correspond pas au contenu (fichier corrompu)'],
  ])('refuses %s as ZIP_ENTRY_INCONSISTENT', async (_what, lie, detail) => {
    const issues = await check({ name: FACTURE_1, data: pdf(100), ...lie });
    expect([errors(issues), detailOf(issues)]).toEqual([[['ZIP_ENTRY_INCONSISTENT', FACTURE_PATH]], detail]);
  });

  it('does not read the CRC when told not to', async () => {
    expect(await check({ name: FACTURE_1, data: pdf(100), crc: 12345 }, [], { verifyCrc: false })).toEqual([]);
  });

  it('accepts sizes given after the data (data descriptor), as jszip streams them', async () => {
    const zip = new JSZip();
    zip.file(FACTURE_1, pdf(2000));
    zip.file(VA_1, pdf(3000), { compression: 'DEFLATE' });
    const bytes = await zip.generateAsync({ type: 'uint8array', streamFiles: true });
    expect((await checkPiecesZip(bytes, file, opts)).issues).toEqual([]);
  });

  it.each([
    ['corrupted deflated data', { data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), content: pdf(100), method: 8 }, 'données compressées illisibles'],
    ['truncated deflated data', { data: deflate(pdf(5000)).subarray(0, 100), content: pdf(5000), method: 8 }, 'données compressées illisibles'],
    ['a size declared smaller than the data', { ...deflated(FACTURE_1, pdf(1000)), size: 900 }, 'taille déclarée 900 octets, taille réelle 1000'],
    ['a size declared larger than the data', { ...deflated(FACTURE_1, pdf(1000)), size: 1100 }, 'taille déclarée 1100 octets, taille réelle 1000'],
    ['a deflated CRC that does not match', { ...deflated(FACTURE_1, pdf(1000)), crc: 7 }, 'le CRC-32 ne correspond pas au contenu (fichier corrompu)'],
  ])('refuses %s as ZIP_ENTRY_INCONSISTENT', async (_what, lie, detail) => {
    const issues = await check({ name: FACTURE_1, ...lie });
    expect([errors(issues), detailOf(issues)]).toEqual([[['ZIP_ENTRY_INCONSISTENT', FACTURE_PATH]], detail]);
  });

  it('refuses entries sharing bytes (the overlapping zip bomb)', async () => {
    const inner = craftZip([va]).subarray(0, 30 + VA_1.length + 100);
    const outer: CraftEntry = { name: FACTURE_1, data: new Uint8Array([...new TextEncoder().encode('%PDF-'), ...inner]) };
    const zip = craftZip([outer, { ...va, offset: 30 + FACTURE_1.length + 5, omitLocal: true }]);
    const issues = (await checkPiecesZip(zip, file, opts)).issues;
    expect([errors(issues), detailOf(issues)]).toEqual([[['ZIP_ENTRY_INCONSISTENT', piecePath(0, 1).join('.')]], `ses données chevauchent l’entrée « ${FACTURE_1} »`]);
  });

  it('refuses an entry whose Unicode Path names another file', async () => {
    const name = new TextEncoder().encode(FACTURE_1);
    const field = (crc: number, other: string): Uint8Array => {
      const body = new Uint8Array([1, 0, 0, 0, 0, ...new TextEncoder().encode(other)]);
      new DataView(body.buffer).setUint32(1, crc, true);
      return extraField(0x7075, body);
    };
    const lying = await check({ name: FACTURE_1, data: pdf(100), extra: field(nodeCrc32(name), '../evil.pdf') });
    expect([errors(lying), detailOf(lying)]).toEqual([[['ZIP_ENTRY_INCONSISTENT', FACTURE_PATH]], 'un second nom « ../evil.pdf » est déclaré (champ Unicode Path)']);
    expect(await check({ name: FACTURE_1, data: pdf(100), extra: field(nodeCrc32(name), FACTURE_1) })).toEqual([]);
    expect(await check({ name: FACTURE_1, data: pdf(100), extra: field(1, '../stale.pdf') })).toEqual([]);
  });
});

describe('checkPiecesZip — zip bombs', () => {
  const zeros = new Uint8Array(60_000_000);
  zeros.set(new TextEncoder().encode('%PDF-1.7'));
  const bomb = deflate(zeros);
  // Computed once here (the time of such checks is a figure of `npm run bench:zip-worst`, never a timed test).
  const bombCrc = nodeCrc32(zeros);

  it('refuses a 60 MB piece compressed to 60 KB from its declared size, at once', async () => {
    expect(bomb.length).toBeLessThan(70_000);
    const issues = await check({ name: FACTURE_1, data: bomb, content: zeros, method: 8, crc: bombCrc });
    expect(errors(issues)).toEqual([['ZIP_PIECE_TOO_LARGE', FACTURE_PATH]]);
    expect(issues[0]?.params).toMatchObject({ count: 60_000_000 });
  });

  it('refuses it too when its headers under-declare its size: inflating stops at the limit', async () => {
    const issues = await check({ name: FACTURE_1, data: bomb, content: zeros, method: 8, size: 1000, crc: bombCrc });
    expect(errors(issues)).toEqual([
      ['ZIP_PIECE_TOO_LARGE', FACTURE_PATH],
      ['ZIP_ENTRY_INCONSISTENT', FACTURE_PATH],
    ]);
    expect(issues[0]?.message).toBe(`La pièce « ${FACTURE_1} » dépasse la limite de 3000000 octets (3 Mo).`);
    expect(faultWords(issues[1])).toBe('taille déclarée 1000 octets, mais la décompression en produit davantage');
  });

  it('refuses a stored entry over the limit that under-declares its size', async () => {
    const big = pdf(5000);
    const issues = await check({ name: FACTURE_1, data: big, size: 100, compressedSize: 5000 }, [], { maxPieceBytes: 1000 });
    expect(errors(issues).map((e) => e[0])).toEqual(['ZIP_PIECE_TOO_LARGE', 'ZIP_ENTRY_INCONSISTENT']);
  });
});

describe('checkPiecesZip — zip64', () => {
  const u64 = (...values: number[]): Uint8Array => {
    const out = new Uint8Array(values.length * 8);
    values.forEach((v, i) => {
      new DataView(out.buffer).setBigUint64(i * 8, BigInt(v), true);
    });
    return out;
  };

  it('reads zip64 end records and sizes', async () => {
    const data = pdf(100);
    const facture: CraftEntry = { name: FACTURE_1, data, size: 0xffffffff, compressedSize: 0xffffffff, extra: extraField(1, u64(100, 100)), local: { size: 0xffffffff, compressedSize: 0xffffffff } };
    expect((await checkPiecesZip(craftZip([facture, va], { zip64: true }), file, opts)).issues).toEqual([]);
  });

  it('refuses zip64 fields without their values, an unreadable zip64 record, too many entries', async () => {
    const missing: CraftEntry = { name: FACTURE_1, data: pdf(100), size: 0xffffffff };
    const cases: [Uint8Array, string][] = [
      [craftZip([missing, va]), 'répertoire central corrompu'],
      [craftZip([{ ...missing, extra: extraField(1, new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0x80])) }, va]), 'répertoire central corrompu'],
      [craftZip([va], { zip64: true, end: { count: 70_000 } }), '70000 entrées, au-delà de 65535'],
      [craftZip([va], { zip64: true, end: { onDisk: 0, count: 1 } }), 'archive en plusieurs volumes'],
    ];
    const broken = craftZip([va], { zip64: true });
    broken.set([0, 0, 0, 0], broken.length - 22 - 20 - 56);
    cases.push([broken, 'enregistrements zip64 illisibles']);
    const far = craftZip([va], { zip64: true });
    new DataView(far.buffer).setBigUint64(far.length - 22 - 20 + 8, 10n ** 9n, true);
    cases.push([far, 'enregistrements zip64 illisibles']);
    const disks = craftZip([va], { zip64: true });
    new DataView(disks.buffer).setUint32(disks.length - 22 - 20 + 16, 2, true);
    cases.push([disks, 'archive en plusieurs volumes']);
    for (const [zip, detail] of cases) {
      const report = await checkPiecesZip(zip, file, opts);
      expect([errors(report.issues), detailOf(report.issues)]).toEqual([[['ZIP_INVALID', 'zip']], detail]);
    }
  });

  it('takes 65 535 entries without a zip64 locator at their word', async () => {
    for (const entries of [[va], []]) {
      const report = await checkPiecesZip(craftZip(entries, { end: { count: 0xffff, onDisk: 0xffff } }), file, opts);
      expect(detailOf(report.issues)).toBe('répertoire central corrompu');
    }
  });
});
