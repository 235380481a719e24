/**
 * PDFs for the tests, built with pdf-lib (no file on disk): text placed item by item, so
 * that a test decides how pdf.js will see it (one item per cell, a number split across two
 * items, spaces of every kind), and image-only pages (a scan).
 *
 * The font is Helvetica in WinAnsi encoding, with one code (0x81) mapped to the glyph
 * `uni202F`, so that the text layer can hold the narrow no-break space of French amounts.
 */
import { PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { encode as encodePng } from 'fast-png';

/** A piece of text at a place on the page (points from the bottom left). */
export interface TextItem {
  x: number;
  y: number;
  text: string;
  size?: number;
}

/** pdf-lib writes the time of the build into a PDF unless told not to: without it, the fixtures stay the same from build to build. */
const NO_DATES = { updateMetadata: false };

/** The WinAnsi code of a character (U+202F → 0x81, the code our font maps to it). */
function winAnsi(c: string): number {
  const cp = c.codePointAt(0) ?? 0;
  if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) return cp;
  const special: Record<string, number> = { '€': 0x80, '\u202f': 0x81, '’': 0x92, '–': 0x96, '—': 0x97, '…': 0x85 };
  const code = special[c];
  if (code === undefined) throw new Error(`test PDF: no code for ${JSON.stringify(c)}`);
  return code;
}

function hex(text: string): string {
  return Array.from(text).map((c) => winAnsi(c).toString(16).padStart(2, '0')).join('');
}

/**
 * A PDF whose pages hold the given text items, each drawn by its own text object.
 *
 * @example
 * ```ts
 * const bytes = await textPdf([[{ x: 50, y: 800, text: 'Facture' }]]);
 * ```
 */
export async function textPdf(pages: readonly (readonly TextItem[])[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create(NO_DATES);
  const { context } = doc;
  const encoding = context.obj({ Type: 'Encoding', BaseEncoding: 'WinAnsiEncoding', Differences: [PDFNumber.of(0x81), PDFName.of('uni202F')] });
  const font = context.register(context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: encoding }));
  for (const items of pages) {
    const page = doc.addPage([595, 842]);
    page.node.setFontDictionary(PDFName.of('F1'), font);
    const ops = items.map((i) => `BT /F1 ${String(i.size ?? 10)} Tf 1 0 0 1 ${String(i.x)} ${String(i.y)} Tm <${hex(i.text)}> Tj ET`).join('\n');
    page.node.addContentStream(context.register(context.stream(ops)));
  }
  return doc.save({ useObjectStreams: false });
}

/** A small grey PNG (fast-png). */
export function pngImage(width = 40, height = 30): Uint8Array {
  const data = new Uint8Array(width * height * 3).map((_, i) => (i * 7) % 256);
  return encodePng({ width, height, data, channels: 3 });
}

/**
 * A scan: pages holding an image and no text.
 *
 * @example
 * ```ts
 * const bytes = await imagePdf(2);
 * ```
 */
export async function imagePdf(pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create(NO_DATES);
  const image = await doc.embedPng(pngImage());
  for (let n = 0; n < pages; n++) doc.addPage([595, 842]).drawImage(image, { x: 50, y: 400, width: 400, height: 300 });
  return doc.save();
}

/**
 * A hostile PDF: its page's content stream is `size` zero bytes deflated (a deflate bomb: a
 * few kilobytes that pdf.js must inflate to read the page's text).
 *
 * @example
 * ```ts
 * const bytes = await bombPdf(50_000_000);
 * ```
 */
export async function bombPdf(size: number): Promise<Uint8Array> {
  const compressed = new Uint8Array(await new Response(new Blob([new Uint8Array(size)]).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer());
  const doc = await PDFDocument.create(NO_DATES);
  const page = doc.addPage([595, 842]);
  page.node.addContentStream(doc.context.register(doc.context.stream(compressed, { Filter: 'FlateDecode' })));
  return doc.save({ useObjectStreams: false });
}

/**
 * A hostile PDF: its page's resources hold an array nested `depth` levels deep (`[[[…]]]`),
 * written by hand (pdf-lib would refuse to build it), with a cross-reference table pdf.js
 * may have to rebuild.
 *
 * @example
 * ```ts
 * const bytes = deepPdf(100_000);
 * ```
 */
export function deepPdf(depth: number): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Deep ${'['.repeat(depth)}${']'.repeat(depth)} >> >>`,
    '<< /Length 0 >>\nstream\n\nendstream',
  ];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  for (const [n, o] of objects.entries()) {
    offsets.push(body.length);
    body += `${String(n + 1)} 0 obj\n${o}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
