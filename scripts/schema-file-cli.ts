/**
 * The command line shared by the scripts that generate a JSON Schema of ours
 * (scripts/json-schema.ts, scripts/report-json-schema.ts): write it where it is committed and,
 * given an output folder, a copy there for the package to ship; or, with `--check`, fail when
 * the committed file is out of date.
 *
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');

/**
 * Runs one schema script's command line.
 *
 * @param schema - the committed file (relative to the repository root), its name in the output folder, its text, the script's path
 * @param args - the script's arguments: `[outDir]` or `--check`
 * @example
 * ```ts
 * runSchemaFileCli({ file: 'schema/x.schema.json', distName: 'x.schema.json', text: '{}\n', script: 'scripts/x.ts' }, ['dist']);
 * ```
 */
export function runSchemaFileCli(schema: { file: string; distName: string; text: string; script: string }, args: readonly string[]): void {
  const committed = join(root, schema.file);
  if (args.includes('--check')) {
    if ((existsSync(committed) ? readFileSync(committed, 'utf8') : '') !== schema.text) {
      console.error(`${schema.file} is out of date: run npx tsx ${schema.script}`);
      process.exit(1);
    }
    console.log(`${schema.file} is up to date`);
    return;
  }
  mkdirSync(dirname(committed), { recursive: true });
  writeFileSync(committed, schema.text);
  console.log(`${schema.file} written (${String(schema.text.length)} characters)`);
  const outDir = args.find((a) => !a.startsWith('--'));
  if (outDir !== undefined) {
    const target = join(resolve(outDir), schema.distName);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, schema.text);
    console.log(`${target} written`);
  }
}
