import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { serializeSoldeFile, SoldeUsageError, type Issue, type SoldeFile } from '../../src/index.js';
import { buildPiecesZip, checkPiecesZip } from '../../src/zip/index.js';
import { insideLargerBuffer } from '../helpers/bytes.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { craftZip, deflated } from './helpers/craft.js';
import { FACTURE_1, jpg, pdf, piecePath, piecesFor, VA_1 } from './helpers/pieces.js';
import { faultWords, param } from '../helpers/issue-params.js';

const opts = { depositDate: DEPOSIT };
const errors = (issues: Issue[]): [string, string][] => issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path.join('.')]);

/** A zip made by jszip from entries, deflated unless told. */
async function jszip(entries: Record<string, Uint8Array | string>, compression: 'STORE' | 'DEFLATE' = 'DEFLATE'): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(entries)) zip.file(name, data, { compression });
  return (await zip.generateAsync({ type: 'uint8array' })) as Uint8Array<ArrayBuffer>;
}

describe('checkPiecesZip — round trip and inputs', () => {
  it('accepts the zip buildPiecesZip wrote, with the JSON as text or typed', async () => {
    const file = validFile(5);
    const zip = await buildPiecesZip(file, piecesFor(file), opts);
    for (const json of [file, serializeSoldeFile(file)]) {
      const report = await checkPiecesZip(zip, json, opts);
      expect(report.ok).toBe(true);
      expect(report.issues).toEqual([]);
      expect(report.summary.requestCount).toBe(5);
      expect(report.file?.lignesImport).toHaveLength(5);
    }
  });

  it('reads the zip as Uint8Array (a Buffer inside a larger one too), ArrayBuffer or Blob alike', async () => {
    const file = validFile(1);
    const zip = await jszip({ [FACTURE_1]: pdf(), [VA_1]: pdf(), 'extra.pdf': pdf() });
    const buffer = insideLargerBuffer(zip, 3);
    const reports = await Promise.all([zip, buffer, zip.slice().buffer, new Blob([zip])].map((z) => checkPiecesZip(z, file, opts)));
    for (const report of reports) expect(errors(report.issues)).toEqual([['ZIP_PIECE_NOT_NAMED', 'zip.extra.pdf']]);
  });

  it('accepts pieces deflated by another tool, and checks their CRC unless told not to', async () => {
    const file = validFile(1);
    const zip = await jszip({ [FACTURE_1]: pdf(2000), [VA_1]: pdf(3000) });
    expect((await checkPiecesZip(zip, file, opts)).ok).toBe(true);
    expect((await checkPiecesZip(zip, file, { ...opts, verifyCrc: false })).ok).toBe(true);
  });

  it('merges the JSON’s issues with the zip’s, and names the request of each piece', async () => {
    const file = validFile(2);
    (file.lignesImport[1] as SoldeFile['lignesImport'][number]).numeroASP = 'FINBIO12';
    const zip = await jszip({ [FACTURE_1]: pdf(), [VA_1]: pdf() });
    const report = await checkPiecesZip(zip, file, opts);
    expect(report.ok).toBe(false);
    expect(errors(report.issues)).toEqual([
      ['NUMERO_ASP_FORMAT', 'lignesImport.1.numeroASP'],
      ['ZIP_PIECE_MISSING', piecePath(1, 0).join('.')],
      ['ZIP_PIECE_MISSING', piecePath(1, 1).join('.')],
    ]);
    expect(report.summary.rejectedRequests).toEqual([1]);
  });

  it('matches a piece declared by two requests once', async () => {
    const file = validFile(2);
    (file.lignesImport[1] as SoldeFile['lignesImport'][number]).piecesJustificatives[0] = { nomFichier: FACTURE_1, formatFichier: 'PDF', typeFichier: 'FACTURE' };
    const zip = await jszip({ [FACTURE_1]: pdf(), [VA_1]: pdf(), 'BIO-SGL-Va1-VA-00002.pdf': pdf() });
    const report = await checkPiecesZip(zip, file, opts);
    expect(errors(report.issues).filter(([code]) => code.startsWith('ZIP_'))).toEqual([]);
    expect(errors(report.issues).map(([code]) => code)).toContain('PIECE_NAME_MISMATCH');
  });

  it('still checks the zip’s own faults when the JSON cannot be read', async () => {
    const zip = craftZip([{ name: '../evil.pdf', data: pdf(10) }, { name: 'a.pdf', data: pdf(10) }]);
    const report = await checkPiecesZip(zip, 'not json', opts);
    expect(errors(report.issues)).toEqual([
      ['JSON_SYNTAX', ''],
      ['ZIP_ENTRY_UNSAFE_PATH', 'zip.../evil.pdf'],
    ]);
    expect(report.file).toBeUndefined();
  });

  it('writes English messages on request', async () => {
    const report = await checkPiecesZip(new Uint8Array(10), validFile(1), { ...opts, locale: 'en' });
    expect(report.issues[0]?.message).toBe('The file given is not a readable zip archive (fewer than 22 bytes).');
  });

  it.each([
    ['a string', 'zip'],
    ['null', null],
    ['an array', [1, 2]],
  ])('throws ARGUMENT_INVALID when the zip is %s', async (_what, zip) => {
    await expect(checkPiecesZip(zip as never, validFile(1), opts)).rejects.toBeInstanceOf(SoldeUsageError);
  });

  it('throws ARGUMENT_INVALID on a bad limit', async () => {
    await expect(checkPiecesZip(new Uint8Array(), validFile(1), { maxPieceBytes: -1 })).rejects.toMatchObject({ code: 'ARGUMENT_INVALID' });
  });
});

describe('checkPiecesZip — the same rules as the build', () => {
  const file = validFile(1);

  it('refuses a missing piece and a piece no request names', async () => {
    const report = await checkPiecesZip(await jszip({ [FACTURE_1]: pdf(), 'BIO-SGL-Va1-VA-00002.pdf': pdf() }), file, opts);
    expect(errors(report.issues)).toEqual([
      ['ZIP_PIECE_NOT_NAMED', 'zip.BIO-SGL-Va1-VA-00002.pdf'],
      ['ZIP_PIECE_MISSING', piecePath(0, 1).join('.')],
    ]);
  });

  it('refuses an empty piece, stored or deflated', async () => {
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const stored = await checkPiecesZip(await jszip({ [FACTURE_1]: new Uint8Array(), [VA_1]: pdf() }, compression), file, opts);
      expect(errors(stored.issues)).toEqual([['ZIP_PIECE_EMPTY', piecePath(0, 0).join('.')]]);
    }
    const crafted = craftZip([deflated(FACTURE_1, new Uint8Array()), { name: VA_1, data: pdf() }]);
    expect(errors((await checkPiecesZip(crafted, file, opts)).issues)).toEqual([['ZIP_PIECE_EMPTY', piecePath(0, 0).join('.')]]);
  });

  it('refuses a piece over the limit from its declared size, without inflating it', async () => {
    const report = await checkPiecesZip(await jszip({ [FACTURE_1]: pdf(5000), [VA_1]: pdf(100) }), file, { ...opts, maxPieceBytes: 4999 });
    expect(errors(report.issues)).toEqual([['ZIP_PIECE_TOO_LARGE', piecePath(0, 0).join('.')]]);
    expect(report.issues[0]?.params).toMatchObject({ count: 5000, limit: 4999 });
  });

  it('refuses content not of the declared format, stored or deflated', async () => {
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const report = await checkPiecesZip(await jszip({ [FACTURE_1]: jpg(), [VA_1]: pdf() }, compression), file, opts);
      expect(errors(report.issues)).toEqual([['ZIP_PIECE_CONTENT_MISMATCH', piecePath(0, 0).join('.')]]);
    }
  });

  it('refuses a zip over the size limit, and still checks it', async () => {
    const zip = await jszip({ [FACTURE_1]: pdf(), [VA_1]: pdf(), 'x.pdf': pdf() }, 'STORE');
    const report = await checkPiecesZip(zip, file, { ...opts, maxZipBytes: 1000 });
    expect(errors(report.issues)).toEqual([
      ['ZIP_TOO_LARGE', 'zip'],
      ['ZIP_PIECE_NOT_NAMED', 'zip.x.pdf'],
    ]);
    expect(report.issues[0]?.params).toEqual({ count: zip.length, limit: 1000 });
  });
});

describe('checkPiecesZip — names', () => {
  const file = validFile(1);
  const check = async (entries: Record<string, Uint8Array>): Promise<[string, string][]> => errors((await checkPiecesZip(await jszip(entries), file, opts)).issues);

  it('reports a piece in a folder, and the folder, as ZIP_ENTRY_IN_FOLDER — not as extra entries', async () => {
    expect(await check({ [FACTURE_1]: pdf(), [`pieces/${VA_1}`]: pdf() })).toEqual([
      ['ZIP_ENTRY_IN_FOLDER', 'zip.pieces/'],
      ['ZIP_ENTRY_IN_FOLDER', `zip.pieces/${VA_1}`],
      ['ZIP_PIECE_MISSING', piecePath(0, 1).join('.')],
    ]);
  });

  it('reports a duplicate name once per extra copy', async () => {
    const zip = craftZip([
      { name: FACTURE_1, data: pdf(10) },
      { name: VA_1, data: pdf(10) },
      { name: FACTURE_1, data: pdf(10) },
      { name: FACTURE_1, data: pdf(10) },
    ]);
    expect(errors((await checkPiecesZip(zip, file, opts)).issues)).toEqual([
      ['ZIP_ENTRY_DUPLICATE', `zip.${FACTURE_1}`],
      ['ZIP_ENTRY_DUPLICATE', `zip.${FACTURE_1}`],
    ]);
  });

  it('reports names differing only by case or Unicode form, keeping the named piece whichever comes first', async () => {
    const lower = FACTURE_1.toLowerCase();
    for (const order of [
      [lower, FACTURE_1],
      [FACTURE_1, lower],
    ]) {
      const zip = craftZip([...order.map((name) => ({ name, data: pdf(10) })), { name: VA_1, data: pdf(10) }]);
      const report = await checkPiecesZip(zip, file, opts);
      expect(errors(report.issues)).toEqual([['ZIP_ENTRY_CASE_CLASH', `zip.${lower}`]]);
      expect(param(report.issues[0], 'expected')).toBe(FACTURE_1);
    }
    const nfc = 'facture-é.pdf';
    const zip = craftZip([{ name: nfc, data: pdf(10) }, { name: nfc.normalize('NFD'), data: pdf(10) }]);
    expect(errors((await checkPiecesZip(zip, file, opts)).issues).map((e) => e[0])).toEqual(['ZIP_PIECE_NOT_NAMED', 'ZIP_ENTRY_CASE_CLASH', 'ZIP_PIECE_MISSING', 'ZIP_PIECE_MISSING']);
  });

  it.each([
    ['../evil.pdf', 'composant « .. »'],
    ['a/../../evil.pdf', 'composant « .. »'],
    ['/etc/evil.pdf', 'chemin absolu'],
    ['C:evil.pdf', 'chemin absolu'],
    ['C:\\evil.pdf', 'barre oblique inverse « \\ »'],
    ['pieces\\evil.pdf', 'barre oblique inverse « \\ »'],
    ['evil\u0000.pdf', 'caractère de contrôle dans le nom'],
    ['', 'nom vide'],
  ])('reports %j as an unsafe path (%s), never as an extra entry', async (name, detail) => {
    const zip = craftZip([{ name: FACTURE_1, data: pdf(10) }, { name: VA_1, data: pdf(10) }, { name, data: pdf(10) }]);
    const report = await checkPiecesZip(zip, file, opts);
    expect(errors(report.issues)).toEqual([['ZIP_ENTRY_UNSAFE_PATH', `zip.${name}`]]);
    expect(faultWords(report.issues[0])).toBe(detail);
  });

  it('reports a symbolic link as an unsafe path and a directory by its attributes as a folder', async () => {
    const zip = craftZip([
      { name: FACTURE_1, data: new TextEncoder().encode('/etc/passwd'), host: 3, externalAttributes: 0o120777 << 16 },
      { name: VA_1, data: pdf(10), externalAttributes: 0x10 },
      { name: 'dossier', host: 3, externalAttributes: 0o40755 << 16 },
    ]);
    expect(errors((await checkPiecesZip(zip, file, opts)).issues)).toEqual([
      ['ZIP_ENTRY_UNSAFE_PATH', `zip.${FACTURE_1}`],
      ['ZIP_ENTRY_IN_FOLDER', `zip.${VA_1}`],
      ['ZIP_ENTRY_IN_FOLDER', 'zip.dossier'],
      ['ZIP_PIECE_MISSING', piecePath(0, 0).join('.')],
      ['ZIP_PIECE_MISSING', piecePath(0, 1).join('.')],
    ]);
  });
});
