/**
 * In the project, `segur-sgl-solde` and each of its subpaths resolve to their source through
 * tsconfig.json's paths (tsx, tsc and vitest read them), so that the examples import the package
 * by name and still run on a fresh clone, before any build: every library entry must be there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageEntries, ROOT } from '../docs/jsdoc-examples.js';

describe('tsconfig.json paths', () => {
  it('map the package and every subpath tsup builds to its source', () => {
    const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
    const mapped = Object.fromEntries(Object.entries(compilerOptions.paths).map(([name, [target]]) => [name, join(ROOT, target ?? '')]));
    for (const [name, source] of packageEntries()) expect(mapped[name], name).toBe(source);
    expect(mapped['segur-sgl-solde/schema.json']).toBe(join(ROOT, 'schema', 'segur-sgl-solde.schema.json'));
  });
});
