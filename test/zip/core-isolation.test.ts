import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every module an entry reaches, following relative imports (types only left out); and every bare import. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    // comments hold JSDoc examples, whose imports are not the module's
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const match of text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?<!typeof\s*)import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      // a type-only import (`import type`, `typeof import(…)`) is erased from the built code
      if (/^(?:import|export)\s+type\s/.test(match[0])) continue;
      const spec = match[1] ?? match[2] ?? '';
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  visit(resolve(root, entry));
  return { files, packages };
}

describe('the core entry stays free of the zip', () => {
  it('src/index.ts reaches neither jszip, nor src/zip, nor src/node, nor a Node module', () => {
    const { files, packages } = graph('src/index.ts');
    expect(files.size).toBeGreaterThan(10);
    expect([...packages].filter((p) => p === 'jszip' || p.startsWith('node:'))).toEqual([]);
    expect([...files].filter((f) => f.includes('/src/zip/') || f.includes('/src/node/'))).toEqual([]);
  });

  it('src/zip reaches no Node module (it runs in browsers)', () => {
    const { packages } = graph('src/zip/index.ts');
    expect([...packages].filter((p) => p.startsWith('node:'))).toEqual([]);
    expect(packages.has('jszip')).toBe(true);
  });
});
