/**
 * Every `@example` of the JSDoc of src/ is executable documentation: each is type-checked (one
 * `tsc --noEmit` over all of them), and each that shows results (`expr; // 'value'`) is run and
 * its results compared. The rules are in ./jsdoc-examples.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { allExamples, exampleModule, examplesOf, packageEntries, resultLiteral, ROOT, shows, sourceFiles, type ExampleModule } from './jsdoc-examples.js';

const entries = packageEntries();
const examples = allExamples();

/** What each module of src/ exports (names), through the compiler: `export *` included. */
function exportNames(): (file: string) => readonly string[] {
  const program = ts.createProgram(sourceFiles(), { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const cache = new Map<string, readonly string[]>();
  return (file) => {
    let names = cache.get(file);
    if (names === undefined) {
      const source = program.getSourceFile(file);
      const symbol = source ? checker.getSymbolAtLocation(source) : undefined;
      names = symbol ? checker.getExportsOfModule(symbol).map((s) => s.name) : [];
      cache.set(file, names);
    }
    return names;
  };
}

// Inside the project (ignored by git), so that the examples' own imports (zod…) resolve from its node_modules.
const dir = mkdtempSync(join(ROOT, '.tmp-examples-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const exportsOf = exportNames();
const others = sourceFiles();
const modules: ExampleModule[] = examples.map((example) => exampleModule(example, exportsOf, entries, others));
const fileOf = (index: number): string => join(dir, `example-${String(index).padStart(3, '0')}.ts`);

describe('the @example blocks of src/ (executable documentation)', () => {
  const failures = new Map<number, string[]>();

  it('are found: one per exported function, class, constant…', () => {
    expect(examples.length).toBeGreaterThan(150);
  });

  it('type-check, each as a module importing what it names', () => {
    modules.forEach((m, i) => {
      writeFileSync(fileOf(i), m.source);
    });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2023', 'DOM'],
          types: ['node'],
          strict: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: true,
          resolveJsonModule: true,
          noEmit: true,
          // An example shows a use; a value it computes and leaves unused is fine.
          noUnusedLocals: false,
        },
        include: ['*.ts'],
      }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], { encoding: 'utf8' });
    for (const line of `${run.stdout}${run.stderr}`.split('\n')) {
      const m = /example-(\d{3})\.ts\((\d+),(\d+)\): error (TS\d+: .*)$/.exec(line);
      if (!m) {
        if (/error TS/.test(line)) failures.set(-1, [...(failures.get(-1) ?? []), line]);
        continue;
      }
      const index = Number(m[1]);
      const module = modules[index];
      if (!module) continue;
      const at = module.example.line + Number(m[2]) - 1 - module.offset;
      failures.set(index, [...(failures.get(index) ?? []), `${module.example.where} (line ${at}): ${m[4] ?? ''}`]);
    }
    const report = [...failures.values()].flat();
    // A name an example uses without defining it ("Cannot find name"): define it in the example,
    // or declare its type in PRELUDE (test/docs/jsdoc-examples.ts) if it is a common placeholder.
    expect(report, `examples that do not type-check:\n${report.join('\n')}`).toEqual([]);
  }, 120_000);

  it('show the results they say they show (those that need no placeholder are run)', async () => {
    const problems: string[] = [];
    let ran = 0;
    // Safety net: should an example reach the disk after all, it does so in an empty folder.
    const cwd = process.cwd();
    process.chdir(mkdtempSync(join(dir, 'cwd-')));
    try {
      for (const [i, module] of modules.entries()) {
        if (module.checks === 0 || module.placeholders.length > 0 || module.touchesDisk || failures.has(i)) continue;
        ran++;
        try {
          const { __results } = (await import(pathToFileURL(fileOf(i)).href)) as { __results: { line: number; mode: string; actual: unknown; expected: unknown }[] };
          for (const r of __results) {
            if (!shows(r.actual, r.expected, r.mode === 'match')) problems.push(`${module.example.file.slice(ROOT.length + 1)}:${r.line}: shows ${JSON.stringify(r.actual)}, the comment says ${JSON.stringify(r.expected)}`);
          }
          if (__results.length < module.checks) problems.push(`${module.example.where}: ${module.checks - __results.length} result comment(s) never reached`);
        } catch (error) {
          problems.push(`${module.example.where}: threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
        }
      }
    } finally {
      process.chdir(cwd);
    }
    expect(ran).toBeGreaterThan(40);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000);
});

describe('the example harness', () => {
  it('extracts a fenced block after @example, with its line', () => {
    const text = ['/**', ' * Doc.', ' *', ' * @example', ' * ```ts', " * f(1); // 'a'", ' * ```', ' */', 'export function f() {}'].join('\n');
    expect(examplesOf(join(ROOT, 'src', 'x.ts'), text)).toEqual([{ where: 'src/x.ts:6', file: join(ROOT, 'src', 'x.ts'), line: 6, code: "f(1); // 'a'" }]);
  });

  it('reads result comments that are literals only', () => {
    expect(resultLiteral("// 'BIO-SGL-Va1-FACTURE-00001.pdf'")).toBe("'BIO-SGL-Va1-FACTURE-00001.pdf'");
    expect(resultLiteral('// → [1, -2, { a: null }]')).toBe('[1, -2, { a: null }]');
    expect(resultLiteral('// the deposit is refused')).toBeUndefined();
    expect(resultLiteral('// new Date(0)')).toBeUndefined();
    expect(resultLiteral('// { a: f() }')).toBeUndefined();
  });

  it('compares: equal for primitives and arrays, fields shown for objects, … for any text', () => {
    expect(shows('abc', 'abc', false)).toBe(true);
    expect(shows('abc', 'abd', false)).toBe(false);
    expect(shows('Le FINESS « 1 » a une clé', 'Le FINESS … a une clé', false)).toBe(true);
    expect(shows([1, 2], [1, 2], false)).toBe(true);
    expect(shows([1, 2], [1], false)).toBe(false);
    expect(shows({ a: 1, b: 2 }, { a: 1 }, true)).toBe(true);
    expect(shows({ a: 1, b: 2 }, { a: 1 }, false)).toBe(false);
    expect(shows({ a: 1 }, { a: 2 }, true)).toBe(false);
    expect(shows(null, { a: 1 }, true)).toBe(false);
    expect(shows(Number.NaN, Number.NaN, false)).toBe(true);
  });

  it('turns a result comment into a check, auto-imports what the example names, and sees placeholders', () => {
    const example = { where: 'src/names/index.ts:1', file: join(ROOT, 'src', 'names', 'piece-file-name.ts'), line: 1, code: "pieceFileName(parts); // 'x'\nbuilder.size;" };
    const module = exampleModule(example, (file) => (file.endsWith('piece-file-name.ts') ? ['pieceFileName'] : []), entries);
    expect(module.source).toContain(`import { pieceFileName } from '${join(ROOT, 'src', 'names', 'piece-file-name.js')}';`);
    expect(module.source).toContain("__check((pieceFileName(parts)), ('x'), 'equal', 1);");
    expect(module.checks).toBe(1);
    expect(module.placeholders).toEqual(['builder']);
    expect(module.touchesDisk).toBe(false);
    const disk = exampleModule({ ...example, code: "writeFileSync('x.json', '{}'); // undefined" }, () => [], entries);
    expect(disk.source).toContain("import { writeFileSync } from 'node:fs';");
    expect(disk.touchesDisk).toBe(true);
  });

  it('finds the package’s entries from tsup’s configuration', () => {
    expect(entries.get('segur-sgl-solde')).toBe(join(ROOT, 'src', 'index.ts'));
    expect(entries.get('segur-sgl-solde/zip')).toBe(join(ROOT, 'src', 'zip', 'index.ts'));
    expect(entries.has('segur-sgl-solde/cli')).toBe(false);
  });
});
