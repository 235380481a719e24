import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/csv/columns.js';
import { CLI_RUNNERS } from '../helpers/run-cli.js';

/** Tests that spawn the command several times: a loaded machine needs more than vitest's 5 s. */
const SLOW = 60_000;
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const HEADER = 'numeroASP;numeroEditeur;dateFacture;montantSegurHTFacture;montantBonDeCommande;beneficiaires;isDirectToDMP;identDMP;isDirectToMSSPro;adresseBoiteMSSPro;isDirectToMSSCitoyen;adresseBoiteMSSCitoyen';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);
const row = (editeur: string, more = ''): string => `FINBIO0000${editeur.slice(-2)};${editeur};15/03/2024;1 000,00;;750000010;non;;non;;non;${more}`;

let dir: string;

describe.each(CLI_RUNNERS)('%s', (_runner, segurSolde) => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'segur-csv-'));
  });

  const build = (csv: string, pieces: string, out: string, ...more: string[]) =>
    segurSolde(['build', '--csv', csv, '--pieces', pieces, '--ans', 'ANS0000001', '--siret', '73282932000074', '--deposit-date', '2024-03-20', '--out', out, ...more]);
  const write = (name: string, text: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const examplePieces = (): string => {
    const pieces = join(dir, 'pieces');
    cpSync(join(EXAMPLES, 'pieces'), pieces, { recursive: true });
    return pieces;
  };

  describe('build: what the CSV may hold', () => {
    it('refuses a column given twice, naming both, and writes nothing', async () => {
      const csv = readFileSync(join(EXAMPLES, 'demandes.csv'), 'utf8').replace(/\n/g, ';999999991\n').replace('adresseBoiteMSSCitoyen;999999991', 'adresseBoiteMSSCitoyen;beneficiaires');
      const out = join(dir, 'out');
      const { code, stderr } = await build(write('twice.csv', csv), join(EXAMPLES, 'pieces'), out);
      expect(code).toBe(1);
      expect(stderr).toContain('ligne 1, colonne beneficiaires : la colonne « beneficiaires » est donnée plusieurs fois (colonnes F (6), M (13))');
      expect(existsSync(out)).toBe(false);
    });

    it.each([
      ['an empty CSV', ''],
      ['a header-only CSV', `${HEADER}\r\n`],
      ["a CSV of Excel's empty rows", `${HEADER}\r\n;;;;;;;;;;;\r\n;;;;;;;;;;;\r\n`],
    ])('exits 2 on %s, saying so, and creates no out folder', async (_name, text) => {
      const out = join(dir, 'out');
      const { code, stdout, stderr } = await build(write('empty.csv', text), join(EXAMPLES, 'pieces'), out);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('empty.csv : aucune demande (fichier vide, ou la seule ligne d’en-tête)');
      expect(existsSync(out)).toBe(false);
    });

    it("skips Excel's trailing ;;;; rows", async () => {
      const csv = `${readFileSync(join(EXAMPLES, 'demandes.csv'), 'utf8').trimEnd()}\r\n;;;;;;;;;;;\r\n;;;;;;;;;;;\r\n`;
      const { code, stderr } = await build(write('trailing.csv', csv), join(EXAMPLES, 'pieces'), join(dir, 'out'));
      expect(stderr).toBe('');
      expect(code).toBe(0);
    });

    it('refuses an unknown column saying which it resembles, and accepts it with --ignore-column', async () => {
      const csv = readFileSync(join(EXAMPLES, 'demandes.csv'), 'utf8')
        .split('\n')
        .map((line, i) => (line === '' ? line : `${line};${i === 0 ? 'montantBonDeComande;Commentaire' : ';vu'}`))
        .join('\n');
      const path = write('typo.csv', csv);
      const refused = await build(path, join(EXAMPLES, 'pieces'), join(dir, 'out'), '--lang', 'en');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('column montantBonDeComande : unknown column "montantBonDeComande": did you mean "montantBonDeCommande"?');
      expect(refused.stderr).toContain('unknown column "Commentaire". To read the file without it: --ignore-column "Commentaire"');
      const out = join(dir, 'out');
      const accepted = await build(path, join(EXAMPLES, 'pieces'), out, '--ignore-column', 'montantBonDeComande', '--ignore-column', 'Commentaire');
      expect(accepted.stderr).toBe('');
      expect(accepted.code).toBe(0);
      expect(readdirSync(out)).toHaveLength(2);
    });

    it('reads amounts with a trailing € or EUR, no-break spaces included', async () => {
      const csv = readFileSync(join(EXAMPLES, 'demandes.csv'), 'utf8').replace('27 450,00;27 450,00', '27\u202F450,00\u00A0€;27 450,00 EUR').replace('9 875,25', '9 875,25 €');
      const out = join(dir, 'out');
      const { code, stderr } = await build(write('euros.csv', csv), join(EXAMPLES, 'pieces'), out);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const json = readFileSync(join(out, 'JSON-ANS0000001-20240320-001.json'), 'utf8');
      expect(json).toContain('"montantSegurHTFacture": 27450.00');
      expect(json).toContain('"montantSegurHTFacture": 9875.25');
    });

    it('finds a .jpeg piece in the folder and zips it under its canonical .jpg name', async () => {
      const pieces = examplePieces();
      writeFileSync(join(pieces, 'BIO-SGL-Va1-VA-00001.jpeg'), JPEG);
      const { rmSync } = await import('node:fs');
      rmSync(join(pieces, 'BIO-SGL-Va1-VA-00001.pdf'));
      const out = join(dir, 'out');
      const { code, stderr } = await build(join(EXAMPLES, 'demandes.csv'), pieces, out);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(readFileSync(join(out, 'JSON-ANS0000001-20240320-001.json'), 'utf8')).toContain('"nomFichier": "BIO-SGL-Va1-VA-00001.jpg"');
      const zip = await JSZip.loadAsync(readFileSync(join(out, 'JSON-ANS0000001-20240320-001.zip')));
      expect(Object.keys(zip.files)).toContain('BIO-SGL-Va1-VA-00001.jpg');
    });

    it('reports every problem of the CSV, the pieces and the data in one pass, each piece problem naming the files looked for', async () => {
      const pieces = examplePieces();
      writeFileSync(join(pieces, 'BIO-SGL-Va1-VA-00002.pdf'), 'not a pdf');
      const lines = readFileSync(join(EXAMPLES, 'demandes.csv'), 'utf8').split('\n');
      lines[1] = lines[1]!.replace(';non;;non;;non;', ';peut-être;;non;;non;');
      lines[2] = lines[2]!.replace('18/03/2024', '31/02/2024').replace('18 900,50', '18 900,50 $');
      lines[3] = lines[3]!.replace('00003', '3');
      lines[4] = lines[4]!.replace('00004', '00009');
      const out = join(dir, 'out');
      const { code, stderr } = await build(write('all.csv', lines.join('\n')), pieces, out);
      expect(code).toBe(1);
      const reported = stderr.split('\n').filter((l) => l.startsWith('✗'));
      expect(reported.map((l) => /ligne (\d+), colonne (\S+)/.exec(l)?.slice(1).join(' '))).toEqual([
        '2 isDirectToDMP',
        '3 montantSegurHTFacture',
        '3 va',
        '3 dateFacture',
        '4 numeroEditeur',
        '5 facture',
        '5 va',
      ]);
      expect(stderr).toContain('« 18 900,50 $ » n’est pas un montant');
      expect(stderr).not.toContain('JSON');
      expect(stderr).toContain('Excel a peut-être supprimé les zéros de tête : 00003 ?');
      expect(stderr).toContain(`pièce FACTURE introuvable : aucun de BIO-SGL-Va1-FACTURE-00009.pdf, BIO-SGL-Va1-FACTURE-00009.png, BIO-SGL-Va1-FACTURE-00009.jpg, BIO-SGL-Va1-FACTURE-00009.jpeg, BIO-SGL-Va1-FACTURE-00009.xml dans ${pieces}`);
      expect(stderr).toMatch(/ligne 3, colonne va : ZIP_PIECE_CONTENT_MISMATCH .*BIO-SGL-Va1-VA-00002\.pdf/);
      expect(stderr).toContain('7 problème(s) : rien n’a été écrit.');
      expect(existsSync(out)).toBe(false);
    }, SLOW);

    it('wraps the ASP file numbers of a large deposit', async () => {
      const pieces = join(dir, 'many');
      mkdirSync(pieces);
      const rows = [HEADER];
      for (let i = 1; i <= 166; i++) {
        const ed = String(i).padStart(5, '0');
        writeFileSync(join(pieces, `BIO-SGL-Va1-FACTURE-${ed}.pdf`), PDF);
        writeFileSync(join(pieces, `BIO-SGL-Va1-VA-${ed}.pdf`), PDF);
        rows.push(`FINBIO${String(i).padStart(6, '0')};${ed};15/03/2024;1 000,00;;750000010;non;;non;;non;`);
      }
      const { code, stdout } = await build(write('many.csv', rows.join('\n')), pieces, join(dir, 'out'));
      expect(code).toBe(0);
      const lines = stdout.split('\n');
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(80 + dir.length + 80);
      const numbers = lines.filter((l) => l.startsWith('    FINBIO'));
      expect(numbers.length).toBeGreaterThan(20);
      for (const line of numbers) expect(line.length).toBeLessThanOrEqual(80);
      expect(numbers.join(' ').match(/FINBIO\d{6}/g)).toHaveLength(166);
    }, SLOW);
  });

  describe('the CSV round trip: build → portal return → retour --csv → build', () => {
    it('carries montantBonDeCommande and the custom piece names, neutralises formula cells, and builds again', async () => {
      const pieces = join(dir, 'scans');
      mkdirSync(pieces);
      for (const name of ['Facture n°1.pdf', 'Aptitude 1.jpeg', 'Facture n°2.PDF', 'Aptitude 2.pdf']) writeFileSync(join(pieces, name), name.includes('jpeg') ? JPEG : PDF);
      const source = write(
        'demandes.csv',
        [
          `${HEADER};facture;va`,
          `FINBIO000001;00001;15/03/2024;27 450,00 €;30 000,00;750000010;non;;non;;non;;Facture n°1.pdf;Aptitude 1.jpeg`,
          `FINBIO000002;00002;19/03/2024;1 000,00;1 200,00 €;750000010;non;;non;;non;;Facture n°2.PDF;Aptitude 2.pdf`,
        ].join('\r\n'),
      );
      const out = join(dir, 'out');
      expect((await build(source, pieces, out)).code).toBe(0);
      const deposit = join(out, 'JSON-ANS0000001-20240320-001.json');
      // The portal's return, simulated: on the 18th, the invoice of the 19th is in the future.
      const simulated = await segurSolde(['simulate', deposit, '--deposit-date', '2024-03-18', '--out', join(dir, 'retour.json')]);
      expect(simulated.code).toBe(1);
      const corrections = join(dir, 'corrections');
      const retour = await segurSolde(['retour', join(dir, 'retour.json'), '--csv', '--demandes', source, '--out', corrections]);
      expect(retour.code).toBe(1);
      expect(retour.stdout).not.toContain('laissées vides');
      const csvPath = join(corrections, 'a-corriger-retour.csv');
      const csv = readFileSync(csvPath, 'utf8');
      expect(csv.split('\r\n')).toEqual([`\uFEFF${CSV_COLUMNS.join(';')}`, 'FINBIO000002;00002;19/03/2024;1000,00;1 200,00 €;750000010;non;;non;;non;;Facture n°2.PDF;Aptitude 2.pdf', '']);
      const again = join(dir, 'again');
      const rebuilt = await build(csvPath, pieces, again);
      expect(rebuilt.stderr).toBe('');
      expect(rebuilt.code).toBe(0);
      const json = readFileSync(join(again, 'JSON-ANS0000001-20240320-001.json'), 'utf8');
      expect(json).toContain('"numeroEditeur": "00002"');
      expect(json).toContain('"nomFichier": "BIO-SGL-Va1-FACTURE-00002.pdf"');
    }, SLOW);

    it('without --demandes, says which columns are left empty; a formula in the return opens as text', async () => {
      const { serializeSoldeFile } = await import('../../src/index.js');
      const { validFile } = await import('../helpers/valid-file.js');
      const file = JSON.parse(serializeSoldeFile(validFile(1))) as { impId: unknown; lignesImport: Record<string, unknown>[] };
      file.impId = 1;
      file.lignesImport[0]!.numeroASP = '=HYPERLINK("http://evil","FINBIO")';
      file.lignesImport[0]!.codeTraitement = 'E1';
      file.lignesImport[0]!.libelleTraitement = 'Numéro de dossier inconnu';
      const path = write('evil.json', JSON.stringify(file, null, 2));
      const { code, stdout } = await segurSolde(['retour', path, '--csv', '--out', join(dir, 'c')]);
      expect(code).toBe(1);
      expect(stdout).toContain('Colonnes montantBonDeCommande, facture et va laissées vides');
      const cells = readFileSync(join(dir, 'c', 'a-corriger-evil.csv'), 'utf8').split('\r\n')[1]?.split(';');
      expect(cells?.[0]).toBe('"\'=HYPERLINK(""http://evil"",""FINBIO"")"');
    }, SLOW);

    it('names the requests it could not find in --demandes, and refuses a --demandes it cannot use', async () => {
      const pieces = examplePieces();
      const out = join(dir, 'out');
      expect((await build(join(EXAMPLES, 'demandes.csv'), pieces, out)).code).toBe(0);
      const deposit = join(out, 'JSON-ANS0000001-20240320-001.json');
      expect((await segurSolde(['simulate', deposit, '--deposit-date', '2024-03-14', '--out', join(dir, 'r.json')])).code).toBe(1);
      const other = write('other.csv', `${HEADER}\n${row('00001')}\n`);
      const partial = await segurSolde(['retour', join(dir, 'r.json'), '--csv', '--demandes', other, '--out', join(dir, 'c'), '--lang', 'en']);
      expect(partial.stdout).toContain('left empty for 3 request(s) absent from the CSV given by --demandes, or present more than once (numeroEditeur 00001, 00002, 00003)');
      expect((await segurSolde(['retour', join(dir, 'r.json'), '--csv', '--demandes', write('e.csv', HEADER), '--out', join(dir, 'c')])).code).toBe(2);
      expect((await segurSolde(['retour', join(dir, 'r.json'), '--csv', '--demandes', write('bad.csv', 'numero;x\n1;2\n'), '--out', join(dir, 'c')])).code).toBe(2);
      expect((await segurSolde(['retour', join(dir, 'r.json'), '--csv', '--demandes', join(dir, 'absent.csv'), '--out', join(dir, 'c')])).code).toBe(2);
      expect((await segurSolde(['retour', join(dir, 'r.json'), '--demandes', other])).code).toBe(2);
      const ignored = write('ignored.csv', `${HEADER};note\n${row('00001', ';x')}\n`);
      expect((await segurSolde(['retour', join(dir, 'r.json'), '--csv', '--demandes', ignored, '--ignore-column', 'note', '--out', join(dir, 'c'), '--overwrite'])).code).toBe(1);
    }, SLOW);
  });

  describe('segur-solde modele-csv', () => {
    it('writes the template build reads, and never replaces a file unless --overwrite', async () => {
      const path = join(dir, 'modele.csv');
      const first = await segurSolde(['modele-csv', path]);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('UTF-8 + BOM');
      const bytes = readFileSync(path);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(';')}`);
      const pieces = examplePieces();
      expect((await build(path, pieces, join(dir, 'out'))).code).toBe(0);

      writeFileSync(path, 'mes demandes');
      const refused = await segurSolde(['modele-csv', path, '--lang', 'en']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('already exists: nothing was written (--overwrite to replace it)');
      expect(readFileSync(path, 'utf8')).toBe('mes demandes');

      const replaced = await segurSolde(['modele-csv', path, '--overwrite', '--encoding', 'win1252']);
      expect(replaced.code).toBe(0);
      expect(replaced.stdout).toContain('Windows-1252');
      expect(readFileSync(path)[0]).toBe(0x6e);
    }, SLOW);

    it('writes demandes.csv in the working folder by default, and exits 2 on a usage error or a folder it cannot write', async () => {
      if (_runner.startsWith('built')) {
        expect((await segurSolde(['modele-csv'], dir)).code).toBe(0);
        expect(existsSync(join(dir, 'demandes.csv'))).toBe(true);
      }
      expect((await segurSolde(['modele-csv', '--help'])).stdout).toContain('segur-solde modele-csv');
      expect((await segurSolde(['modele-csv', join(dir, 'a.csv'), 'b.csv'])).code).toBe(2);
      expect((await segurSolde(['modele-csv', join(dir, 'a.csv'), '--encoding', 'latin9'])).code).toBe(2);
      expect((await segurSolde(['modele-csv', join(dir, 'absent', 'a.csv')])).code).toBe(2);
    });

    it('writes as every command writes: a link is a file that exists, --overwrite replaces the link and never writes through it, no .part is left', async () => {
      const precious = write('precieux.csv', 'mes demandes');
      const link = join(dir, 'lien.csv');
      symlinkSync(precious, link);
      const refused = await segurSolde(['modele-csv', link]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('existe déjà : rien n’a été écrit (--overwrite pour le remplacer)');
      const dangling = join(dir, 'pendant.csv');
      symlinkSync(join(dir, 'nulle-part.csv'), dangling);
      expect((await segurSolde(['modele-csv', dangling])).code).toBe(2);
      expect(existsSync(join(dir, 'nulle-part.csv'))).toBe(false);

      expect((await segurSolde(['modele-csv', link, '--overwrite'])).code).toBe(0);
      expect(readFileSync(precious, 'utf8')).toBe('mes demandes');
      expect(lstatSync(link).isSymbolicLink()).toBe(false);
      expect(readFileSync(link, 'utf8').split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(';')}`);
      expect((await segurSolde(['modele-csv', dir, '--overwrite'])).code).toBe(2);
      expect(readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
    });
  });
});
