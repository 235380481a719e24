import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { DemandeInput } from '../../src/builder/demande-input.js';
import { closestColumn, columnLetter, CSV_COLUMNS } from '../../src/cli/csv/columns.js';
import { csvText } from '../../src/cli/csv/csv-messages.js';
import { csvTemplate } from '../../src/cli/csv/csv-template.js';
import { decodeCsv, detectDelimiter } from '../../src/cli/csv/decode-csv.js';
import { neutraliseCell, restoreCell } from '../../src/cli/csv/formula-guard.js';
import { mergeProblems } from '../../src/cli/csv/locate-problems.js';
import { checkPieceFile, formatOfFile, pieceFolder, pieceSources } from '../../src/cli/csv/piece-files.js';
import { portalSummary } from '../../src/cli/csv/portal-summary.js';
import { readCsvTable } from '../../src/cli/csv/read-csv-table.js';
import { readDemandesCsv } from '../../src/cli/csv/read-demandes-csv.js';
import { csvOfRows, demandesCsv } from '../../src/cli/csv/write-demandes-csv.js';
import { validFile } from '../helpers/valid-file.js';

const HEADER = 'numeroASP;numeroEditeur;dateFacture;montantSegurHTFacture;montantBonDeCommande;beneficiaires;isDirectToDMP;identDMP;isDirectToMSSPro;adresseBoiteMSSPro;isDirectToMSSCitoyen;adresseBoiteMSSCitoyen';
const ROW = 'FINBIO000006;00001;15/03/2024;27 450,00;27 450,00;999999991|999999992;oui;1999999991;Oui;labo@labo.mssante.fr;non;';
/** A pieces folder holding both pieces of request 00001 as PDF. */
const pieces = pieceFolder('pieces', ['BIO-SGL-Va1-FACTURE-00001.pdf', 'BIO-SGL-Va1-VA-00001.pdf', 'notes.txt']);
const noPieces = pieceFolder('pieces', []);
const read = (text: string, more: Partial<Parameters<typeof readDemandesCsv>[1]> = {}) => readDemandesCsv(text, { pieces, ...more });

describe('decodeCsv', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeCsv(new TextEncoder().encode('é;à')).text).toBe('é;à');
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('é')])).text).toBe('é');
  });

  it('reads Windows-1252 when the bytes are not UTF-8, or when told', () => {
    const bytes = iconv.encode('Société;€', 'win1252');
    expect(decodeCsv(bytes)).toEqual({ text: 'Société;€', encoding: 'win1252' });
    expect(decodeCsv(iconv.encode('abc', 'win1252'), 'win1252').encoding).toBe('win1252');
  });

  it('refuses bytes that are not UTF-8 when UTF-8 is forced or announced by a BOM', () => {
    expect(() => decodeCsv(Uint8Array.from([0xe9]), 'utf8')).toThrow(/UTF-8/);
    expect(() => decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, 0xe9]))).toThrow(/UTF-8/);
  });
});

describe('detectDelimiter', () => {
  it('reads it from the header line', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3')).toBe(',');
    expect(detectDelimiter('a')).toBe(',');
  });
});

describe('neutraliseCell / restoreCell (OWASP formula injection)', () => {
  it.each(['=HYPERLINK("http://x","clic")', '+33 1 23', '-5,00', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises %j and reads it back', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
    expect(restoreCell(neutraliseCell(cell))).toBe(cell);
  });

  it('leaves every other cell alone, and a quote the user typed', () => {
    for (const cell of ['27 450,00', 'FINBIO000006', '', "'00001", "l'adresse", 'a=b']) {
      expect(neutraliseCell(cell)).toBe(cell);
      expect(restoreCell(cell)).toBe(cell);
    }
    expect(restoreCell("''=x")).toBe("''=x");
  });
});

describe('columns', () => {
  it('names the known column an unknown one resembles, within three edits', () => {
    expect(closestColumn('numero_editeur')).toBe('numeroEditeur');
    expect(closestColumn('Beneficiaire')).toBe('beneficiaires');
    expect(closestColumn('montantSegurHT')).toBeUndefined();
    expect(closestColumn('commentaire')).toBeUndefined();
  });

  it('gives spreadsheet column letters', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('readCsvTable', () => {
  it('refuses a column given twice, naming both places', () => {
    const { problems, rows } = readCsvTable(`${HEADER};beneficiaires\n${ROW};999999993\n`);
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([[1, 'beneficiaires']]);
    expect(problems[0]?.message).toBe('la colonne « beneficiaires » est donnée plusieurs fois (colonnes F (6), M (13)) : gardez-en une seule.');
    expect(readCsvTable(`${HEADER};beneficiaires\n${ROW};x\n`, { locale: 'en' }).problems[0]?.message).toContain('given more than once (columns F (6), M (13))');
  });

  it('calls a CSV empty when it holds no request: no text, a header alone, or only empty rows', () => {
    for (const text of ['', '\n\n', HEADER, `${HEADER}\r\n`, `${HEADER}\r\n;;;;;;;;;;;\r\n ; ;;;;;;;;;;\r\n`]) expect(readCsvTable(text)).toMatchObject({ rows: [], problems: [], empty: true });
  });

  it("skips Excel's rows of empty cells, whatever their count, keeping the lines of the others", () => {
    const { rows, problems } = readCsvTable(`${HEADER}\n;;;;;;;;;;;\n${ROW}\n;;;;\n\n${ROW}\n;;;;;;;;;;;\n`);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([3, 6]);
  });

  it('refuses an unknown column saying which known one it resembles, and reads past an ignored one', () => {
    const { problems } = readCsvTable(`${HEADER};numero_editeur;commentaire\n${ROW};1;ok\n`);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [1, 'numero_editeur'],
      [1, 'commentaire'],
    ]);
    expect(problems[0]?.message).toBe('colonne inconnue « numero_editeur » : vouliez-vous dire « numeroEditeur » ? Pour la lire sans l’utiliser : --ignore-column "numero_editeur".');
    expect(problems[1]?.message).not.toContain('vouliez-vous');
    const ignored = readCsvTable(`${HEADER};numero_editeur;commentaire\n${ROW};1;ok\n`, { ignoreColumns: ['numero_editeur', 'commentaire'] });
    expect(ignored.problems).toEqual([]);
    expect(ignored.rows[0]?.cells).not.toHaveProperty('commentaire');
    expect(ignored.rows[0]?.cells.numeroEditeur).toBe('00001');
  });

  it('refuses --ignore-column for a known column or one not in the header', () => {
    const { problems } = readCsvTable(`${HEADER}\n${ROW}\n`, { ignoreColumns: ['identDMP', 'absente'], locale: 'en' });
    expect(problems.map((p) => p.message)).toEqual([csvText('en').ignoredKnown('identDMP'), csvText('en').ignoredAbsent('absente')]);
  });

  it('refuses missing required columns, every one', () => {
    const { problems } = readCsvTable('numeroASP\nFINBIO000006\n');
    expect(problems.map((p) => p.column)).toEqual(['numeroEditeur', 'dateFacture', 'montantSegurHTFacture', 'beneficiaires', 'isDirectToDMP', 'isDirectToMSSPro', 'isDirectToMSSCitoyen']);
  });

  it('names every row with the wrong number of cells and reads the others', () => {
    const { rows, problems } = readCsvTable(`${HEADER}\n${ROW};extra\n${ROW}\nFINBIO000007;00002\n`);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, csvText('fr').cellCount(13, 12)],
      [4, csvText('fr').cellCount(2, 12)],
    ]);
    expect(rows.map((r) => r.line)).toEqual([3]);
  });

  it('accepts empty cells under a nameless column (trailing ;) and names a value there', () => {
    const { rows, problems } = readCsvTable(`${HEADER};;\n${ROW};;\n${ROW};;oups\n`);
    expect(rows).toHaveLength(2);
    expect(problems).toEqual([{ line: 3, column: 'N', message: csvText('fr').cellOutsideColumns('N') }]);
  });

  it('reports a text csv-parse cannot read, at its line', () => {
    const { problems, empty } = readCsvTable(`${HEADER}\n"FINBIO000006;00001\n`);
    expect(empty).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^CSV illisible : /);
  });

  it('takes off the quote that neutralised a formula, and only that one', () => {
    const { rows } = readCsvTable(`${HEADER}\n${ROW.replace('27 450,00;27 450,00', "'-5,00;'=1+1").replace('labo@labo', "'labo@labo")}\n`);
    expect(rows[0]?.cells).toMatchObject({ montantSegurHTFacture: '-5,00', montantBonDeCommande: '=1+1', adresseBoiteMSSPro: "'labo@labo.mssante.fr" });
  });
});

describe('readDemandesCsv', () => {
  it('reads a French spreadsheet row into a demand', () => {
    const { demandes, problems, empty } = read(`${HEADER}\n${ROW}\n`);
    expect(problems).toEqual([]);
    expect(empty).toBe(false);
    expect(demandes).toHaveLength(1);
    expect(demandes[0]).toMatchObject({
      line: 2,
      sources: { facture: 'BIO-SGL-Va1-FACTURE-00001.pdf', va: 'BIO-SGL-Va1-VA-00001.pdf' },
      demande: {
        numeroASP: 'FINBIO000006',
        montantSegurHTFacture: '27 450,00',
        montantBonDeCommande: '27 450,00',
        beneficiaires: ['999999991', '999999992'],
        isDirectToDMP: true,
        identDMP: ['1999999991'],
        isDirectToMSSPro: true,
        isDirectToMSSCitoyen: false,
        adresseBoiteMSSCitoyen: null,
        piecesJustificatives: [
          { typeFichier: 'FACTURE', formatFichier: 'PDF' },
          { typeFichier: 'VA', formatFichier: 'PDF' },
        ],
      },
    });
  });

  it('reads the comma delimiter and quoted decimal commas', () => {
    const text = `${HEADER.replaceAll(';', ',')}\n${ROW.replaceAll(';', ',').replace('27 450,00,27 450,00', '"27 450,00","27 450,00"')}`;
    const { demandes, problems } = read(text);
    expect(problems).toEqual([]);
    expect(demandes[0]?.demande.montantSegurHTFacture).toBe('27 450,00');
  });

  it('takes the pieces from the facture and va columns, with their format from the extension', () => {
    const { demandes } = read(`${HEADER};facture;va\n${ROW};F-2024-001.PDF;aptitude.jpeg\n`, { pieces: noPieces });
    expect(demandes[0]?.sources).toEqual({ facture: 'F-2024-001.PDF', va: 'aptitude.jpeg' });
    expect(demandes[0]?.demande.piecesJustificatives.map((p) => p.formatFichier)).toEqual(['PDF', 'JPG']);
  });

  it('finds a piece named .jpeg or .PDF in the folder by the same rule as the columns', () => {
    const folder = pieceFolder('p', ['BIO-SGL-Va1-FACTURE-00001.PDF', 'BIO-SGL-Va1-VA-00001.jpeg']);
    const { demandes, problems } = read(`${HEADER}\n${ROW}\n`, { pieces: folder });
    expect(problems).toEqual([]);
    expect(demandes[0]?.sources).toEqual({ facture: 'BIO-SGL-Va1-FACTURE-00001.PDF', va: 'BIO-SGL-Va1-VA-00001.jpeg' });
    expect(demandes[0]?.demande.piecesJustificatives.map((p) => p.formatFichier)).toEqual(['PDF', 'JPG']);
  });

  it('names the files looked for when a piece is not in the folder, and every candidate when several are', () => {
    const folder = pieceFolder('scans', ['BIO-SGL-Va1-VA-00001.pdf', 'BIO-SGL-Va1-VA-00001.jpg']);
    const { demandes, problems } = read(`${HEADER}\n${ROW}\n`, { pieces: folder });
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 'facture', 'pièce FACTURE introuvable : aucun de BIO-SGL-Va1-FACTURE-00001.pdf, BIO-SGL-Va1-FACTURE-00001.png, BIO-SGL-Va1-FACTURE-00001.jpg, BIO-SGL-Va1-FACTURE-00001.jpeg, BIO-SGL-Va1-FACTURE-00001.xml dans scans (ou donnez son nom dans la colonne).'],
      [2, 'va', csvText('fr').pieceAmbiguous('VA', ['BIO-SGL-Va1-VA-00001.jpg', 'BIO-SGL-Va1-VA-00001.pdf'])],
    ]);
    expect(demandes[0]?.sources).toEqual({});
  });

  it('looks for no piece of a numeroEditeur that cannot name one (its own problem says why)', () => {
    const { problems } = read(`${HEADER}\n${ROW.replace('00001', '0001x2')}\n`, { pieces: noPieces });
    expect(problems).toEqual([]);
  });

  it('locates every bad cell by line and column, and still gives every row its demand', () => {
    const text = `${HEADER};facture;va\n${ROW};f.doc;\n${ROW.replace('oui', 'peut-être')};f.pdf;v.pdf\n`;
    const { demandes, problems } = read(text, { pieces: noPieces });
    expect(demandes.map((d) => d.line)).toEqual([2, 3]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'facture'],
      [2, 'va'],
      [3, 'isDirectToDMP'],
    ]);
    expect(problems[0]?.message).toBe(csvText('fr').pieceExtension('f.doc'));
  });

  it('counts lines in the file, quoted line breaks included', () => {
    const text = `${HEADER}\n"FINBIO000006";00001;15/03/2024;1,00;;"999999991";non;;non;;non;\n${ROW.replace('FINBIO000006', '"FINBIO\n000007"')}\n${ROW}`;
    const { demandes } = read(text);
    expect(demandes.map((d) => d.line)).toEqual([2, 3, 5]);
  });

  it('accepts a trailing € or EUR in amounts, after a space, a no-break space or a narrow one', () => {
    for (const [given, read_] of [
      ['27 450,00 €', '27 450,00'],
      ['27\u202F450,00\u00A0€', '27\u202F450,00'],
      ['27450.00€', '27450.00'],
      ['27 450,00 EUR', '27 450,00'],
      ['1 234,5 eur', '1 234,5'],
    ]) {
      const { demandes, problems } = read(`${HEADER}\n${ROW.replace('27 450,00;27 450,00', `${given};${given}`)}\n`);
      expect(problems).toEqual([]);
      expect(demandes[0]?.demande.montantSegurHTFacture).toBe(read_);
      expect(demandes[0]?.demande.montantBonDeCommande).toBe(read_);
    }
  });

  it('words the remaining amount errors for a spreadsheet, never as JSON types', () => {
    const { problems } = read(`${HEADER}\n${ROW.replace('27 450,00;27 450,00', '27 450,00 $;beaucoup')}\n${ROW.replace('27 450,00;27 450,00', '9 875,255;')}\n${ROW.replace('27 450,00;27 450,00', ';')}\n`);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'montantSegurHTFacture'],
      [2, 'montantBonDeCommande'],
      [3, 'montantSegurHTFacture'],
      [4, 'montantSegurHTFacture'],
    ]);
    expect(problems[0]?.message).toBe(csvText('fr').amount('27 450,00 $'));
    expect(problems[2]?.message).toBe(`AMOUNT_DECIMALS ${csvText('fr').amountDecimals('9 875,255')}`);
    for (const p of problems) expect(p.message).not.toMatch(/JSON/);
  });

  it('hints that Excel stripped the leading zeros, and pads nothing', () => {
    const { demandes, problems } = read(`${HEADER}\n${ROW.replace('00001', '1').replace('999999991|999999992', '10000015|999999992|1234')}\n`, { locale: 'en' });
    expect(problems.map((p) => [p.column, p.message])).toEqual([
      ['numeroEditeur', csvText('en').leadingZeros('1', 5, '00001')],
      ['beneficiaires', csvText('en').leadingZeros('10000015', 9, '010000015')],
      ['beneficiaires', csvText('en').leadingZeros('1234', 9, '000001234')],
    ]);
    expect(csvText('fr').leadingZeros('1', 5, '00001')).toContain('Excel a peut-être supprimé les zéros de tête : 00001 ?');
    expect(demandes[0]?.demande).toMatchObject({ numeroEditeur: '1', beneficiaires: ['10000015', '999999992', '1234'] });
  });

  it('gives no demand for a row of the wrong shape, and nothing but the header problems for a bad header', () => {
    expect(read(`${HEADER}\n${ROW};extra\n`).demandes).toEqual([]);
    const twice = read(`${HEADER};numeroEditeur\n${ROW};1\n`);
    expect(twice.demandes).toEqual([]);
    expect(twice.problems).toHaveLength(1);
    const unknown = read(`${HEADER};numero_editeur\n${ROW};1\n`);
    expect(unknown.demandes.map((d) => d.demande.numeroEditeur)).toEqual(['00001']);
    expect(unknown.problems.map((p) => p.column)).toEqual(['numero_editeur']);
  });

  it('reads an empty file as no demand, and says so', () => {
    expect(read('')).toEqual({ demandes: [], problems: [], empty: true });
  });

  it('knows the formats by extension, in any case', () => {
    expect(['a.pdf', 'b.PNG', 'c.jpg', 'd.JPEG', 'e.xml', 'f.doc', 'g', 'h.', 'dir.pdf/x'].map(formatOfFile)).toEqual(['PDF', 'PNG', 'JPG', 'JPG', 'XML', undefined, undefined, undefined, undefined]);
  });
});

describe('mergeProblems', () => {
  it('keeps the first problem of a cell, drops a later one on the same cell, and orders by line', () => {
    const merged = mergeProblems(
      [{ line: 3, column: 'montantSegurHTFacture', message: 'csv' }],
      [
        { line: 3, column: 'montantSegurHTFacture', message: 'TYPE_INVALID JSON number' },
        { line: 2, column: 'dateFacture', message: 'DATE_INVALID' },
        { line: 3, column: 'dateFacture', message: 'DATE_INVALID' },
      ],
    );
    expect(merged.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 'dateFacture', 'DATE_INVALID'],
      [3, 'montantSegurHTFacture', 'csv'],
      [3, 'dateFacture', 'DATE_INVALID'],
    ]);
  });
});

describe('checkPieceFile / pieceSources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'segur-pieces-'));
  writeFileSync(join(dir, 'ok.pdf'), '%PDF-1.4\n%%EOF\n');
  writeFileSync(join(dir, 'empty.pdf'), '');
  writeFileSync(join(dir, 'fake.jpeg'), '%PDF-1.4\n');
  writeFileSync(join(dir, 'big.pdf'), `%PDF-1.4\n${'x'.repeat(100)}`);
  mkdirSync(join(dir, 'folder.pdf'));
  const piece = (file: string, format: 'PDF' | 'JPG' = 'PDF') => ({ line: 4, type: 'VA' as const, format, file });

  it('accepts a piece of its format, with its size', async () => {
    expect(await checkPieceFile(piece('ok.pdf'), dir, 'fr')).toEqual({ ok: true, path: join(dir, 'ok.pdf'), size: 15 });
  });

  it.each([
    ['absent.pdf', 'PDF', /^pièce introuvable : .*absent\.pdf$/],
    ['folder.pdf', 'PDF', /^pièce introuvable : .*folder\.pdf$/],
    ['empty.pdf', 'PDF', /^ZIP_PIECE_EMPTY La pièce « empty\.pdf » est vide\. \(.*empty\.pdf\)$/],
    ['big.pdf', 'PDF', /^ZIP_PIECE_TOO_LARGE La pièce « big\.pdf » fait 109 octets, au-delà de la limite de 50 octets/],
    ['fake.jpeg', 'JPG', /^ZIP_PIECE_CONTENT_MISMATCH .*fake\.jpeg.* JPG/],
  ] as const)('refuses %s, naming the file, on its row and column', async (file, format, message) => {
    const check = await checkPieceFile(piece(file, format), dir, 'fr', 50);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problem).toMatchObject({ line: 4, column: 'va' });
      expect(check.problem.message).toMatch(message);
    }
  });

  it('maps every piece to its canonical name in the zip, from its file on disk', async () => {
    const demande = (numeroEditeur: string): DemandeInput => ({
      numeroASP: 'FINBIO000001',
      dateFacture: '15/03/2024',
      montantSegurHTFacture: '1,00',
      beneficiaires: ['750000010'],
      isDirectToDMP: false,
      identDMP: null,
      isDirectToMSSPro: false,
      adresseBoiteMSSPro: null,
      isDirectToMSSCitoyen: false,
      adresseBoiteMSSCitoyen: null,
      numeroEditeur,
      piecesJustificatives: [
        { typeFichier: 'FACTURE' as const, formatFichier: 'PDF' as const },
        { typeFichier: 'VA' as const, formatFichier: 'JPG' as const },
      ],
    });
    const found = await pieceSources(
      [
        { line: 2, demande: demande('00001'), sources: { facture: 'ok.pdf', va: 'fake.jpeg' } },
        { line: 3, demande: demande('1'), sources: { facture: 'absent.pdf' } },
      ],
      dir,
      'en',
    );
    expect([...(found.sources[0] ?? [])]).toEqual([
      ['BIO-SGL-Va1-FACTURE-00001.pdf', { path: join(dir, 'ok.pdf'), column: 'facture' }],
      ['BIO-SGL-Va1-VA-00001.jpg', { path: join(dir, 'fake.jpeg'), column: 'va' }],
    ]);
    expect(found.sources[1]?.size).toBe(0);
    expect(found.size(0, 'BIO-SGL-Va1-FACTURE-00001.pdf')).toBe(15);
    expect(found.size(0, 'BIO-SGL-Va1-VA-00001.jpg')).toBe(0);
    expect(found.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'va'],
      [3, 'facture'],
    ]);
    expect(found.problems[1]?.message).toMatch(/^attachment not found: /);
  });
});

describe('demandesCsv (retour --csv)', () => {
  it('writes requests as the CSV build reads, losing nothing it can carry', () => {
    const file = validFile(2);
    file.lignesImport[1]!.facture.montantSegurHTFacture = 1500.5;
    file.lignesImport[1]!.scenarioInstallation = { ...file.lignesImport[1]!.scenarioInstallation, isDirectToDMP: false, identDMP: null };
    const { text, unmatched } = demandesCsv(file);
    expect(unmatched).toEqual([]);
    expect(text.startsWith(`\uFEFF${CSV_COLUMNS.join(';')}\r\n`)).toBe(true);
    const both = pieceFolder('p', ['BIO-SGL-Va1-FACTURE-00001.pdf', 'BIO-SGL-Va1-VA-00001.pdf', 'BIO-SGL-Va1-FACTURE-00002.pdf', 'BIO-SGL-Va1-VA-00002.pdf']);
    const { demandes, problems } = readDemandesCsv(decodeCsv(new TextEncoder().encode(text)).text, { pieces: both });
    expect(problems).toEqual([]);
    expect(demandes.map((d) => [d.demande.numeroEditeur, d.demande.montantSegurHTFacture, d.demande.isDirectToDMP, d.demande.identDMP])).toEqual([
      ['00001', '27450,00', true, ['1750000010']],
      ['00002', '1500,50', false, null],
    ]);
    expect(demandes[0]?.demande.beneficiaires).toEqual(['750000010', '750000028']);
  });

  it('neutralises every cell that would open as a formula, and build reads it back as it was', () => {
    const file = validFile(1);
    const line = file.lignesImport[0]!;
    line.numeroASP = '=HYPERLINK("http://evil","FINBIO")';
    line.numeroEditeur = '@SUM(1)';
    line.facture.montantSegurHTFacture = -5;
    line.beneficiaires = ['+33', '\t750000010'];
    line.scenarioInstallation = { ...line.scenarioInstallation, adresseBoiteMSSPro: '\r=1' };
    const { text } = demandesCsv(file);
    const cells = text.split('\r\n')[1]?.split(';') ?? [];
    expect(cells.slice(0, 4)).toEqual(['"\'=HYPERLINK(""http://evil"",""FINBIO"")"', "'@SUM(1)", line.facture.dateFacture, "'-5,00"]);
    expect(cells[5]).toBe("'+33|\t750000010");
    const { rows } = readCsvTable(text.slice(1));
    expect(rows[0]?.cells).toMatchObject({ numeroASP: line.numeroASP, numeroEditeur: '@SUM(1)', montantSegurHTFacture: '-5,00' });
  });

  it('carries montantBonDeCommande, facture and va from the CSV build read, matched by numeroASP and numeroEditeur', () => {
    const file = validFile(3);
    const [l1, l2, l3] = file.lignesImport;
    const source = readCsvTable(
      [
        CSV_COLUMNS.join(';'),
        `${l1!.numeroASP};${l1!.numeroEditeur};;;30 000,00 €;;;;;;;;Facture n°1.pdf;va 1.jpeg`,
        `${l2!.numeroASP};${l2!.numeroEditeur};;;;;;;;;;;;`,
        `${l2!.numeroASP};${l2!.numeroEditeur};;;1;;;;;;;;;`,
        `FINBIO999999;${l3!.numeroEditeur};;;1;;;;;;;;;`,
      ].join('\n'),
    ).rows;
    const { text, unmatched } = demandesCsv(file, source);
    expect(unmatched).toEqual([l2!.numeroEditeur, l3!.numeroEditeur]);
    const rows = readCsvTable(text.slice(1)).rows;
    expect(rows[0]?.cells).toMatchObject({ montantBonDeCommande: '30 000,00 €', facture: 'Facture n°1.pdf', va: 'va 1.jpeg' });
    expect(rows[1]?.cells).toMatchObject({ montantBonDeCommande: '', facture: '', va: '' });
  });

  it('writes odd values as they are (a returned file may hold anything)', () => {
    const odd = { impId: null, numeroAns: 'A', SIRET: 'S', lignesImport: [{ numeroASP: 7, facture: { montantSegurHTFacture: '12,5' }, beneficiaires: 'x', scenarioInstallation: { isDirectToDMP: 'oui' } }, 'not a line'] };
    const rows = demandesCsv(odd as never).text.split('\r\n');
    expect(rows[1]).toBe('7;;;12,5;;x;oui;;;;;;;');
    expect(rows[2]).toBe(';;;;;;;;;;;;;');
  });

  it('writes rows through the same guard', () => {
    const cells = Object.fromEntries(CSV_COLUMNS.map((c) => [c, c === 'facture' ? '=cmd' : ''])) as Parameters<typeof csvOfRows>[0][number];
    expect(csvOfRows([cells]).split('\r\n')[1]).toBe(";;;;;;;;;;;;'=cmd;");
  });
});

describe('csvTemplate (modele-csv)', () => {
  it('writes the header and one example row: UTF-8 with BOM, ;, CRLF, that build reads without a problem', () => {
    const bytes = csvTemplate();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decodeCsv(bytes).text;
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(CSV_COLUMNS.join(';'));
    expect(lines[2]).toBe('');
    const folder = pieceFolder('p', ['BIO-SGL-Va1-FACTURE-00001.pdf', 'BIO-SGL-Va1-VA-00001.pdf']);
    const { demandes, problems } = readDemandesCsv(text, { pieces: folder });
    expect(problems).toEqual([]);
    expect(demandes[0]?.demande).toMatchObject({ numeroEditeur: '00001', montantSegurHTFacture: '27 450,00', isDirectToDMP: true });
  });

  it('writes Windows-1252 without BOM when asked', () => {
    const bytes = csvTemplate('win1252');
    expect(bytes[0]).toBe(0x6e);
    expect(decodeCsv(bytes).text).toBe(decodeCsv(csvTemplate('utf8')).text);
  });
});

describe('portalSummary', () => {
  it('wraps the ASP file numbers of a large deposit to 80 columns, every one once', () => {
    const numeros = Array.from({ length: 166 }, (_, i) => `FINBIO${String(i + 1).padStart(6, '0')}`);
    const lines = portalSummary('ANS0000001', numeros, 'fr');
    expect(lines[0]).toBe('  Sur le portail : type de demande « solde » ; numéro ANS ANS0000001 ; 166 demande(s).');
    expect(lines[1]).toBe('  Dossiers ASP (166) :');
    const list = lines.slice(2);
    for (const line of list) expect(line.length).toBeLessThanOrEqual(80);
    expect(list.join(' ').replace(/\s+/g, ' ').trim().split(', ')).toEqual(numeros);
    expect(list[0]).toBe(`    ${numeros.slice(0, 5).join(', ')},`);
  });

  it('prints a short deposit on one line, in English too', () => {
    expect(portalSummary('ANS0000001', ['FINBIO000006'], 'en')).toEqual([
      '  On the portal: request type "solde"; ANS number ANS0000001; 1 request(s).',
      '  ASP files (1):',
      '    FINBIO000006',
    ]);
    expect(portalSummary('ANS0000001', [], 'en')).toHaveLength(2);
  });
});

describe('csvText', () => {
  it('says every sentence in French and in English, differently', () => {
    const samples: Record<string, unknown[]> = {
      duplicateColumn: ['a', ['A (1)', 'B (2)']],
      unknownColumn: ['a', 'b'],
      leadingZeros: ['1', 5, '00001'],
      pieceNotFound: ['VA', ['x.pdf', 'x.png'], 'dir'],
      pieceAmbiguous: ['VA', ['x.pdf', 'x.png']],
      portal: ['ANS0000001', 2],
      sourceUnmatched: [['00001']],
      templateWritten: ['f.csv', 'UTF-8'],
      cellCount: [1, 2],
    };
    const fr = csvText('fr') as unknown as Record<string, unknown>;
    const en = csvText('en') as unknown as Record<string, unknown>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr)) {
      const say = (table: Record<string, unknown>): string => {
        const entry = table[key];
        return typeof entry === 'function' ? String((entry as (...a: unknown[]) => unknown)(...(samples[key] ?? ['x']))) : String(entry);
      };
      expect(say(fr), key).not.toBe('');
      expect(say(en), key).not.toBe(say(fr));
    }
  });
});
