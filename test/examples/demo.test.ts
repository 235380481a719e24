import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DemoTargetExists, PIECES_DIR, runDemo } from '../../examples/durand.js';
import { DURAND } from '../../examples/demandes.js';
import { SoldeFileBuilder, validateSoldeFile } from '../../src/index.js';
import { checkPiecesZip } from '../../src/zip/index.js';

const DEPOSIT = new Date('2024-03-20T10:00:00Z');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let outDir: string;
beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'segur-demo-'));
});
afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the worked example (npm run demo)', () => {
  it('writes the JSON, correctly named, and it validates', async () => {
    const lines: string[] = [];
    const result = await runDemo({ outDir, depositDate: DEPOSIT, log: (line) => lines.push(line) });
    expect(result.fileName).toBe('JSON-ANS0000001-20240320-001.json');
    expect(result.jsonPath).toBe(join(outDir, 'JSON-ANS0000001-20240320-001.json'));
    expect(result.zipPath).toBe(join(outDir, 'JSON-ANS0000001-20240320-001.zip'));
    expect((await readdir(outDir)).sort()).toEqual(['JSON-ANS0000001-20240320-001.json', 'JSON-ANS0000001-20240320-001.zip']);
    const text = await readFile(join(outDir, result.fileName), 'utf8');
    const report = validateSoldeFile(text, { depositDate: DEPOSIT });
    expect(report.ok).toBe(true);
    const deposit = await checkPiecesZip(await readFile(result.zipPath ?? ''), text, { depositDate: DEPOSIT });
    expect(deposit.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'FINESS_KEY lignesImport.0.beneficiaires.0',
      'FINESS_KEY lignesImport.0.beneficiaires.1',
      'FINESS_KEY lignesImport.0.beneficiaires.2',
    ]);
    expect(result.report.ok).toBe(true);
  });

  it('holds the guide’s §3.1 case and the DMP and MSS cases', async () => {
    const { jsonPath } = await runDemo({ outDir, depositDate: DEPOSIT, log: () => undefined });
    const file = validateSoldeFile(await readFile(jsonPath ?? '', 'utf8'), { depositDate: DEPOSIT }).file;
    const [durand, dmp, mssPro, all] = file?.lignesImport ?? [];
    expect(durand).toMatchObject({
      numeroASP: 'FINBIO000006',
      facture: { montantSegurHTFacture: 27450 },
      beneficiaires: ['999999991', '999999992', '999999993'],
      piecesJustificatives: [{ typeFichier: 'FACTURE' }, { typeFichier: 'VA' }],
    });
    expect(await readFile(jsonPath ?? '', 'utf8')).toContain('"montantSegurHTFacture": 27450.00');
    expect(dmp?.scenarioInstallation).toMatchObject({ isDirectToDMP: true, isDirectToMSSPro: false });
    expect(mssPro?.scenarioInstallation).toMatchObject({ isDirectToDMP: false, identDMP: null, isDirectToMSSPro: true });
    expect(all?.scenarioInstallation).toMatchObject({ isDirectToDMP: true, isDirectToMSSPro: true, isDirectToMSSCitoyen: true });
  });

  it('prints the report in French, grouped by demand, warnings included', async () => {
    const lines: string[] = [];
    await runDemo({ outDir, depositDate: DEPOSIT, log: (line) => lines.push(line) });
    const text = lines.join('\n');
    expect(lines[0]).toBe('Rapport de validation de JSON-ANS0000001-20240320-001.json');
    expect(text).toContain('Demande n° 1 (numeroEditeur 00001)\n  ! lignesImport[0].beneficiaires[0]  FINESS_KEY  Le FINESS « 999999991 »');
    expect(text).toContain('Verdict : fichier valide, 4 demande(s) acceptée(s). 0 erreur(s), 3 avertissement(s).');
    expect(text).toContain(`Écrit : ${join(outDir, 'JSON-ANS0000001-20240320-001.json')}`);
    expect(text).toContain(`Écrit : ${join(outDir, 'JSON-ANS0000001-20240320-001.zip')} (8 pièces,`);
  });

  it('prints in English on request', async () => {
    const lines: string[] = [];
    await runDemo({ outDir, depositDate: DEPOSIT, locale: 'en', log: (line) => lines.push(line) });
    expect(lines).toContain('Verdict: valid file, 4 request(s) accepted. 0 error(s), 3 warning(s).');
    expect(lines).toContain('Request no. 1 (numeroEditeur 00001)');
  });

  it('returns the attachments for the zip: each sample exists, canonically named, with the right signature', async () => {
    const { pieces } = await runDemo({ outDir, depositDate: DEPOSIT, log: () => undefined });
    expect(pieces.map((p) => p.nomFichier).sort()).toEqual((await readdir(PIECES_DIR)).sort());
    expect(pieces).toHaveLength(8);
    for (const piece of pieces) {
      const bytes = await readFile(piece.path);
      expect(piece.path).toBe(join(PIECES_DIR, piece.nomFichier));
      expect(bytes.length).toBeLessThan(3_000_000);
      if (piece.nomFichier.endsWith('.png')) expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      else {
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(bytes.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
      }
    }
  });

  it('writes nothing when the file is not valid (an invoice after the deposit day)', async () => {
    const lines: string[] = [];
    const result = await runDemo({ outDir, depositDate: new Date('2024-03-17T10:00:00Z'), log: (line) => lines.push(line) });
    expect(result.report.ok).toBe(false);
    expect(result.jsonPath).toBeUndefined();
    expect(await readdir(outDir)).toEqual([]);
    expect(lines.join('\n')).toContain('  ✗ lignesImport[1].facture.dateFacture  DATE_AFTER_DEPOSIT');
    expect(lines.at(-1)).toBe('Verdict : 2 demande(s) refusée(s) sur 4. 2 erreur(s), 3 avertissement(s).');
  });

  it('npm run demo (examples/demo.ts) exits 0 and writes under --out', async () => {
    const tsx = join(import.meta.dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const demo = join(import.meta.dirname, '..', '..', 'examples', 'demo.ts');
    const run = spawnSync(process.execPath, [tsx, demo, '--out', outDir], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('3 avertissement(s)');
    const written = (await readdir(outDir)).sort();
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^JSON-ANS0000001-\d{8}-001\.json$/);
    expect(written[1]).toBe(written[0]?.replace(/\.json$/, '.zip'));
    // Run again: yesterday's files are not replaced unasked (exit 2, both named, nothing written).
    const before = await Promise.all(written.map((name) => readFile(join(outDir, name))));
    const again = spawnSync(process.execPath, [tsx, demo, '--out', outDir], { encoding: 'utf8' });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(join(outDir, written[0] ?? ''));
    expect(again.stderr).toContain(join(outDir, written[1] ?? ''));
    expect(await Promise.all(written.map((name) => readFile(join(outDir, name))))).toEqual(before);
    const replaced = spawnSync(process.execPath, [tsx, demo, '--out', outDir, '--overwrite'], { encoding: 'utf8' });
    expect(replaced.status).toBe(0);
  }, 90_000); // child processes (tsx), on a machine that may be busy

  it('refuses to replace the JSON or the zip already there, naming them, unless overwrite', async () => {
    await runDemo({ outDir, depositDate: DEPOSIT, log: () => undefined });
    await expect(runDemo({ outDir, depositDate: DEPOSIT, log: () => undefined })).rejects.toBeInstanceOf(DemoTargetExists);
    // Only the zip there: still refused, and the JSON is not written either.
    await rm(join(outDir, 'JSON-ANS0000001-20240320-001.json'));
    const refused = await runDemo({ outDir, depositDate: DEPOSIT, log: () => undefined }).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(DemoTargetExists);
    expect((refused as DemoTargetExists).paths).toEqual([join(outDir, 'JSON-ANS0000001-20240320-001.zip')]);
    expect(await readdir(outDir)).toEqual(['JSON-ANS0000001-20240320-001.zip']);
    const result = await runDemo({ outDir, depositDate: DEPOSIT, log: () => undefined, overwrite: true });
    expect(result.jsonPath).toBe(join(outDir, 'JSON-ANS0000001-20240320-001.json'));
  });

  it('the Durand demand alone follows the guide: 27 450,00 € HT, purchase order equal', () => {
    const report = new SoldeFileBuilder({ numeroAns: 'ANS0000001', siret: '73282932000074' }).addDemande(DURAND).validate({ depositDate: DEPOSIT });
    expect(report.ok).toBe(true);
    expect(report.file?.lignesImport[0]?.facture).toEqual({ dateFacture: '15/03/2024', montantSegurHTFacture: 27450 });
  });
});
