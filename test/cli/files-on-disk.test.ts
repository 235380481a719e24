import { cpSync, existsSync, linkSync, mkdirSync, rmSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serializeSoldeFile } from '../../src/index.js';
import { CLI_RUNNERS } from '../helpers/run-cli.js';
import { validFile } from '../helpers/valid-file.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const valid = serializeSoldeFile(validFile(3));
const JSON_001 = 'JSON-ANS0000001-20240320-001.json';

let dir: string;
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const build = (out: string, ...more: string[]): string[] => [
  'build', '--csv', join(EXAMPLES, 'demandes.csv'), '--pieces', join(EXAMPLES, 'pieces'), '--ans', 'ANS0000001', '--siret', '73282932000074',
  '--deposit-date', '2024-03-20', '--out', out, ...more,
];
/** A portal return with request 1 rejected. */
const returned = (): string =>
  valid.replace('"codeTraitement": null', '"codeTraitement": "E12"').replace('"libelleTraitement": null', '"libelleTraitement": "Facture illisible"');

describe.each(CLI_RUNNERS)('%s', (_runner, segurSolde) => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'segur-files-'));
  });

  describe('build never replaces a deposit unless --overwrite', () => {
    it('refuses a second run into the same --out, leaving yesterday’s files as they were', async () => {
      const out = join(dir, 'out');
      expect((await segurSolde(build(out))).code).toBe(0);
      writeFileSync(join(out, JSON_001), 'yesterday');
      const again = await segurSolde(build(out));
      expect(again.code).toBe(2);
      expect(again.stderr).toContain(`${join(out, JSON_001)} existe déjà : rien n’a été écrit (--overwrite pour le remplacer)`);
      expect(again.stderr.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(join(out, JSON_001), 'utf8')).toBe('yesterday');
      expect(readdirSync(out).sort()).toEqual([JSON_001, 'JSON-ANS0000001-20240320-001.zip']);
      const replaced = await segurSolde(build(out, '--overwrite'));
      expect(replaced.code).toBe(0);
      expect(readFileSync(join(out, JSON_001), 'utf8')).toContain('"lignesImport"');
      expect(readdirSync(out).sort()).toEqual([JSON_001, 'JSON-ANS0000001-20240320-001.zip']);
    });

    it('writes all deposits or none: a folder named like deposit 003 stops everything before a byte is written', async () => {
      const out = join(dir, 'out');
      mkdirSync(join(out, 'JSON-ANS0000001-20240320-003.json'), { recursive: true });
      for (const more of [[], ['--overwrite']]) {
        const { code, stderr } = await segurSolde(build(out, '--max-zip-bytes', '3000', ...more));
        expect(code).toBe(2);
        expect(stderr).toContain(`Impossible d’écrire ${join(out, 'JSON-ANS0000001-20240320-003.json')} : c’est un dossier, pas un fichier`);
        expect(stderr).not.toMatch(/\n\s+at /);
        expect(readdirSync(out)).toEqual(['JSON-ANS0000001-20240320-003.json']);
      }
    });

    it('leaves no folder behind when a refused piece stops the build, nor a staging folder', async () => {
      const pieces = join(dir, 'pieces');
      cpSync(join(EXAMPLES, 'pieces'), pieces, { recursive: true });
      const first = readdirSync(pieces).sort()[0] ?? '';
      rmSync(join(pieces, first));
      mkdirSync(join(pieces, first));
      const out = join(dir, 'new', 'sub');
      const args = build(out).map((a) => (a === join(EXAMPLES, 'pieces') ? pieces : a));
      const { code, stderr } = await segurSolde(args);
      expect(code).toBe(1);
      expect(stderr).toContain(first);
      expect(existsSync(join(dir, 'new'))).toBe(false);
      mkdirSync(join(dir, 'kept'));
      const kept = await segurSolde(args.map((a) => (a === out ? join(dir, 'kept') : a)));
      expect(kept.code).toBe(1);
      expect(readdirSync(join(dir, 'kept'))).toEqual([]);
    });

    it('says it in English with --lang en', async () => {
      const out = join(dir, 'out');
      expect((await segurSolde(build(out))).code).toBe(0);
      const { code, stderr } = await segurSolde(build(out, '--lang', 'en'));
      expect(code).toBe(2);
      expect(stderr).toContain(`${join(out, JSON_001)} already exists: nothing was written (--overwrite to replace it)`);
    });
  });

  describe('simulate and retour never write over a file unless --overwrite, nor over their input at all', () => {
    it('refuses simulate v.json --out v.json, even with --overwrite, and through a symbolic or a hard link', async () => {
      const v = file('v.json', valid);
      symlinkSync(v, join(dir, 'symbolic.json'));
      linkSync(v, join(dir, 'hard.json'));
      for (const target of [v, join(dir, 'symbolic.json'), join(dir, 'hard.json')]) {
        for (const more of [[], ['--overwrite']]) {
          const { code, stderr } = await segurSolde(['simulate', v, '--out', target, '--deposit-date', '2024-03-20', ...more]);
          expect(code).toBe(2);
          expect(stderr).toContain(`segur-solde: ${target} est un des fichiers lus par la commande : il n’est jamais remplacé, même avec --overwrite`);
        }
      }
      expect(readFileSync(v, 'utf8')).toBe(valid);
    });

    it('refuses to replace the default target of simulate, and replaces it with --overwrite', async () => {
      const v = file('v.json', valid);
      const target = join(dir, 'v.retour-simule.json');
      expect((await segurSolde(['simulate', v, '--deposit-date', '2024-03-20'])).code).toBe(0);
      writeFileSync(target, 'before');
      const again = await segurSolde(['simulate', v, '--deposit-date', '2024-03-20', '--lang', 'en']);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain(`${target} already exists`);
      expect(readFileSync(target, 'utf8')).toBe('before');
      expect((await segurSolde(['simulate', v, '--deposit-date', '2024-03-20', '--overwrite'])).code).toBe(0);
      expect(readFileSync(target, 'utf8')).toContain('Demande acceptée');
    });

    it('writes both retour files or neither: an existing CSV stops the JSON too', async () => {
      const ret = file('r.json', returned());
      writeFileSync(join(dir, 'a-corriger-r.csv'), 'mine');
      const { code, stderr } = await segurSolde(['retour', ret, '--csv']);
      expect(code).toBe(2);
      expect(stderr).toContain(`${join(dir, 'a-corriger-r.csv')} existe déjà`);
      expect(readdirSync(dir).sort()).toEqual(['a-corriger-r.csv', 'r.json']);
      expect(readFileSync(join(dir, 'a-corriger-r.csv'), 'utf8')).toBe('mine');
      expect((await segurSolde(['retour', ret, '--csv', '--overwrite'])).code).toBe(1);
      expect(readFileSync(join(dir, 'a-corriger-r.csv'), 'utf8')).toContain('FINBIO000001');
      expect(readdirSync(dir).sort()).toEqual(['a-corriger-r.csv', 'a-corriger-r.json', 'r.json']);
    });
  });

  describe('an I/O failure is exit 2 and one line naming the path and the reason, never a stack trace', () => {
    const oneLine = (stderr: string): string => {
      expect(stderr).not.toMatch(/\n\s+at |ENOENT:|EISDIR:|ENOTDIR:|EEXIST:/);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      return stderr.trim();
    };

    it('build --out <a file>', async () => {
      const out = file('plain.txt', 'x');
      const { code, stderr } = await segurSolde(build(out));
      expect(code).toBe(2);
      expect(oneLine(stderr)).toBe(`segur-solde: Impossible d’écrire dans ${out} : ce n’est pas un dossier`);
    });

    it('build --out <a path under a file>', async () => {
      const out = join(file('plain.txt', 'x'), 'sub');
      const { code, stderr } = await segurSolde(build(out, '--lang', 'en'));
      expect(code).toBe(2);
      expect(oneLine(stderr)).toBe(`segur-solde: Cannot write into ${out}: it is not a folder`);
    });

    it('build with a CSV or a pieces folder that is not there', async () => {
      const csv = join(dir, 'nope.csv');
      const missing = await segurSolde(['build', '--csv', csv, '--pieces', dir, '--ans', 'ANS0000001', '--siret', '73282932000074']);
      expect(missing.code).toBe(2);
      expect(oneLine(missing.stderr)).toBe(`segur-solde: Impossible de lire ${csv} : fichier ou dossier introuvable`);
      const pieces = join(dir, 'nothing');
      const noFolder = await segurSolde(['build', '--csv', join(EXAMPLES, 'demandes.csv'), '--pieces', pieces, '--ans', 'ANS0000001', '--siret', '73282932000074', '--lang', 'en']);
      expect(noFolder.code).toBe(2);
      expect(oneLine(noFolder.stderr)).toBe(`segur-solde: Cannot read ${pieces}: no such file or folder`);
    });

    it('validate --zip <a folder>, validate <missing>', async () => {
      const v = file('v.json', valid);
      const folder = await segurSolde(['validate', v, '--zip', dir, '--deposit-date', '2024-03-20']);
      expect(folder.code).toBe(2);
      expect(oneLine(folder.stderr)).toBe(`segur-solde: Impossible de lire ${dir} : c’est un dossier, pas un fichier`);
      const missing = await segurSolde(['validate', join(dir, 'none.json'), '--lang', 'en']);
      expect(missing.code).toBe(2);
      expect(oneLine(missing.stderr)).toBe(`segur-solde: Cannot read ${join(dir, 'none.json')}: no such file or folder`);
      const zipMissing = await segurSolde(['validate', v, '--zip', join(dir, 'none.zip')]);
      expect(oneLine(zipMissing.stderr)).toBe(`segur-solde: Impossible de lire ${join(dir, 'none.zip')} : fichier ou dossier introuvable`);
    });

    it('simulate --out <a folder>', async () => {
      const v = file('v.json', valid);
      for (const more of [[], ['--overwrite']]) {
        const { code, stderr } = await segurSolde(['simulate', v, '--out', dir, '--deposit-date', '2024-03-20', ...more]);
        expect(code).toBe(2);
        expect(oneLine(stderr.split('\n').filter((l) => l.startsWith('segur-solde')).join('\n'))).toBe(`segur-solde: Impossible d’écrire ${dir} : c’est un dossier, pas un fichier`);
      }
    });

    it('simulate --out <in a folder that is not there>', async () => {
      const v = file('v.json', valid);
      const target = join(dir, 'no', 'such', 'r.json');
      const { code, stderr } = await segurSolde(['simulate', v, '--out', target, '--deposit-date', '2024-03-20', '--lang', 'en']);
      expect(code).toBe(2);
      expect(stderr).toContain(`segur-solde: Cannot write ${target}: no such file or folder`);
    });

    it('simulate --out <a path under a file>', async () => {
      const v = file('v.json', valid);
      const target = join(file('plain.txt', 'x'), 'r.json');
      const { code, stderr } = await segurSolde(['simulate', v, '--out', target, '--deposit-date', '2024-03-20']);
      expect(code).toBe(2);
      expect(stderr).toContain(`segur-solde: Impossible d’écrire ${target} : un élément du chemin n’est pas un dossier`);
    });

    it('retour --out <a file>', async () => {
      const ret = file('r.json', returned());
      const out = file('plain.txt', 'x');
      const { code, stderr } = await segurSolde(['retour', ret, '--out', out]);
      expect(code).toBe(2);
      expect(stderr).toContain(`segur-solde: Impossible d’écrire dans ${out} : ce n’est pas un dossier`);
      expect(stderr).not.toMatch(/\n\s+at /);
    });

    it('retour and modele name the file that is not what they read', async () => {
      const notReturn = file('nope.json', '[]');
      const retour = await segurSolde(['retour', notReturn]);
      expect(retour.code).toBe(2);
      expect(oneLine(retour.stderr)).toMatch(new RegExp(`^segur-solde: Impossible de lire ${notReturn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} : .+`));
      const notJson = file('model.json', '{');
      const modele = await segurSolde(['modele', notJson, '--lang', 'en']);
      expect(modele.code).toBe(2);
      expect(oneLine(modele.stderr).startsWith(`segur-solde: Cannot read ${notJson}: `)).toBe(true);
    });

    it('modele <a folder>, retour <a folder>', async () => {
      for (const command of ['modele', 'retour']) {
        const { code, stderr } = await segurSolde([command, dir, '--lang', 'en']);
        expect(code).toBe(2);
        expect(oneLine(stderr)).toBe(`segur-solde: Cannot read ${dir}: it is a folder, not a file`);
      }
    });
  });

  describe('the size limit applies before reading', () => {
    it('reports /dev/zero as too large, quickly, without reading it whole', async () => {
      const started = Date.now();
      const { code, stderr } = await segurSolde(['validate', '/dev/zero']);
      expect(code).toBe(2);
      expect(stderr.trim()).toBe(
        'segur-solde: Impossible de lire /dev/zero : fichier trop grand (plus de 20000000 octets, au-delà de la limite de 20000000 octets ; un fichier de 200 demandes fait quelques centaines de ko)',
      );
      expect(Date.now() - started).toBeLessThan(30_000);
    });

    it('bounds the CSV of build the same way', async () => {
      const pieces = join(dir, 'no-pieces');
      mkdirSync(pieces, { recursive: true });
      const built = await segurSolde(['build', '--csv', '/dev/zero', '--pieces', pieces, '--ans', 'ANS0000001', '--siret', '73282932000074', '--out', join(dir, 'never'), '--lang', 'en']);
      expect(built.code).toBe(2);
      expect(built.stderr.trim()).toMatch(/^segur-solde: Cannot read \/dev\/zero: file too large/);
      expect(existsSync(join(dir, 'never'))).toBe(false);
    });

    it('reports a 600 MB UTF-8 file as too large (its size, from the file system), not as "not UTF-8"', async () => {
      const big = join(dir, 'big.json');
      writeFileSync(big, '');
      const { truncateSync } = await import('node:fs');
      truncateSync(big, 600_000_000);
      for (const command of ['validate', 'simulate', 'retour', 'modele']) {
        const { code, stderr } = await segurSolde([command, big, '--lang', 'en']);
        expect(code).toBe(2);
        expect(stderr.trim()).toBe(`segur-solde: Cannot read ${big}: file too large (600000000 bytes, over the limit of 20000000 bytes; a 200-request file is a few hundred kB)`);
      }
    });

    it('still reports a file that is not UTF-8', async () => {
      const latin = join(dir, 'latin.json');
      writeFileSync(latin, Buffer.from([0x7b, 0xe9, 0x7d]));
      const { code, stderr } = await segurSolde(['validate', latin]);
      expect(code).toBe(2);
      expect(stderr.trim()).toBe(`segur-solde: Impossible de lire ${latin} : le texte n’est pas en UTF-8`);
    });
  });
});
