import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsv, detectDelimiter } from '../../src/cli/csv/decode-csv.js';
import { formatOfFile, readDemandesCsv } from '../../src/cli/csv/read-demandes-csv.js';

const HEADER = 'numeroASP;numeroEditeur;dateFacture;montantSegurHTFacture;montantBonDeCommande;beneficiaires;isDirectToDMP;identDMP;isDirectToMSSPro;adresseBoiteMSSPro;isDirectToMSSCitoyen;adresseBoiteMSSCitoyen';
const ROW = 'FINBIO000006;00001;15/03/2024;27 450,00;27 450,00;999999991|999999992;oui;1999999991;Oui;labo@labo.mssante.fr;non;';
const pdf = () => 'PDF' as const;

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

describe('readDemandesCsv', () => {
  it('reads a French spreadsheet row into a demand', () => {
    const { demandes, problems } = readDemandesCsv(`${HEADER}\n${ROW}\n`, pdf);
    expect(problems).toEqual([]);
    expect(demandes).toHaveLength(1);
    expect(demandes[0]).toMatchObject({
      line: 2,
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
    const { demandes, problems } = readDemandesCsv(text, pdf);
    expect(problems).toEqual([]);
    expect(demandes[0]?.demande.montantSegurHTFacture).toBe('27 450,00');
  });

  it('takes the pieces from the facture and va columns, with their format from the extension', () => {
    const { demandes } = readDemandesCsv(`${HEADER};facture;va\n${ROW};F-2024-001.PDF;aptitude.jpeg\n`, () => undefined);
    expect(demandes[0]?.sources).toEqual({ facture: 'F-2024-001.PDF', va: 'aptitude.jpeg' });
    expect(demandes[0]?.demande.piecesJustificatives.map((p) => p.formatFichier)).toEqual(['PDF', 'JPG']);
  });

  it('locates every bad cell by line and column, and gives no demand for that row', () => {
    const text = `${HEADER};facture;va\n${ROW};f.doc;\n${ROW.replace('oui', 'peut-être')};f.pdf;v.pdf\n`;
    const { demandes, problems } = readDemandesCsv(text, () => undefined);
    expect(demandes).toEqual([]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'facture'],
      [2, 'va'],
      [3, 'isDirectToDMP'],
    ]);
  });

  it('counts lines in the file, quoted line breaks included', () => {
    const text = `${HEADER}\n"FINBIO000006";00001;15/03/2024;1,00;;"999999991";non;;non;;non;\n${ROW.replace('FINBIO000006', '"FINBIO\n000007"')}\n${ROW}`;
    const { demandes } = readDemandesCsv(text, pdf);
    expect(demandes.map((d) => d.line)).toEqual([2, 3, 5]);
  });

  it('refuses unknown and missing columns on the header line', () => {
    const { problems } = readDemandesCsv('numeroASP;numero_editeur\nFINBIO000006;1\n', pdf);
    expect(problems[0]).toMatchObject({ line: 1, column: 'numero_editeur' });
    const missing = readDemandesCsv('numeroASP\nFINBIO000006\n', pdf).problems;
    expect(missing.map((p) => p.column)).toContain('dateFacture');
  });

  it('reports a row with the wrong number of cells', () => {
    const { problems } = readDemandesCsv(`${HEADER}\n${ROW};extra\n`, pdf);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(2);
  });

  it('reads an empty file as no demand', () => {
    expect(readDemandesCsv('', pdf)).toEqual({ demandes: [], problems: [] });
  });

  it('knows the formats by extension', () => {
    expect(['a.pdf', 'b.PNG', 'c.jpg', 'd.JPEG', 'e.xml', 'f.doc', 'g'].map(formatOfFile)).toEqual(['PDF', 'PNG', 'JPG', 'JPG', 'XML', undefined, undefined]);
  });
});

describe('demandesCsv (retour --csv)', () => {
  it('writes requests as the CSV build reads, losing nothing it can carry', async () => {
    const { demandesCsv } = await import('../../src/cli/csv/write-demandes-csv.js');
    const { validFile } = await import('../helpers/valid-file.js');
    const file = validFile(2);
    file.lignesImport[1]!.facture.montantSegurHTFacture = 1500.5;
    file.lignesImport[1]!.scenarioInstallation = { ...file.lignesImport[1]!.scenarioInstallation, isDirectToDMP: false, identDMP: null };
    const text = demandesCsv(file);
    expect(text.startsWith('\uFEFFnumeroASP;numeroEditeur;')).toBe(true);
    const { demandes, problems } = readDemandesCsv(text.slice(1), () => 'PDF');
    expect(problems).toEqual([]);
    expect(demandes.map((d) => [d.demande.numeroEditeur, d.demande.montantSegurHTFacture, d.demande.isDirectToDMP, d.demande.identDMP])).toEqual([
      ['00001', '27450,00', true, ['1750000010']],
      ['00002', '1500,50', false, null],
    ]);
    expect(demandes[0]?.demande.beneficiaires).toEqual(['750000010', '750000028']);
  });

  it('writes odd values as they are (a returned file may hold anything)', async () => {
    const { demandesCsv } = await import('../../src/cli/csv/write-demandes-csv.js');
    const odd = { impId: null, numeroAns: 'A', SIRET: 'S', lignesImport: [{ numeroASP: 7, facture: { montantSegurHTFacture: '12,5' }, beneficiaires: 'x', scenarioInstallation: { isDirectToDMP: 'oui' } }, 'not a line'] };
    const rows = demandesCsv(odd as never).split('\r\n');
    expect(rows[1]).toBe('7;;;12,5;;x;oui;;;;;;;');
    expect(rows[2]).toBe(';;;;;;;;;;;;;');
  });
});
