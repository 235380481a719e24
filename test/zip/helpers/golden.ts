import type { SoldeFile } from '../../../src/index.js';
import { buildPiecesZip } from '../../../src/zip/index.js';
import { DEPOSIT, validFile } from '../../helpers/valid-file.js';
import { piecesFor } from './pieces.js';

/** A deposit of three requests, the third with a PNG FACTURE and an XML VA (deflated). */
export function goldenDeposit(): { file: SoldeFile; pieces: Record<string, Uint8Array> } {
  const file = validFile(3);
  const third = file.lignesImport[2] as SoldeFile['lignesImport'][number];
  third.piecesJustificatives = [
    { nomFichier: 'BIO-SGL-Va1-FACTURE-00003.png', formatFichier: 'PNG', typeFichier: 'FACTURE' },
    { nomFichier: 'BIO-SGL-Va1-VA-00003.xml', formatFichier: 'XML', typeFichier: 'VA' },
  ];
  return { file, pieces: piecesFor(file, 5000) };
}

/**
 * SHA-256 of the golden deposit's zip: the same under every time zone, on every run, in Node
 * and Chromium. Written by jszip since 0.2: the bytes of the former hand-written writer
 * (8d0c516a…) but for the "version needed" of the deflated entry, which jszip always writes 10.
 */
export const GOLDEN_SHA256 = 'b2c78cc76b27d50c1c2dfe3b85a24fb20b4a62140cc410c64d83acefcfd9de56';

/** Builds the golden deposit's zip and hashes it. */
export async function goldenHash(): Promise<string> {
  const { file, pieces } = goldenDeposit();
  const zip = await buildPiecesZip(file, pieces, { depositDate: DEPOSIT });
  // Web Crypto, which Node and browsers share (the copy only types the zip as a BufferSource).
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(zip)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
