import { describe, expect, it, vi } from 'vitest';
import { ALL_ISSUE_CODES, ISSUE_CODES, type Issue, type PieceJustificative, type SoldeFile } from '../../src/index.js';
import { inspectPieces, type InspectProgress, type PieceBytes } from '../../src/pieces/index.js';
import { validFile } from '../helpers/valid-file.js';
import { fixture } from './helpers/fixtures.js';
import { realisticInvoices } from './helpers/invoices.js';
import { imagePdf, pngImage, textPdf } from './helpers/make-pdf.js';

// In Node each inspection starts its PDF reader thread (about a second, loaded machine: pdf.js loaded and warmed in it).
vi.setConfig({ testTimeout: 30_000 });

const summary = (issues: Issue[]): [string, string][] => issues.map((i) => [i.code, i.path.join('.')]);
const va = (finess: string): Promise<Uint8Array> => textPdf([[{ x: 50, y: 700, text: `Vérification d’aptitude — site FINESS ${finess}` }]]);

describe('inspectPieces', () => {
  it('gives no warning on a set of realistic invoices (tables, split items, € before or after, U+202F, two pages)', async () => {
    const invoices = Object.entries(await realisticInvoices());
    const file = validFile(invoices.length);
    const bytes = new Map<string, Uint8Array>();
    for (const [i, [, invoice]] of invoices.entries()) {
      const [facture, attestation] = file.lignesImport[i]?.piecesJustificatives ?? [];
      bytes.set(facture?.nomFichier ?? '', invoice);
      bytes.set(attestation?.nomFichier ?? '', await imagePdf(1));
    }
    const issues = await inspectPieces(file, (piece) => bytes.get(piece.nomFichier));
    // Each VA is a scan (a warning to look at it); the invoices say everything they must.
    expect(summary(issues)).toEqual(invoices.map((_, i) => ['CONTENT_PDF_NO_TEXT', `lignesImport.${String(i)}.piecesJustificatives.1.nomFichier`]));
  });

  it('looks for each FINESS in the FACTURE and the VA together: one issue per FINESS missing from both', async () => {
    const file = validFile(2);
    const line0 = file.lignesImport[0];
    if (line0) line0.beneficiaires = ['750000010', '750000028', '750000036'];
    const invoice = await textPdf([[{ x: 50, y: 700, text: 'Facture 15/03/2024 — 27 450,00 € — site 750000010' }]]);
    const bytes: Record<string, Uint8Array> = {
      'BIO-SGL-Va1-FACTURE-00001.pdf': invoice,
      'BIO-SGL-Va1-VA-00001.pdf': await va('750000028'),
      'BIO-SGL-Va1-FACTURE-00002.pdf': invoice,
      'BIO-SGL-Va1-VA-00002.pdf': await va('750000028'),
    };
    const issues = await inspectPieces(file, (piece) => bytes[piece.nomFichier], { locale: 'en' });
    expect(summary(issues)).toEqual([['CONTENT_FINESS_NOT_FOUND', 'lignesImport.0.beneficiaires.2']]);
    expect(issues[0]).toEqual(
      expect.objectContaining({ severity: 'warning', scope: 'request', params: { value: '750000036', expected: 'BIO-SGL-Va1-FACTURE-00001.pdf, BIO-SGL-Va1-VA-00001.pdf' } }),
    );
    expect(issues[0]?.message).toContain('750000036');
  });

  it('does not look for the FINESS when no piece of the request has text (scans, images)', async () => {
    const file = validFile(1);
    const line = file.lignesImport[0] as SoldeFile['lignesImport'][number];
    line.piecesJustificatives = [
      { nomFichier: 'BIO-SGL-Va1-FACTURE-00001.png', formatFichier: 'PNG', typeFichier: 'FACTURE' },
      { nomFichier: 'BIO-SGL-Va1-VA-00001.pdf', formatFichier: 'PDF', typeFichier: 'VA' },
    ];
    const scan = await imagePdf(1);
    const issues = await inspectPieces(file, (piece) => (piece.formatFichier === 'PNG' ? pngImage() : scan));
    expect(summary(issues)).toEqual([['CONTENT_PDF_NO_TEXT', 'lignesImport.0.piecesJustificatives.1.nomFichier']]);
  });

  it('reads each piece once, even named by two requests, skips the pieces it is not given, and reports its progress', async () => {
    const file = validFile(2);
    const second = file.lignesImport[1] as SoldeFile['lignesImport'][number];
    // A piece named twice (the validator reports it): read once, its issues on each place it is named.
    second.piecesJustificatives = [{ nomFichier: 'BIO-SGL-Va1-FACTURE-00001.pdf', formatFichier: 'PDF', typeFichier: 'FACTURE' }, ...second.piecesJustificatives.slice(1)];
    const scan = await imagePdf(1);
    const getBytes = vi.fn<PieceBytes>((piece: PieceJustificative) => (piece.nomFichier.includes('VA-00002') ? undefined : Promise.resolve(scan)));
    const onProgress = vi.fn<(progress: InspectProgress) => void>();
    const issues = await inspectPieces(file, getBytes, { onProgress });
    expect(getBytes.mock.calls.map(([p, where]) => [p.nomFichier, where])).toEqual([
      ['BIO-SGL-Va1-FACTURE-00001.pdf', { requestIndex: 0, pieceIndex: 0 }],
      ['BIO-SGL-Va1-VA-00001.pdf', { requestIndex: 0, pieceIndex: 1 }],
      ['BIO-SGL-Va1-VA-00002.pdf', { requestIndex: 1, pieceIndex: 1 }],
    ]);
    expect(summary(issues)).toEqual([
      ['CONTENT_PDF_NO_TEXT', 'lignesImport.0.piecesJustificatives.0.nomFichier'],
      ['CONTENT_PDF_NO_TEXT', 'lignesImport.0.piecesJustificatives.1.nomFichier'],
      ['CONTENT_PDF_NO_TEXT', 'lignesImport.1.piecesJustificatives.0.nomFichier'],
    ]);
    expect(onProgress.mock.calls.map(([p]) => p)).toEqual([
      { done: 1, total: 3, name: 'BIO-SGL-Va1-FACTURE-00001.pdf' },
      { done: 2, total: 3, name: 'BIO-SGL-Va1-VA-00001.pdf' },
      { done: 3, total: 3, name: 'BIO-SGL-Va1-VA-00002.pdf' },
    ]);
  });

  it('passes on what getBytes and onProgress throw', async () => {
    await expect(inspectPieces(validFile(1), () => Promise.reject(new Error('disk gone')))).rejects.toThrow('disk gone');
    const scan = await imagePdf(1);
    await expect(
      inspectPieces(validFile(1), () => scan, {
        onProgress: () => {
          throw new Error('stop');
        },
      }),
    ).rejects.toThrow('stop');
  });
});

describe('the fixtures of test/fixtures/pieces', () => {
  const contentCodes = ALL_ISSUE_CODES.filter((c) => c.startsWith('CONTENT_'));
  const files: Record<string, [string, string, string]> = {
    CONTENT_PDF_UNREADABLE: ['CONTENT_PDF_UNREADABLE.pdf', 'PDF', 'FACTURE'],
    CONTENT_PDF_ENCRYPTED: ['CONTENT_PDF_ENCRYPTED.pdf', 'PDF', 'FACTURE'],
    CONTENT_PDF_NO_TEXT: ['CONTENT_PDF_NO_TEXT.pdf', 'PDF', 'VA'],
    CONTENT_AMOUNT_NOT_FOUND: ['CONTENT_AMOUNT_NOT_FOUND.pdf', 'PDF', 'FACTURE'],
    CONTENT_DATE_NOT_FOUND: ['CONTENT_DATE_NOT_FOUND.pdf', 'PDF', 'FACTURE'],
    CONTENT_FINESS_NOT_FOUND: ['CONTENT_FINESS_NOT_FOUND.pdf', 'PDF', 'FACTURE'],
    CONTENT_IMAGE_UNREADABLE: ['CONTENT_IMAGE_UNREADABLE.png', 'PNG', 'VA'],
    CONTENT_XML_MALFORMED: ['CONTENT_XML_MALFORMED.xml', 'XML', 'VA'],
    CONTENT_TIMEOUT: ['CONTENT_TIMEOUT.pdf', 'PDF', 'FACTURE'],
  };

  it('has one fixture per CONTENT_ code', () => {
    expect(Object.keys(files).sort()).toEqual([...contentCodes].sort());
  });

  it.each(contentCodes)('%s: its fixture, read against request.json, gives that code alone, with its severity', async (code) => {
    const [name, formatFichier, typeFichier] = files[code] ?? ['', '', ''];
    const request = JSON.parse(new TextDecoder().decode(await fixture('request.json'))) as Pick<SoldeFile['lignesImport'][number], 'facture' | 'beneficiaires'>;
    const file = validFile(1);
    const line = file.lignesImport[0] as SoldeFile['lignesImport'][number];
    Object.assign(line, request);
    const other = typeFichier === 'VA' ? 'FACTURE' : 'VA';
    line.piecesJustificatives = [{ nomFichier: name, formatFichier: formatFichier as 'PDF', typeFichier: typeFichier as 'VA' }, { nomFichier: `other.pdf`, formatFichier: 'PDF', typeFichier: other }];
    // The other piece of the request shows everything but the FINESS.
    const otherBytes = await textPdf([[{ x: 50, y: 700, text: 'Pièce 15/03/2024 27 450,00 €' }]]);
    const bytes = await fixture(name);
    const issues = await inspectPieces(file, (p) => (p.nomFichier === name ? bytes : code === 'CONTENT_FINESS_NOT_FOUND' ? otherBytes : undefined), {
      timeoutMs: code === 'CONTENT_TIMEOUT' ? 1 : undefined,
    });
    expect(issues.map((i) => i.code)).toEqual([code]);
    expect(issues[0]?.severity).toBe(ISSUE_CODES[code].severity);
  });
});
