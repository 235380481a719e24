import { describe, expect, it } from 'vitest';
import type { Issue, SoldeFile } from '../../src/index.js';
import { buildPiecesZip, checkPiecesZip } from '../../src/zip/index.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { piecePath, xml } from './helpers/pieces.js';

// The hook from the zip check to the pieces' inspection (src/zip/inspect-content.ts), with XML pieces only: read in
// process, no PDF thread, quick enough for the mutation run (test/pieces, which covers it with PDFs too, is not in it).

const FACTURE = 'BIO-SGL-Va1-FACTURE-00001.xml';
const VA = 'BIO-SGL-Va1-VA-00001.xml';
const MALFORMED = xml('<facture><total>27450.00</facture>');

/** One request whose two pieces are XML, the FACTURE deflated in the zip as every XML piece is. */
function xmlDeposit(): SoldeFile {
  const file = validFile(1);
  const line = file.lignesImport[0] as SoldeFile['lignesImport'][number];
  line.piecesJustificatives = [
    { nomFichier: FACTURE, formatFichier: 'XML', typeFichier: 'FACTURE' },
    { nomFichier: VA, formatFichier: 'XML', typeFichier: 'VA' },
  ];
  return file;
}

const malformedOn = (issues: readonly Issue[]): string[] => issues.filter((i) => i.code === 'CONTENT_XML_MALFORMED').map((i) => i.path.join('.'));

describe('checkPiecesZip with inspectContent, XML pieces', () => {
  it('inflates each sound piece and reads it against its request, in the language asked', async () => {
    const file = xmlDeposit();
    const zip = await buildPiecesZip(file, { [FACTURE]: MALFORMED, [VA]: xml() }, { depositDate: DEPOSIT });
    const en = await checkPiecesZip(zip, file, { depositDate: DEPOSIT, inspectContent: true, locale: 'en' });
    expect(malformedOn(en.issues)).toEqual([piecePath(0, 0).join('.')]);
    expect(en.issues.find((i) => i.code === 'CONTENT_XML_MALFORMED')?.message).toMatch(/^The XML .* is not well-formed/);
    const read: string[] = [];
    const fr = await checkPiecesZip(zip, file, { depositDate: DEPOSIT, inspectContent: { onProgress: ({ name }) => read.push(name) } });
    expect(read).toEqual([FACTURE, VA]);
    expect(fr.issues.find((i) => i.code === 'CONTENT_XML_MALFORMED')?.message).toMatch(/^Le XML .* n’est pas bien formé/);
  });

  it('does not read a piece the zip checks refused: its CRC-32 wrong, or its two headers at odds', async () => {
    const file = xmlDeposit();
    const zip = await buildPiecesZip(file, { [FACTURE]: MALFORMED, [VA]: xml() }, { depositDate: DEPOSIT });
    // The first entry's CRC-32: at +14 of its local header (at 0), at +16 of its central directory record.
    const central = new TextDecoder('latin1').decode(zip).indexOf('PK\u0001\u0002');
    const flipped = (offsets: readonly number[]): Uint8Array => {
      const bytes = zip.slice();
      for (const at of offsets) bytes[at] = (bytes[at] ?? 0) ^ 0xff;
      return bytes;
    };
    for (const broken of [flipped([14, central + 16]), flipped([central + 16])]) {
      const report = await checkPiecesZip(broken, file, { depositDate: DEPOSIT, inspectContent: true });
      expect(report.issues.filter((i) => i.path.join('.') === piecePath(0, 0).join('.')).map((i) => i.code)).toEqual(['ZIP_ENTRY_INCONSISTENT']);
      expect(malformedOn(report.issues)).toEqual([]);
    }
  });
});
