import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { serializeSoldeFile, type Issue, type SoldeFile } from '../../src/index.js';
import { buildPiecesZip, checkPiecesZip } from '../../src/zip/index.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { fixture } from './helpers/fixtures.js';
import { imagePdf, pngImage, textPdf } from './helpers/make-pdf.js';

// In Node each inspection starts its PDF reader thread (about a second, loaded machine: pdf.js loaded and warmed in it).
vi.setConfig({ testTimeout: 30_000 });

const summary = (issues: Issue[]): [string, string][] => issues.map((i) => [i.code, i.path.join('.')]);

/** A two-request deposit whose pieces say what they must, but for the ones given in `changes`. */
async function deposit(changes: Record<string, Uint8Array> = {}): Promise<{ file: SoldeFile; pieces: Record<string, Uint8Array> }> {
  const file = validFile(2);
  const invoice = await textPdf([[{ x: 50, y: 700, text: 'Facture du 15/03/2024 — Total Ségur HT 27 450,00 € — sites 750000010, 750000028' }]]);
  const va = await textPdf([[{ x: 50, y: 700, text: 'Vérification d’aptitude — 750000010 — 750000028' }]]);
  const pieces: Record<string, Uint8Array> = {};
  for (const line of file.lignesImport) for (const p of line.piecesJustificatives) pieces[p.nomFichier] = p.typeFichier === 'FACTURE' ? invoice : va;
  return { file, pieces: { ...pieces, ...changes } };
}

describe('checkPiecesZip with inspectContent', () => {
  it('finds nothing in honest pieces, and does not read them without the option', async () => {
    const { file, pieces } = await deposit();
    const zip = await buildPiecesZip(file, pieces, { depositDate: DEPOSIT });
    expect((await checkPiecesZip(zip, serializeSoldeFile(file), { depositDate: DEPOSIT, inspectContent: true })).issues).toEqual([]);
    expect((await checkPiecesZip(new Blob([zip]), file, { depositDate: DEPOSIT, inspectContent: { timeoutMs: 20_000 } })).issues).toEqual([]);
  });

  it('reports what each piece says on its wire path, an unreadable one as an error of its request', async () => {
    const { file, pieces } = await deposit({
      'BIO-SGL-Va1-FACTURE-00001.pdf': await fixture('CONTENT_PDF_ENCRYPTED.pdf'),
      'BIO-SGL-Va1-VA-00002.pdf': await imagePdf(1),
    });
    const zip = await buildPiecesZip(file, pieces, { depositDate: DEPOSIT });
    const report = await checkPiecesZip(zip, file, { depositDate: DEPOSIT, inspectContent: true, locale: 'en' });
    expect(summary(report.issues)).toEqual([
      ['CONTENT_PDF_ENCRYPTED', 'lignesImport.0.piecesJustificatives.0.nomFichier'],
      ['CONTENT_PDF_NO_TEXT', 'lignesImport.1.piecesJustificatives.1.nomFichier'],
    ]);
    expect(report.ok).toBe(false);
    expect(report.summary.rejectedRequests).toEqual([0]);
    expect(report.issues[0]?.message).toMatch(/password/);
    expect(summary((await checkPiecesZip(zip, file, { depositDate: DEPOSIT, inspectContent: false })).issues)).toEqual([]);
  });

  it('inflates a deflated XML piece to read it, and skips a piece the zip checks refused', async () => {
    const file = validFile(1);
    const line = file.lignesImport[0] as SoldeFile['lignesImport'][number];
    line.piecesJustificatives = [
      { nomFichier: 'BIO-SGL-Va1-FACTURE-00001.xml', formatFichier: 'XML', typeFichier: 'FACTURE' },
      { nomFichier: 'BIO-SGL-Va1-VA-00001.png', formatFichier: 'PNG', typeFichier: 'VA' },
    ];
    const zip = new JSZip();
    zip.file('BIO-SGL-Va1-FACTURE-00001.xml', '<?xml version="1.0"?><facture><date>15/03/2024</date><total>27450.00</total><site>750000010</site></facture>', { compression: 'DEFLATE' });
    // A PNG cut after 60 bytes (its data chunk's CRC-32 no longer checks): the zip's checks pass it
    // (the zip's own CRC is of these 60 bytes), the inspection does not decode it.
    zip.file('BIO-SGL-Va1-VA-00001.png', pngImage().subarray(0, 60), { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const report = await checkPiecesZip(bytes, file, { depositDate: DEPOSIT, inspectContent: true });
    expect(summary(report.issues.filter((i) => i.code.startsWith('CONTENT_')))).toEqual([
      ['CONTENT_IMAGE_UNREADABLE', 'lignesImport.0.piecesJustificatives.1.nomFichier'],
      ['CONTENT_FINESS_NOT_FOUND', 'lignesImport.0.beneficiaires.1'],
    ]);
    const broken = bytes.slice();
    const at = new TextDecoder('latin1').decode(broken).indexOf('PK\u0001\u0002', 0);
    // Flip the central directory's CRC-32 of the first entry (at +16).
    broken[at + 16] = (broken[at + 16] ?? 0) ^ 0xff;
    const refused = await checkPiecesZip(broken, file, { depositDate: DEPOSIT, inspectContent: true });
    expect(refused.issues.map((i) => i.code)).toContain('ZIP_ENTRY_INCONSISTENT');
    expect(refused.issues.filter((i) => i.path.join('.') === 'lignesImport.0.piecesJustificatives.0.nomFichier').map((i) => i.code)).toEqual(['ZIP_ENTRY_INCONSISTENT']);
  });

  it('reads nothing when the JSON has no structure to read against', async () => {
    const { file, pieces } = await deposit();
    const zip = await buildPiecesZip(file, pieces, { depositDate: DEPOSIT });
    const report = await checkPiecesZip(zip, '{', { depositDate: DEPOSIT, inspectContent: true });
    expect(report.issues.every((i) => !i.code.startsWith('CONTENT_'))).toBe(true);
  });
});
