/**
 * The API reference (`npm run docs`, TypeDoc): it covers every entry of the package, and
 * `npm run docs:check` passes — no warning (an unresolved or internal `{@link}`, a type used
 * but not exported), since a warning there is a hole in what a vendor reads.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_SOURCES } from '../package/exported-names.js';

const ROOT = join(import.meta.dirname, '..', '..');
const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };

describe('the API reference (TypeDoc)', () => {
  it('documents every entry of the package, and only those', () => {
    expect([...config.entryPoints].sort()).toEqual(Object.values(ENTRY_SOURCES).sort());
  });

  // TypeDoc type-checks the whole of src/: about 25 s on an idle machine.
  it('npm run docs:check passes: no TypeDoc warning', () => {
    const typedoc = join(ROOT, 'node_modules', 'typedoc', 'bin', 'typedoc');
    const run = spawnSync(process.execPath, [typedoc, '--emit', 'none', '--treatWarningsAsErrors'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(`${run.stdout}${run.stderr}`.trim()).toBe('');
    expect(run.status).toBe(0);
  }, 180_000);
});
