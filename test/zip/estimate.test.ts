import { describe, expect, it } from 'vitest';
import { estimateZipBytes } from '../../src/plan/estimate-zip-bytes.js';
import type { FormatFichier } from '../../src/index.js';
import { buildPiecesZip } from '../../src/zip/index.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { at, piecesFor } from './helpers/pieces.js';

/** Printable "XML" that barely compresses: deflate's worst case on text. */
function noisyXml(size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = 12345;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = 0x21 + ((x >>> 16) % 94);
  }
  out[0] = 0x3c;
  return out;
}

describe('the planner’s estimate bounds the real zip', () => {
  it('estimateZipBytes(entries) ≥ the size of the zip buildPiecesZip writes', async () => {
    const file = validFile(4);
    const formats: FormatFichier[] = ['PDF', 'PNG', 'JPG', 'XML'];
    file.lignesImport.forEach((line, i) => {
      const format = formats[i] as FormatFichier;
      line.piecesJustificatives[1] = {
        nomFichier: `BIO-SGL-Va1-VA-${line.numeroEditeur}.${format.toLowerCase()}`,
        formatFichier: format,
        typeFichier: 'VA',
      };
    });
    const pieces = piecesFor(file, 40_000);
    pieces['BIO-SGL-Va1-VA-00004.xml'] = noisyXml(200_000);
    const zip = await buildPiecesZip(file, pieces, { depositDate: DEPOSIT });
    const entries = file.lignesImport.flatMap((l) =>
      l.piecesJustificatives.map((p) => ({ name: p.nomFichier, format: p.formatFichier, size: at(pieces, p.nomFichier).length })),
    );
    expect(zip.length).toBeLessThanOrEqual(estimateZipBytes(entries));
  });
});
