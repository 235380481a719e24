/**
 * The README's « Démarrage » runs as written: its code block, in a folder holding the two
 * pieces it names, writes the JSON and its zip and prints `true`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateSoldeFile } from '../../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
// Inside the project (ignored by git): its node_modules resolve the example's imports.
const dir = mkdtempSync(join(ROOT, '.tmp-readme-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('README « Démarrage »', () => {
  it('comes first, before the contributors’ quick start', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 3)).toEqual(['Démarrage', 'Use it in your software', 'Quick start (a clone of this project)']);
    expect(readme).toContain('npm install segur-sgl-solde');
  });

  it('its code runs: the JSON, its name, the check and the zip', () => {
    const section = readme.slice(readme.indexOf('## Démarrage'), readme.indexOf('## Use it in your software'));
    const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(code).toContain("from 'segur-sgl-solde'");
    writeFileSync(join(dir, 'demarrage.ts'), code);
    mkdirSync(join(dir, 'pieces'));
    for (const piece of ['BIO-SGL-Va1-FACTURE-00001.pdf', 'BIO-SGL-Va1-VA-00001.pdf']) copyFileSync(join(ROOT, 'examples', 'pieces', piece), join(dir, 'pieces', piece));
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = spawnSync(process.execPath, [tsx, 'demarrage.ts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.json') } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('true\n');
    const written = readdirSync(dir).filter((f) => f.startsWith('JSON-')).sort();
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^JSON-ANS0000001-\d{8}-001\.json$/);
    expect(written[1]).toBe(written[0]?.replace(/\.json$/, '.zip'));
    expect(validateSoldeFile(readFileSync(join(dir, written[0] ?? ''), 'utf8')).ok).toBe(true);
  }, 60_000);
});
