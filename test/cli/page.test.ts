import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtPagePath, packageRoot, pageCommand, PAGE_FILE_NAME } from '../../src/cli/commands/page.js';
import { CLI_RUNNERS } from '../helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** A file's SHA-256: comparing the 3 MB page byte by byte with toEqual takes vitest half a minute. */
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('where the page is', () => {
  it('finds the package’s folder from its source and from its build', () => {
    expect(packageRoot(join(ROOT, 'src', 'cli', 'commands', 'page.ts'))).toBe(ROOT);
    expect(packageRoot(join(ROOT, 'dist', 'cli.js'))).toBe(ROOT);
    expect(packageRoot('/page.ts')).toBeUndefined();
    expect(builtPagePath()).toBe(join(ROOT, 'dist', 'page', PAGE_FILE_NAME));
  });
});

// Generous timeouts: each test runs the built command (a child process) on a machine that may be busy.
describe.each(CLI_RUNNERS)('segur-solde page (%s)', { timeout: 30_000 }, (_runner, segurSolde) => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'segur-page-'));
  });

  it('writes the one-file page into --out, as the package ships it', async () => {
    const out = join(dir, 'pour-le-labo');
    const { code, stdout, stderr } = await segurSolde(['page', '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const written = join(out, PAGE_FILE_NAME);
    expect(stdout).toContain(written);
    expect(sha256(written)).toBe(sha256(builtPagePath()));
    expect(readFileSync(written, 'utf8')).toContain("connect-src 'none'");
  });

  it('refuses to replace an existing file unless --overwrite, and keeps it intact', async () => {
    const written = join(dir, PAGE_FILE_NAME);
    writeFileSync(written, 'mine');
    const refused = await segurSolde(['page', '--out', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--overwrite');
    expect(readFileSync(written, 'utf8')).toBe('mine');
    const replaced = await segurSolde(['page', '--out', dir, '--overwrite']);
    expect(replaced.code).toBe(0);
    expect(sha256(written)).toBe(sha256(builtPagePath()));
  });

  it('says where it cannot write (--out is a file), exit 2, and leaves that file alone', async () => {
    const blocker = join(dir, 'un-fichier');
    writeFileSync(blocker, 'mine');
    const run = await segurSolde(['page', '--out', blocker, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`segur-solde: Cannot write into ${blocker}: it is not a folder\n`);
    expect(readFileSync(blocker, 'utf8')).toBe('mine');
  });

  it('has a help, and refuses a stray argument', async () => {
    const help = await segurSolde(['page', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('segur-solde page [--out <dossier>]');
    expect((await segurSolde(['--help'])).stdout).toContain('segur-solde page');
    const stray = await segurSolde(['page', 'index.html']);
    expect(stray.code).toBe(2);
  });
});

describe('pageCommand', () => {
  it('says the page is not built when its source is missing, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segur-page-'));
    const err: string[] = [];
    const term = { out: () => undefined, err: (l: string) => err.push(l), colour: false, progress: false };
    await expect(pageCommand(['--out', dir], term, join(dir, 'absente.html'))).rejects.toThrow(/npm run build/);
    expect(existsSync(join(dir, PAGE_FILE_NAME))).toBe(false);
  });
});
