import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeSoldeFile, type ValidationReport } from '../../src/index.js';
import { CLI_RUNNERS } from '../helpers/run-cli.js';
import { validFile } from '../helpers/valid-file.js';

let dir: string;
const file = (name: string, text: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const valid = serializeSoldeFile(validFile(3));

describe.each(CLI_RUNNERS)('%s', (_runner, segurSolde) => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'segur-cli-'));
  });

  describe('segur-solde --help', () => {
    it('documents every command', async () => {
      const { code, stdout } = await segurSolde(['--help']);
      expect(code).toBe(0);
      for (const command of ['validate', 'build', 'retour', 'simulate', 'modele']) expect(stdout).toContain(`segur-solde ${command}`);
    });

    it('exits 2 on no command or an unknown one', async () => {
      expect((await segurSolde([])).code).toBe(2);
      const unknown = await segurSolde(['valider']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('valider');
    });

    it('gives each command its help', async () => {
      for (const command of ['validate', 'build', 'retour', 'simulate', 'modele']) {
        const { code, stdout } = await segurSolde([command, '--help']);
        expect(code).toBe(0);
        expect(stdout).toContain(`segur-solde ${command}`);
      }
    });
  });

  describe('segur-solde validate', () => {
    it('exits 0 on a valid file and says so', async () => {
      const { code, stdout } = await segurSolde(['validate', file('ok.json', valid), '--deposit-date', '2024-03-20']);
      expect(code).toBe(0);
      expect(stdout).toContain('Verdict : fichier valide, 3 demande(s) acceptée(s).');
    });

    it('exits 1 on request errors, grouped by request, errors before warnings, in French', async () => {
      const text = valid.replace('"15/03/2024"', '"31/02/2024"').replace('"750000010"', '"999999991"').replace('"FINBIO000003"', '"FINBIO3"');
      const { code, stdout } = await segurSolde(['validate', file('bad.json', text), '--deposit-date', '2024-03-20']);
      expect(code).toBe(1);
      const lines = stdout.split('\n');
      const first = lines.indexOf('Demande n° 1 (numeroEditeur 00001)');
      expect(first).toBeGreaterThanOrEqual(0);
      expect(lines[first + 1]).toMatch(/^ {2}✗ lignesImport\[0\]\.facture\.dateFacture {2}DATE_INVALID {2}dateFacture « 31\/02\/2024 »/);
      expect(lines[first + 2]).toMatch(/^ {2}! lignesImport\[0\]\.beneficiaires\[0\] {2}FINESS_KEY/);
      expect(stdout).toContain('Demande n° 3 (numeroEditeur 00003)');
      expect(stdout).toContain('Verdict : 2 demande(s) refusée(s) sur 3.');
      expect(stdout).not.toContain('\u001b[');
    });

    it('says the whole file is refused on a structure error, in English on request', async () => {
      const { code, stdout } = await segurSolde(['validate', file('struct.json', valid.replace('"SIRET"', '"siret"')), '--lang', 'en']);
      expect(code).toBe(1);
      expect(stdout).toContain('File');
      expect(stdout).toContain('KEY_WRONG_CASE');
      expect(stdout).toContain('Verdict: the whole file is refused (1 structure error(s)).');
    });

    it('prints the report alone as JSON with --json', async () => {
      const { code, stdout } = await segurSolde(['validate', file('json.json', valid.replace('"FINBIO000001"', '"X"')), '--json', '--deposit-date', '2024-03-20']);
      expect(code).toBe(1);
      const report = JSON.parse(stdout) as ValidationReport;
      expect(report.ok).toBe(false);
      expect(report.issues[0]?.code).toBe('NUMERO_ASP_FORMAT');
      expect(report.summary.rejectedRequests).toEqual([0]);
    });

    it('tells the zip faults apart from the requests', async () => {
      const json = file('with-zip.json', valid);
      const zip = file('bad.zip', Buffer.from('not a zip at all'));
      const fr = (await segurSolde(['validate', json, '--zip', zip, '--deposit-date', '2024-03-20']));
      expect(fr.code).toBe(1);
      expect(fr.stdout).toContain('Pièces (zip)');
      expect(fr.stdout).toContain('ZIP_INVALID');
      expect(fr.stdout).toContain('Verdict : le dépôt ne peut pas être fait tel quel');
      const en = (await segurSolde(['validate', json, '--zip', zip, '--deposit-date', '2024-03-20', '--lang', 'en']));
      expect(en.stdout).toContain('Attachments (zip)');
      expect(en.stdout).toContain('Verdict: the deposit cannot be made as is');
    });

    it('says a valid file is valid in English too', async () => {
      const { code, stdout } = (await segurSolde(['validate', file('ok-en.json', valid), '--deposit-date', '2024-03-20', '--lang', 'en']));
      expect(code).toBe(0);
      expect(stdout).toContain('Verdict: valid file, 3 request(s) accepted. 0 error(s), 0 warning(s).');
    });

    it('judges the invoice date against --deposit-date', async () => {
      const { code, stdout } = await segurSolde(['validate', file('date.json', valid), '--deposit-date', '2024-03-14']);
      expect(code).toBe(1);
      expect(stdout).toContain('DATE_AFTER_DEPOSIT');
    });

    it('takes --deposit-date as JJ/MM/AAAA too, the same day as AAAA-MM-JJ', async () => {
      const before = await segurSolde(['validate', file('date-fr.json', valid), '--deposit-date', '14/03/2024']);
      expect(before.code).toBe(1);
      expect(before.stdout).toContain('DATE_AFTER_DEPOSIT');
      expect((await segurSolde(['validate', file('date-fr.json', valid), '--deposit-date', '15/03/2024'])).code).toBe(0);
      const simulated = await segurSolde(['simulate', file('date-fr-sim.json', valid), '--deposit-date', '14/03/2024']);
      expect(simulated.code).toBe(1);
    });

    it.each(['20.03.2024', '2024/03/20', '30/02/2024', '2024-02-30', '1/3/2024', ' 20/03/2024'])(
      'refuses --deposit-date %j with exit 2, naming both forms',
      async (value) => {
        const fr = await segurSolde(['validate', file('ok-date.json', valid), '--deposit-date', value]);
        expect(fr.code).toBe(2);
        expect(fr.stderr).toContain(`« ${value} »`);
        expect(fr.stderr).toContain('JJ/MM/AAAA ou AAAA-MM-JJ');
        const en = await segurSolde(['validate', file('ok-date.json', valid), '--deposit-date', value, '--lang', 'en']);
        expect(en.code).toBe(2);
        expect(en.stderr).toContain('DD/MM/YYYY or YYYY-MM-DD');
      },
    );

    it.each([
      [['validate'], 'no file'],
      [['validate', 'a.json', 'b.json'], 'two files'],
      [['validate', 'x.json', '--lang', 'de'], 'a bad --lang'],
      [['validate', 'x.json', '--deposit-date', '20.03.2024'], 'a bad --deposit-date'],
      [['validate', 'x.json', '--deposit-date', '2024-02-30'], 'a day not in the calendar'],
      [['validate', 'x.json', '--frobnicate'], 'an unknown option'],
    ])('exits 2 on a usage error: %s', async (args) => {
      const result = await segurSolde(args, dir);
      expect(result.code).toBe(2);
      expect(result.stderr.length).toBeGreaterThan(0);
    });

    it('exits 2 on a file that cannot be read or is not UTF-8', async () => {
      expect((await segurSolde(['validate', join(dir, 'absent.json')])).code).toBe(2);
      const latin1 = await segurSolde(['validate', file('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d]))]);
      expect(latin1.code).toBe(2);
      expect(latin1.stderr).toContain('UTF-8');
    });

    it('exits 2 on a zip that cannot be read', async () => {
      expect((await segurSolde(['validate', file('z.json', valid), '--zip', join(dir, 'absent.zip')])).code).toBe(2);
    });
  });

  describe('segur-solde retour', () => {
    const returned = (labels: (string | null)[]): string => {
      const value = JSON.parse(valid) as { impId: unknown; lignesImport: Record<string, unknown>[] };
      value.impId = 99;
      value.lignesImport.forEach((line, i) => {
        line.codeTraitement = labels[i] === 'Demande acceptée' ? '0' : 'E1';
        line.libelleTraitement = labels[i] ?? null;
      });
      return JSON.stringify(value, null, 2);
    };

    it('prints every verdict and writes the rejected requests to correct', async () => {
      const path = file('retour.json', returned(['Demande acceptée', 'Numéro de dossier inconnu', 'Demande acceptée']));
      const out = join(dir, 'corrections');
      const { code, stdout } = await segurSolde(['retour', path, '--out', out]);
      expect(code).toBe(1);
      expect(stdout).toContain('1  00001  FINBIO000001  acceptée [0] — Demande acceptée');
      expect(stdout).toContain('2  00002  FINBIO000002  refusée [E1] — Numéro de dossier inconnu');
      expect(stdout).toContain('2 demande(s) acceptée(s), 1 refusée(s), 0 non traitée(s).');
      const again = JSON.parse(readFileSync(join(out, 'a-corriger-retour.json'), 'utf8')) as { impId: unknown; lignesImport: { numLigne: number; numeroEditeur: string; codeTraitement: unknown }[] };
      expect(again.impId).toBeNull();
      expect(again.lignesImport.map((l) => [l.numLigne, l.numeroEditeur, l.codeTraitement])).toEqual([[1, '00002', null]]);
      expect(readFileSync(join(out, 'a-corriger-retour.json'), 'utf8')).toContain('"montantSegurHTFacture": 27450.00');
    });

    it('writes the rejected requests as CSV too with --csv, in English', async () => {
      const path = file('retour-csv.json', returned(['Demande acceptée', 'Dossier inconnu', null]));
      const out = join(dir, 'corrections-csv');
      const { code, stdout } = (await segurSolde(['retour', path, '--out', out, '--csv', '--lang', 'en']));
      expect(code).toBe(1);
      expect(stdout).toContain('2  00002  FINBIO000002  rejected [E1] — Dossier inconnu');
      expect(stdout).toContain('3  00003  FINBIO000003  rejected [E1]');
      expect(stdout).toContain('1 request(s) accepted, 2 rejected, 0 not processed.');
      const csv = readFileSync(join(out, 'a-corriger-retour-csv.csv'), 'utf8');
      expect(csv.split('\r\n')[1]).toMatch(/^FINBIO000002;00002;15\/03\/2024;27450,00;/);
    });

    it('exits 0 and writes nothing when every request was accepted, in English', async () => {
      const path = file('all-ok.json', returned(['Demande acceptée', 'Demande acceptée', 'Demande acceptée']));
      const { code, stdout } = await segurSolde(['retour', path, '--lang', 'en']);
      expect(code).toBe(0);
      expect(stdout).toContain('No rejected request');
      expect(existsSync(join(dir, 'a-corriger-all-ok.json'))).toBe(false);
    });

    it('writes a returned file whose layout is not ours as plain JSON, losing nothing', async () => {
      const value = JSON.parse(returned(['E', null, null])) as { lignesImport: Record<string, unknown>[] };
      value.lignesImport[0]!.extra = 'kept';
      const path = file('odd.json', JSON.stringify(value));
      expect((await segurSolde(['retour', path])).code).toBe(1);
      expect(readFileSync(join(dir, 'a-corriger-odd.json'), 'utf8')).toContain('"extra": "kept"');
    });

    it('exits 2 on a file that is not a return', async () => {
      expect((await segurSolde(['retour', file('nope.json', '[]')])).code).toBe(2);
      expect((await segurSolde(['retour'])).code).toBe(2);
    });
  });

  describe('segur-solde simulate', () => {
    it('writes the return the portal would give under our checks', async () => {
      const path = file('sim.json', valid.replace('"FINBIO000002"', '"FINBIO2"'));
      const { code, stdout } = await segurSolde(['simulate', path, '--deposit-date', '2024-03-20']);
      expect(code).toBe(1);
      expect(stdout).toContain('pas ceux de l’ASP');
      const back = JSON.parse(readFileSync(join(dir, 'sim.retour-simule.json'), 'utf8')) as { impId: string; lignesImport: { codeTraitement: string; libelleTraitement: string }[] };
      expect(back.impId).toBe('SIMULATION');
      expect(back.lignesImport.map((l) => l.codeTraitement)).toEqual(['OK', 'NUMERO_ASP_FORMAT', 'OK']);
      expect(back.lignesImport[0]?.libelleTraitement).toBe('Demande acceptée');
    });

    it('speaks English on request', async () => {
      const { code, stdout } = (await segurSolde(['simulate', file('sim-en.json', valid), '--deposit-date', '2024-03-20', '--lang', 'en']));
      expect(code).toBe(0);
      expect(stdout).toContain('Verdict: valid file, 3 request(s) accepted.');
      expect(stdout).toContain("not the ASP's");
    });

    it('exits 0 when every request is accepted, and honours --out', async () => {
      const out = join(dir, 'simule.json');
      expect((await segurSolde(['simulate', file('sim-ok.json', valid), '--deposit-date', '2024-03-20', '--out', out])).code).toBe(0);
      expect(existsSync(out)).toBe(true);
    });

    it('writes nothing when the whole file is refused', async () => {
      const path = file('sim-struct.json', valid.replace('"impId": null', '"impId": "null"'));
      expect((await segurSolde(['simulate', path])).code).toBe(1);
      expect(existsSync(join(dir, 'sim-struct.retour-simule.json'))).toBe(false);
    });

    it('exits 2 without a file', async () => {
      expect((await segurSolde(['simulate'])).code).toBe(2);
    });
  });

  describe('segur-solde modele', () => {
    it('exits 0 on a model identical to our layout', async () => {
      const { code, stdout } = await segurSolde(['modele', file('modele.json', valid)]);
      expect(code).toBe(0);
      expect(stdout).toContain('même structure');
    });

    it('lists each difference by path and exits 1', async () => {
      const { code, stdout } = await segurSolde(['modele', file('modele-2.json', valid.replace('"numeroEditeur"', '"numEditeur"')), '--lang', 'en']);
      expect(code).toBe(1);
      expect(stdout).toContain('lignesImport[0].numeroEditeur');
      expect(stdout).toContain('2 difference(s)');
    });

    it('exits 2 on a model that is not JSON', async () => {
      expect((await segurSolde(['modele', file('modele-3.json', '{')])).code).toBe(2);
      expect((await segurSolde(['modele'])).code).toBe(2);
    });
  });
});
