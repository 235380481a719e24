import { afterEach, describe, expect, it, vi } from 'vitest';
import { SoldeUsageError, type Issue } from '../../src/index.js';
import { inspectPieceContent, MAX_TEXT_PAGES, type PieceToInspect } from '../../src/pieces/index.js';
import { fixture } from './helpers/fixtures.js';
import { bombPdf, imagePdf, pngImage, textPdf } from './helpers/make-pdf.js';
import { param } from '../helpers/issue-params.js';

// In Node each inspection starts its PDF reader thread (about a second, loaded machine: pdf.js loaded and warmed in it).
vi.setConfig({ testTimeout: 30_000 });

const REQUEST = { facture: { dateFacture: '15/03/2024', montantSegurHTFacture: 27450 }, beneficiaires: ['750000010', '750000028'] };
const PATH = ['lignesImport', 0, 'piecesJustificatives', 0, 'nomFichier'];

const piece = (bytes: Uint8Array, formatFichier = 'PDF', typeFichier = 'FACTURE'): PieceToInspect => ({ bytes, nomFichier: `BIO-SGL-Va1-${typeFichier}-00001.${formatFichier.toLowerCase()}`, formatFichier, typeFichier });
const codes = (issues: Issue[]): string[] => issues.map((i) => i.code);


afterEach(() => {
  vi.restoreAllMocks();
});

describe('inspectPieceContent — PDF', () => {
  it('finds nothing to say about an invoice that shows its amount and date', async () => {
    expect(await inspectPieceContent(piece(await fixture('invoice.pdf')), REQUEST)).toEqual([]);
  });

  it('refuses a PDF that asks for a password, and accepts one with an owner password only', async () => {
    const issues = await inspectPieceContent(piece(await fixture('CONTENT_PDF_ENCRYPTED.pdf')), REQUEST);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'CONTENT_PDF_ENCRYPTED', severity: 'error', scope: 'request', path: PATH, params: { value: 'BIO-SGL-Va1-FACTURE-00001.pdf' } }),
    ]);
    expect(await inspectPieceContent(piece(await fixture('owner-password-only.pdf')), REQUEST)).toEqual([]);
  });

  it('refuses garbage after %PDF- and a truncated PDF, with pdf.js’s reason', async () => {
    const whole = await fixture('invoice.pdf');
    for (const bytes of [await fixture('CONTENT_PDF_UNREADABLE.pdf'), whole.subarray(0, 400)]) {
      const [issue, ...rest] = await inspectPieceContent(piece(bytes), REQUEST);
      expect(rest).toEqual([]);
      expect(issue?.code).toBe('CONTENT_PDF_UNREADABLE');
      expect(param(issue, 'engineText')).toMatch(/\w/);
    }
  });

  it('warns about a scan (no text on any page) and counts its pages, whatever the type', async () => {
    const issues = await inspectPieceContent(piece(await imagePdf(2), 'PDF', 'VA'), REQUEST, { requestIndex: 3, pieceIndex: 1 });
    expect(issues).toEqual([expect.objectContaining({ code: 'CONTENT_PDF_NO_TEXT', severity: 'warning', path: ['lignesImport', 3, 'piecesJustificatives', 1, 'nomFichier'] })]);
    expect(param(issues[0], 'count')).toBe(2);
  });

  it('warns when the FACTURE does not show the amount or the date, with what was expected', async () => {
    const text = await textPdf([[{ x: 50, y: 700, text: 'Facture du 16/03/2024 — total 0,00 €' }]]);
    const issues = await inspectPieceContent(piece(text), REQUEST, { locale: 'en' });
    expect(codes(issues)).toEqual(['CONTENT_AMOUNT_NOT_FOUND', 'CONTENT_DATE_NOT_FOUND']);
    expect(issues.map((i) => param(i, 'expected'))).toEqual(['27450.00', '15/03/2024']);
    expect(issues[0]?.message).toContain('27450.00');
    expect(issues[0]?.message).toMatch(/^The invoice/);
  });

  it('does not look for the amount or the date in a VA', async () => {
    const text = await textPdf([[{ x: 50, y: 700, text: 'Vérification d’aptitude du 02/04/2024' }]]);
    expect(await inspectPieceContent(piece(text, 'PDF', 'VA'), REQUEST)).toEqual([]);
  });

  it('skips the checks a request cannot be read against (an invalid amount or date: the validator reports them)', async () => {
    const text = await textPdf([[{ x: 50, y: 700, text: 'Facture' }]]);
    expect(await inspectPieceContent(piece(text), { ...REQUEST, facture: { dateFacture: '2024-03-15', montantSegurHTFacture: -1 } })).toEqual([]);
  });

  it(`reads the text of the first ${String(MAX_TEXT_PAGES)} pages only`, async () => {
    const pages = Array.from({ length: MAX_TEXT_PAGES + 1 }, (_, n) => [{ x: 50, y: 700, text: n === MAX_TEXT_PAGES ? 'Total 27 450,00 € du 15/03/2024' : `Page ${String(n + 1)}` }]);
    expect(codes(await inspectPieceContent(piece(await textPdf(pages)), REQUEST))).toEqual(['CONTENT_AMOUNT_NOT_FOUND', 'CONTENT_DATE_NOT_FOUND']);
    expect(await inspectPieceContent(piece(await textPdf(pages.slice(1))), REQUEST)).toEqual([]);
  });

  it('stops a piece past its time limit and says so, as a warning', async () => {
    const [issue, ...rest] = await inspectPieceContent(piece(await fixture('CONTENT_TIMEOUT.pdf')), REQUEST, { timeoutMs: 1 });
    expect(rest).toEqual([]);
    expect(issue).toEqual(expect.objectContaining({ code: 'CONTENT_TIMEOUT', severity: 'warning', params: { value: 'BIO-SGL-Va1-FACTURE-00001.pdf', resource: 'time', limit: 1 } }));
    // The same piece, given time, is fine.
    expect(await inspectPieceContent(piece(await fixture('CONTENT_TIMEOUT.pdf')), REQUEST)).toEqual([]);
  });

  it('answers a deflate bomb inside a PDF (50 MB of page content from 50 kB): out of time, or read', async () => {
    const bytes = await bombPdf(50_000_000);
    expect(bytes.length).toBeLessThan(100_000);
    const found = codes(await inspectPieceContent(piece(bytes, 'PDF', 'VA'), REQUEST, { timeoutMs: 50 }));
    // Node's pdf.js inflates in JavaScript (past 50 ms: out of time); a browser's, with its native
    // DecompressionStream, may read these zeros in time (a page without text).
    expect(found).toHaveLength(1);
    expect(['CONTENT_TIMEOUT', 'CONTENT_PDF_NO_TEXT']).toContain(found[0]);
    if (typeof process === 'object' && typeof process.versions.node === 'string' && typeof window === 'undefined') expect(found).toEqual(['CONTENT_TIMEOUT']);
  });

  it('leaves the bytes as given and prints nothing', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const bytes = await fixture('invoice.pdf');
    const copy = bytes.slice();
    await inspectPieceContent(piece(bytes), REQUEST);
    await inspectPieceContent(piece(await fixture('CONTENT_PDF_UNREADABLE.pdf')), REQUEST);
    await inspectPieceContent(piece(await fixture('CONTENT_PDF_ENCRYPTED.pdf')), REQUEST);
    await inspectPieceContent(piece(await imagePdf(1)), REQUEST);
    expect(bytes).toEqual(copy);
    expect(bytes.buffer.byteLength).toBeGreaterThan(0);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('reports its progress once', async () => {
    const onProgress = vi.fn();
    await inspectPieceContent(piece(await fixture('invoice.pdf')), REQUEST, { onProgress });
    expect(onProgress.mock.calls).toEqual([[{ done: 1, total: 1, name: 'BIO-SGL-Va1-FACTURE-00001.pdf' }]]);
  });

  it.each([0, -1, 1.5, '100', Number.NaN])('refuses a time limit of %j', async (timeoutMs) => {
    await expect(inspectPieceContent(piece(new Uint8Array(1)), REQUEST, { timeoutMs: timeoutMs as number })).rejects.toThrow(SoldeUsageError);
  });
});

describe('inspectPieceContent — images', () => {
  it('decodes a complete PNG and JPG', async () => {
    expect(await inspectPieceContent(piece(pngImage(), 'PNG'), REQUEST)).toEqual([]);
    expect(await inspectPieceContent(piece(await fixture('photo.jpg'), 'JPG'), REQUEST)).toEqual([]);
  });

  it.each([
    ['PNG cut in its data', () => pngImage().subarray(0, 60)],
    ['PNG without its end chunk', () => pngImage().subarray(0, pngImage().length - 12)],
    ['PNG with a flipped byte (CRC)', () => pngImage().map((b, i) => (i === 40 ? b ^ 0xff : b))],
    ['JPG cut in its data', (photo: Uint8Array) => photo.subarray(0, photo.length - 100)],
    ['JPG without its end marker', (photo: Uint8Array) => photo.subarray(0, photo.length - 2)],
  ])('refuses a %s', async (name, make) => {
    const photo = await fixture('photo.jpg');
    const [issue, ...rest] = await inspectPieceContent(piece(make(photo), name.slice(0, 3)), REQUEST);
    expect(rest).toEqual([]);
    expect(issue).toEqual(expect.objectContaining({ code: 'CONTENT_IMAGE_UNREADABLE', severity: 'error', path: PATH }));
    expect(param(issue, 'engineText')).toMatch(/\w/);
  });

  it('refuses a PNG too short to hold its header', async () => {
    expect(codes(await inspectPieceContent(piece(pngImage().subarray(0, 20), 'PNG'), REQUEST))).toEqual(['CONTENT_IMAGE_UNREADABLE']);
  });

  it('does not decode a JPG declaring more than 100 megapixels (and does not call it unreadable)', async () => {
    const photo = (await fixture('photo.jpg')).slice();
    // The frame header (SOF0, FF C0): its height and width, 16 bits each, 5 and 7 bytes after the marker.
    const sof = photo.findIndex((b, i) => b === 0xff && photo[i + 1] === 0xc0);
    const view = new DataView(photo.buffer);
    view.setUint16(sof + 5, 20_000);
    view.setUint16(sof + 7, 20_000);
    expect(await inspectPieceContent(piece(photo, 'JPG'), REQUEST)).toEqual([]);
  });

  it('does not decode a PNG declaring more than 100 megapixels (and does not call it unreadable)', async () => {
    const png = pngImage();
    const huge = png.slice();
    new DataView(huge.buffer).setUint32(16, 20_000);
    new DataView(huge.buffer).setUint32(20, 20_000);
    expect(await inspectPieceContent(piece(huge, 'PNG'), REQUEST)).toEqual([]);
  });
});

describe('inspectPieceContent — XML', () => {
  const xml = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('accepts well-formed XML and reads a FACTURE’s amount and date in it', async () => {
    const facture = xml('<?xml version="1.0"?>\n<facture date="2024-03-15"><totalSegurHT devise="EUR">27450.00</totalSegurHT></facture>');
    expect(await inspectPieceContent(piece(facture, 'XML'), REQUEST)).toEqual([]);
    expect(codes(await inspectPieceContent(piece(xml('<facture><total>1.00</total></facture>'), 'XML'), REQUEST))).toEqual(['CONTENT_AMOUNT_NOT_FOUND', 'CONTENT_DATE_NOT_FOUND']);
  });

  it('refuses XML that is not well-formed, with the line and column', async () => {
    const [issue] = await inspectPieceContent(piece(await fixture('CONTENT_XML_MALFORMED.xml'), 'XML', 'VA'), REQUEST);
    expect(issue).toEqual(expect.objectContaining({ code: 'CONTENT_XML_MALFORMED', severity: 'error' }));
    expect(param(issue, 'line')).toBe(2);
    expect(issue?.message).toMatch(/ligne 2, colonne \d+/);
  });

  it('decodes UTF-16 with its BOM and the encoding a declaration names; refuses bytes not in it', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('<a>é</a>').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await inspectPieceContent(piece(utf16, 'XML', 'VA'), REQUEST)).toEqual([]);
    const utf16be = new Uint8Array([0xfe, 0xff, ...Array.from('<a>é</a>').flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(await inspectPieceContent(piece(utf16be, 'XML', 'VA'), REQUEST)).toEqual([]);
    const latin1 = new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), 0xe9, ...new TextEncoder().encode('</a>')]);
    expect(await inspectPieceContent(piece(latin1, 'XML', 'VA'), REQUEST)).toEqual([]);
    const badUtf8 = new Uint8Array([...new TextEncoder().encode('<a>'), 0xe9, ...new TextEncoder().encode('</a>')]);
    expect(codes(await inspectPieceContent(piece(badUtf8, 'XML', 'VA'), REQUEST))).toEqual(['CONTENT_XML_MALFORMED']);
  });
});

describe('inspectPieceContent — other formats', () => {
  it('says nothing about a format it does not know (the validator reports it)', async () => {
    expect(await inspectPieceContent(piece(new Uint8Array([1, 2, 3]), 'DOCX'), REQUEST)).toEqual([]);
  });
});
