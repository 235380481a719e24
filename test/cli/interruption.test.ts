import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, CLI_RUNNERS, inProcessCli } from '../helpers/run-cli.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const HEADER = 'numeroASP;numeroEditeur;dateFacture;montantSegurHTFacture;montantBonDeCommande;beneficiaires;isDirectToDMP;identDMP;isDirectToMSSPro;adresseBoiteMSSPro;isDirectToMSSCitoyen;adresseBoiteMSSCitoyen;facture;va';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'segur-interrupt-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A CSV of `count` requests whose pieces are all one incompressible 2.9 MB PDF: a zip of count × 5.8 MB to write. */
function bigBuild(count: number): string[] {
  const pieces = join(dir, 'pieces');
  mkdirSync(pieces);
  writeFileSync(join(pieces, 'big.pdf'), Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2_900_000)]));
  const rows = [HEADER];
  for (let i = 1; i <= count; i++) rows.push(`FINBIO${String(i).padStart(6, '0')};${String(i).padStart(5, '0')};15/03/2024;1 000,00;;750000010;non;;non;;non;;big.pdf;big.pdf`);
  writeFileSync(join(dir, 'big.csv'), `${rows.join('\r\n')}\r\n`);
  return ['build', '--csv', join(dir, 'big.csv'), '--pieces', pieces, '--ans', 'ANS0000001', '--siret', '73282932000074', '--deposit-date', '2024-03-20', '--out', join(dir, 'out')];
}

/** Every file under a folder, hidden ones included. */
function allFiles(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }) : [];
}

describe('the built command interrupted while it writes (SIGINT, SIGTERM)', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: removes its staging folder and .part files, writes nothing, exits %i', async (signal, exitCode) => {
    expect(existsSync(CLI), 'run npm run build first').toBe(true);
    const args = bigBuild(30);
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => { resolve(code); }));
    let sawPart = false;
    for (let i = 0; i < 3000 && !sawPart && child.exitCode === null; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      sawPart = allFiles(out).some((f) => f.endsWith('.part'));
    }
    expect(sawPart, 'the zip was being written').toBe(true);
    child.kill(signal);
    expect(await exited).toBe(exitCode);
    expect(allFiles(out)).toEqual([]);
    expect(stderr).toContain(`Interrompu (${signal}) : rien n’a été écrit, les fichiers temporaires sont supprimés.`);
  }, 120_000);
});

describe('runCli interrupted while it writes (the signal emitted in process, no listener left after)', () => {
  it('removes its staging folder and .part files, writes nothing, exits 130', async () => {
    const out = join(dir, 'out');
    const run = inProcessCli(bigBuild(30));
    let sawPart = false;
    for (let i = 0; i < 3000 && !sawPart; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      sawPart = allFiles(out).some((f) => f.endsWith('.part'));
    }
    expect(sawPart, 'the zip was being written').toBe(true);
    expect(process.listenerCount('SIGINT')).toBe(1);
    process.emit('SIGINT');
    const { code, stderr } = await run;
    expect(code).toBe(130);
    expect(stderr).toContain('Interrompu (SIGINT)');
    expect(allFiles(out)).toEqual([]);
    expect(process.listenerCount('SIGINT') + process.listenerCount('SIGTERM')).toBe(0);
  }, 120_000);
});

describe.each(CLI_RUNNERS)('%s', (_runner, segurSolde) => {
  it('removes on the next run the staging folders that killed runs left, not those of a run still going', async () => {
    const out = join(dir, 'out');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const stale = [`.segur-solde-${String(dead)}-aB3dE9`, '.segur-solde-Xy12Zt'];
    const live = `.segur-solde-${String(process.pid)}-LiVe00`;
    for (const name of [...stale, live]) {
      mkdirSync(join(out, name), { recursive: true });
      writeFileSync(join(out, name, '.JSON-ANS0000001-20240320-001.zip.1234.part'), 'half');
    }
    const { code } = await segurSolde([
      'build', '--csv', join(EXAMPLES, 'demandes.csv'), '--pieces', join(EXAMPLES, 'pieces'), '--ans', 'ANS0000001', '--siret', '73282932000074',
      '--deposit-date', '2024-03-20', '--out', out,
    ]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([live, 'JSON-ANS0000001-20240320-001.json', 'JSON-ANS0000001-20240320-001.zip'].sort());
  });
});
