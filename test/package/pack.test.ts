/**
 * What `npm pack` ships (run after `npm run build`, as `npm test` does): the list of files of
 * the tarball, from `npm pack --dry-run --json`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string; exports: Record<string, unknown>; bin: Record<string, string> };

interface PackResult {
  files: { path: string }[];
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = (JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as PackResult[])[0];
const files = (packed?.files ?? []).map((f) => f.path).sort();

/** Every string of a JSON tree (the file paths of `exports`). */
const leaves = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [];

describe('the tarball (npm pack --dry-run)', () => {
  it('ships the licence, the changelog, the README, the schema’s README and the offline page', () => {
    for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'schema/README.md', 'dist/segur-sgl-solde.schema.json', 'dist/page/segur-solde.html']) {
      expect(files, file).toContain(file);
    }
  });

  it('ships every file package.json points to (exports, bin)', () => {
    const pointed = [...leaves(pkg.exports), ...Object.values(pkg.bin)].map((p) => p.replace(/^\.\//, ''));
    expect(pointed.filter((p) => !files.includes(p))).toEqual([]);
  });

  it('ships nothing else: no source, test, fixture or configuration; in dist/ only built code, its maps and types', () => {
    const top = new Set(['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'schema/README.md']);
    const stray = files.filter((f) => !top.has(f) && !/^dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$/.test(f) && !/^dist\/[\w.-]+\.schema\.json$/.test(f) && f !== 'dist/page/segur-solde.html');
    expect(stray).toEqual([]);
    // Each entry file of dist/ is an export or the command; the rest are shared chunks, the chunks loaded on
    // first use (`check-xml-<hash>.js`…, tsup's names for dynamic imports), the pieces' reader-thread script
    // (started by its path, never imported) and declaration parts.
    const lazy = /^dist\/[\w-]+-[A-Z0-9]{8}\.(js|cjs)$/;
    const workerScript = /^dist\/pdf-worker\.(js|cjs)$/;
    const entries = files.filter((f) => /^dist\/[\w.-]+\.(js|cjs)$/.test(f) && !/^dist\/chunk-/.test(f) && !lazy.test(f) && !workerScript.test(f));
    const pointed = new Set([...leaves(pkg.exports), ...Object.values(pkg.bin)].map((p) => p.replace(/^\.\//, '')));
    expect(entries.filter((f) => !pointed.has(f))).toEqual([]);
  });

  it('the licence is the MIT licence package.json declares', () => {
    expect(pkg.license).toBe('MIT');
    const licence = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} segur-sgl-solde contributors\n/);
    expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('every file the JSON Schema’s $comment points to ships', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'dist', 'segur-sgl-solde.schema.json'), 'utf8')) as { $comment: string };
    const named = [...schema.$comment.matchAll(/\b[\w-]+\/[\w.-]+\.md\b/g)].map((m) => m[0]);
    expect(named).toContain('schema/README.md');
    expect(named.filter((f) => !files.includes(f))).toEqual([]);
  });
});
