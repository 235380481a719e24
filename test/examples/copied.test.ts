/**
 * The examples as a vendor copies them: examples/*.ts and the sample pieces in a folder of
 * their own, with segur-sgl-solde installed as a dependency (here a link to this package, so
 * that `import 'segur-sgl-solde'` resolves through its package.json `exports` to the build in
 * dist/, not to src/ as in the project). They must type-check against the shipped `.d.ts`
 * under Node's own resolution, and `demo.ts` must run. Run after `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
let project = '';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run "npm run build" first');
  project = mkdtempSync(join(tmpdir(), 'segur-vendor-'));
  cpSync(EXAMPLES, project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'vendor-app', private: true, type: 'module' }));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(ROOT, join(project, 'node_modules', 'segur-sgl-solde'), 'dir');
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')] },
      include: ['*.ts'],
    }),
  );
});
afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

describe('the examples, copied into a vendor’s project', () => {
  it('import the package by its name only (never ../src)', () => {
    const sources = readdirSync(EXAMPLES).filter((f) => f.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(0);
    for (const file of sources) {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      const specifiers = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
      expect(specifiers.filter((s) => !s.startsWith('node:') && !s.startsWith('./') && !/^segur-sgl-solde(\/[\w.]+)?$/.test(s)), file).toEqual([]);
      expect(text, file).not.toContain('../src');
    }
  });

  it('type-check against the shipped declarations (NodeNext resolution)', () => {
    const run = spawnSync(process.execPath, [TSC, '-p', project], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);

  it('run: demo.ts writes the named JSON and zip from the built package', () => {
    const out = join(project, 'out');
    const run = spawnSync(process.execPath, [TSX, 'demo.ts', '--out', out, '--lang', 'en'], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Verdict: valid file, 4 request(s) accepted. 0 error(s), 3 warning(s).');
    const written = readdirSync(out).sort();
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^JSON-ANS0000001-\d{8}-001\.json$/);
    expect(written[1]).toBe(written[0]?.replace(/\.json$/, '.zip'));
  }, 60_000);
});
