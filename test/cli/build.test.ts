import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILD_HELP } from '../../src/cli/commands/build.js';
import { DEFAULT_MAX_ZIP_BYTES, MAX_LINES, validateSoldeFile } from '../../src/index.js';
import { checkPiecesZip } from '../../src/zip/index.js';
import { CLI_RUNNERS } from '../helpers/run-cli.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const DEPOSIT = new Date('2024-03-20T11:00:00Z');
const HEADER = 'numeroASP;numeroEditeur;dateFacture;montantSegurHTFacture;montantBonDeCommande;beneficiaires;isDirectToDMP;identDMP;isDirectToMSSPro;adresseBoiteMSSPro;isDirectToMSSCitoyen;adresseBoiteMSSCitoyen';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let dir: string;

/** The CSV lines (header first) of `count` valid requests, their pieces written into `pieces`. */
function manyRequests(count: number, pieces: string): string[] {
  mkdirSync(pieces);
  const rows = [HEADER];
  for (let i = 1; i <= count; i++) {
    const ed = String(i).padStart(5, '0');
    writeFileSync(join(pieces, `BIO-SGL-Va1-FACTURE-${ed}.pdf`), PDF);
    writeFileSync(join(pieces, `BIO-SGL-Va1-VA-${ed}.pdf`), PDF);
    rows.push(`FINBIO${String(i).padStart(6, '0')};${ed};15/03/2024;1 000,00;;750000010;non;;non;;non;`);
  }
  return rows;
}
describe.each(CLI_RUNNERS)('%s', (_runner, segurSolde) => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'segur-build-'));
  });

  const args = (csv: string, pieces: string, out: string, ...more: string[]) => [
    'build', '--csv', csv, '--pieces', pieces, '--ans', 'ANS0000001', '--siret', '73282932000074', '--deposit-date', '2024-03-20', '--out', out, ...more,
  ];

  describe('segur-solde build', () => {
    it('builds the bundled example: a JSON and its zip, named, valid, and what to type on the portal', async () => {
      const out = join(dir, 'out');
      const { code, stdout } = await segurSolde(args(join(EXAMPLES, 'demandes.csv'), join(EXAMPLES, 'pieces'), out));
      expect(code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(['JSON-ANS0000001-20240320-001.json', 'JSON-ANS0000001-20240320-001.zip']);
      expect(stdout).toContain('type de demande « solde » ; numéro ANS ANS0000001 ; 4 demande(s).\n  Dossiers ASP (4) :\n    FINBIO000006, FINBIO000007, FINBIO000011, FINBIO000012\n');
      expect(stdout).toMatch(/ligne 2, colonne beneficiaires : FINESS_KEY/);
      const json = readFileSync(join(out, 'JSON-ANS0000001-20240320-001.json'), 'utf8');
      expect(json).toContain('"montantSegurHTFacture": 27450.00');
      expect(json).toContain('"montantSegurHTFacture": 18900.50');
      const report = await checkPiecesZip(readFileSync(join(out, 'JSON-ANS0000001-20240320-001.zip')), json, { depositDate: DEPOSIT });
      expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    });

    it('takes --deposit-date as JJ/MM/AAAA, as the CSV writes dates, and names the files by that day', async () => {
      const out = join(dir, 'out');
      const given = args(join(EXAMPLES, 'demandes.csv'), join(EXAMPLES, 'pieces'), out).map((a) => (a === '2024-03-20' ? '20/03/2024' : a));
      const { code } = await segurSolde(given);
      expect(code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(['JSON-ANS0000001-20240320-001.json', 'JSON-ANS0000001-20240320-001.zip']);
      const bad = await segurSolde(given.map((a) => (a === '20/03/2024' ? '31/04/2024' : a)));
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('JJ/MM/AAAA ou AAAA-MM-JJ');
    });

    it('reads a Windows-1252 CSV with ; and decimal commas, pieces named by the facture and va columns', async () => {
      const pieces = join(dir, 'scans');
      mkdirSync(pieces);
      writeFileSync(join(pieces, 'Facture Société n°1.pdf'), PDF);
      writeFileSync(join(pieces, 'Vérification.pdf'), PDF);
      const csv = `${HEADER};facture;va\r\nFINBIO000006;00001;15/03/2024;1 234,50;;750000010;non;;oui;labo@labo.mssante.fr;non;;Facture Société n°1.pdf;Vérification.pdf\r\n`;
      writeFileSync(join(dir, 'win.csv'), iconv.encode(csv, 'win1252'));
      const out = join(dir, 'out');
      const { code, stderr } = await segurSolde(args(join(dir, 'win.csv'), pieces, out));
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const json = readFileSync(join(out, 'JSON-ANS0000001-20240320-001.json'), 'utf8');
      expect(json).toContain('"montantSegurHTFacture": 1234.50');
      expect(json).toContain('"nomFichier": "BIO-SGL-Va1-FACTURE-00001.pdf"');
    });

    it('reads a UTF-8 CSV with a BOM and the comma delimiter', async () => {
      const out = join(dir, 'out');
      const text = readFileSync(join(EXAMPLES, 'demandes.csv'), 'utf8')
        .split('\n')
        .map((line) => line.split(';').map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(','))
        .join('\n');
      writeFileSync(join(dir, 'bom.csv'), `\uFEFF${text}`);
      expect((await segurSolde(args(join(dir, 'bom.csv'), join(EXAMPLES, 'pieces'), out))).code).toBe(0);
    });

    it('names the row and column of every bad cell and writes nothing', async () => {
      const lines = readFileSync(join(EXAMPLES, 'demandes.csv'), 'utf8').split('\n');
      lines[2] = lines[2]!.replace('18/03/2024', '31/02/2024');
      lines[4] = lines[4]!.replace('9 875,25', '9 875,255');
      writeFileSync(join(dir, 'bad.csv'), lines.join('\n'));
      const out = join(dir, 'out');
      const { code, stderr } = await segurSolde(args(join(dir, 'bad.csv'), join(EXAMPLES, 'pieces'), out));
      expect(code).toBe(1);
      expect(stderr).toMatch(/bad\.csv ligne 3, colonne dateFacture : DATE_INVALID/);
      expect(stderr).toMatch(/bad\.csv ligne 5, colonne montantSegurHTFacture : AMOUNT_DECIMALS/);
      expect(stderr).toContain('rien n’a été écrit');
      expect(existsSync(out)).toBe(false);
    });

    it('writes nothing when a piece is missing or not of its format, and names the piece column', async () => {
      const pieces = join(dir, 'pieces');
      cpSync(join(EXAMPLES, 'pieces'), pieces, { recursive: true });
      writeFileSync(join(pieces, 'BIO-SGL-Va1-VA-00002.pdf'), 'not a pdf');
      const out = join(dir, 'out');
      const { code, stderr } = await segurSolde(args(join(EXAMPLES, 'demandes.csv'), pieces, out, '--lang', 'en'));
      expect(code).toBe(1);
      expect(stderr).toMatch(/line 3, column va : ZIP_PIECE_CONTENT_MISMATCH/);
      expect(existsSync(out)).toBe(false); // not even the folder: as it was
    });

    it('reports a piece absent from the folder on its row', async () => {
      const pieces = join(dir, 'pieces');
      cpSync(join(EXAMPLES, 'pieces'), pieces, { recursive: true });
      const csv = readFileSync(join(EXAMPLES, 'demandes.csv'), 'utf8').replace('00004', '00009');
      writeFileSync(join(dir, 'absent.csv'), csv);
      const { code, stderr } = await segurSolde(args(join(dir, 'absent.csv'), pieces, join(dir, 'out')));
      expect(code).toBe(1);
      expect(stderr).toMatch(/ligne 5, colonne facture : pièce FACTURE introuvable/);
    });

    it('splits 450 requests into 3 deposits of 200, 200 and 50, numbered from --first-sequence', async () => {
      const pieces = join(dir, 'pieces');
      const rows = manyRequests(450, pieces);
      writeFileSync(join(dir, 'big.csv'), rows.join('\n'));
      const out = join(dir, 'out');
      const { code, stdout } = await segurSolde(args(join(dir, 'big.csv'), pieces, out, '--first-sequence', '2'));
      expect(code).toBe(0);
      expect(readdirSync(out).sort()).toEqual([
        'JSON-ANS0000001-20240320-002.json',
        'JSON-ANS0000001-20240320-002.zip',
        'JSON-ANS0000001-20240320-003.json',
        'JSON-ANS0000001-20240320-003.zip',
        'JSON-ANS0000001-20240320-004.json',
        'JSON-ANS0000001-20240320-004.zip',
      ]);
      const sizes = ['002', '003', '004'].map((n) => validateSoldeFile(readFileSync(join(out, `JSON-ANS0000001-20240320-${n}.json`), 'utf8'), { depositDate: DEPOSIT }));
      expect(sizes.map((r) => [r.ok, r.summary.requestCount])).toEqual([[true, 200], [true, 200], [true, 50]]);
      expect(stdout.match(/type de demande « solde »/g)).toHaveLength(3);
    });

    it('refuses a day past 999 files', async () => {
      const { code, stderr } = await segurSolde(args(join(EXAMPLES, 'demandes.csv'), join(EXAMPLES, 'pieces'), join(dir, 'out'), '--first-sequence', '999', '--encoding', 'utf8'));
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect((await segurSolde(args(join(EXAMPLES, 'demandes.csv'), join(EXAMPLES, 'pieces'), join(dir, 'out2'), '--first-sequence', '1000'))).code).toBe(2);
    });

    it('refuses a request whose pieces alone exceed --max-zip-bytes, naming its row, and writes nothing', async () => {
      const out = join(dir, 'out');
      const { code, stderr } = (await segurSolde(args(join(EXAMPLES, 'demandes.csv'), join(EXAMPLES, 'pieces'), out, '--max-zip-bytes', '1000')));
      expect(code).toBe(1);
      expect(stderr).toMatch(/demandes\.csv ligne 2, colonne .* : ZIP_TOO_LARGE/);
      expect(existsSync(out)).toBe(false);
    });

    it('splits on --max-zip-bytes: one deposit per request when each zip can hold only one', async () => {
      const out = join(dir, 'out');
      expect((await segurSolde(args(join(EXAMPLES, 'demandes.csv'), join(EXAMPLES, 'pieces'), out, '--max-zip-bytes', '3000'))).code).toBe(0);
      expect(readdirSync(out).filter((f) => f.endsWith('.zip'))).toHaveLength(4);
    });

    it.each([
      [['build'], 'no option'],
      [[...args('a.csv', 'p', 'o'), '--max-zip-bytes', '2e9x'], 'a bad --max-zip-bytes'],
      [['build', '--csv', 'a.csv'], 'missing options'],
      [[...args('a.csv', 'p', 'o'), '--encoding', 'latin9'], 'a bad encoding'],
      [[...args('a.csv', 'p', 'o'), 'extra'], 'a stray argument'],
    ])('exits 2 on a usage error: %s', async (argv) => {
      expect((await segurSolde(argv, dir)).code).toBe(2);
    });

    it('refuses a day that would go past 999 files, and a facture column naming a file that is not there', async () => {
      const pieces = join(dir, 'pieces');
      const rows = manyRequests(201, pieces);
      writeFileSync(join(dir, 'many.csv'), rows.join('\n'));
      const overflow = (await segurSolde(args(join(dir, 'many.csv'), pieces, join(dir, 'out'), '--first-sequence', '999')));
      expect(overflow.code).toBe(1);
      expect(overflow.stderr).toMatch(/999/);
      writeFileSync(join(dir, 'named.csv'), `${HEADER};facture;va\n${rows[1] ?? ''};absente.pdf;BIO-SGL-Va1-VA-00001.pdf\n`);
      const absent = (await segurSolde(args(join(dir, 'named.csv'), pieces, join(dir, 'out'), '--lang', 'en')));
      expect(absent.code).toBe(1);
      expect(absent.stderr).toMatch(/line 2, column facture : attachment not found: .*absente\.pdf/);
    });

    it('exits 2 on a CSV announced as UTF-8 by its BOM whose bytes are not', async () => {
      writeFileSync(join(dir, 'broken.csv'), Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xe9, 0x0a]));
      const { code, stderr } = (await segurSolde(args(join(dir, 'broken.csv'), join(EXAMPLES, 'pieces'), join(dir, 'out'))));
      expect(code).toBe(2);
      expect(stderr).toContain('UTF-8');
    });

    it('exits 2 when the CSV or the pieces folder cannot be read', async () => {
      expect((await segurSolde(args(join(dir, 'absent.csv'), join(EXAMPLES, 'pieces'), join(dir, 'out')))).code).toBe(2);
      expect((await segurSolde(args(join(EXAMPLES, 'demandes.csv'), join(dir, 'absent'), join(dir, 'out')))).code).toBe(2);
    });
  });
});

describe('segur-solde build --help', () => {
  it('states the request and zip limits from their one definition (MAX_LINES, DEFAULT_MAX_ZIP_BYTES)', () => {
    expect(BUILD_HELP).toContain(`≤ ${MAX_LINES} demandes, zip ≤ ${DEFAULT_MAX_ZIP_BYTES / 1_000_000} Mo`);
    expect(BUILD_HELP).toContain(`(défaut ${DEFAULT_MAX_ZIP_BYTES} : « ${DEFAULT_MAX_ZIP_BYTES / 1_000_000} Mo »)`);
  });
});
