import type { SoldeFile } from '../../../src/index.js';

const encoder = new TextEncoder();

/** A fake PDF of `size` bytes: `%PDF-1.7` then a deterministic filler. */
export function pdf(size = 1000, seed = 1): Uint8Array<ArrayBuffer> {
  return withHead(encoder.encode('%PDF-1.7\n'), size, seed);
}

/** A fake PNG of `size` bytes (its 8-byte signature then filler). */
export function png(size = 1000, seed = 2): Uint8Array<ArrayBuffer> {
  return withHead(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), size, seed);
}

/** A fake JPEG of `size` bytes (FF D8 FF E0 then filler). */
export function jpg(size = 1000, seed = 3): Uint8Array<ArrayBuffer> {
  return withHead(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), size, seed);
}

/** An XML piece. */
export function xml(body = '<facture>' + 'ligne '.repeat(500) + '</facture>'): Uint8Array<ArrayBuffer> {
  return encoder.encode(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}

function withHead(head: Uint8Array, size: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed * 2654435761;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  out.set(head.subarray(0, size));
  return out;
}

/** The pieces a file names, each of its format, `size` bytes (XML: a fixed text). */
export function piecesFor(file: SoldeFile, size = 1000): Record<string, Uint8Array<ArrayBuffer>> {
  const out: Record<string, Uint8Array<ArrayBuffer>> = {};
  file.lignesImport.forEach((line, i) => {
    for (const p of line.piecesJustificatives) {
      const seed = i * 10 + (p.typeFichier === 'VA' ? 1 : 0) + 1;
      out[p.nomFichier] = p.formatFichier === 'PNG' ? png(size, seed) : p.formatFichier === 'JPG' ? jpg(size, seed) : p.formatFichier === 'XML' ? xml() : pdf(size, seed);
    }
  });
  return out;
}

/** The name of the first request's FACTURE and VA pieces. */
export const FACTURE_1 = 'BIO-SGL-Va1-FACTURE-00001.pdf';
export const VA_1 = 'BIO-SGL-Va1-VA-00001.pdf';
/** The wire path of piece `j` of request `i`. */
export const piecePath = (i: number, j: number): (string | number)[] => ['lignesImport', i, 'piecesJustificatives', j, 'nomFichier'];

/** The value of a key that the test put there. */
export function at<T>(record: Readonly<Record<string, T>>, key: string): T {
  const value = record[key];
  if (value === undefined) throw new Error(`no ${key}`);
  return value;
}
