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

/** SHA-256 of the golden deposit's zip: the same under every time zone, on every run. */
export const GOLDEN_SHA256 = '8d0c516a49bfd370d5aaefd4179146e3175fab76d90de8ceb5a68b6a487cb466';

/** Builds the golden deposit's zip and hashes it. */
export async function goldenHash(): Promise<string> {
  const { file, pieces } = goldenDeposit();
  const zip = await buildPiecesZip(file, pieces, { depositDate: DEPOSIT });
  // Web Crypto, which Node and browsers share (the copy only types the zip as a BufferSource).
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(zip)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
