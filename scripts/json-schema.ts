/**
 * Writes the JSON Schema of the file (draft 2020-12, generated from the Zod schemas) to
 * schema/segur-sgl-solde.schema.json, and, when given an output folder, a copy into it so
 * that the package ships it (`segur-sgl-solde/schema.json`).
 *
 * Run: npx tsx scripts/json-schema.ts [outDir]        e.g. `npx tsx scripts/json-schema.ts dist` after tsup
 *      npx tsx scripts/json-schema.ts --check         fails when the committed file is out of date
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SCHEMA_DIST_NAME, SCHEMA_FILE, soldeJsonSchemaText } from './solde-json-schema.js';

const root = join(import.meta.dirname, '..');
const committed = join(root, SCHEMA_FILE);
const text = soldeJsonSchemaText();
const args = process.argv.slice(2);

if (args.includes('--check')) {
  const current = existsSync(committed) ? readFileSync(committed, 'utf8') : '';
  if (current !== text) {
    console.error(`${SCHEMA_FILE} is out of date: run npx tsx scripts/json-schema.ts`);
    process.exit(1);
  }
  console.log(`${SCHEMA_FILE} is up to date`);
} else {
  mkdirSync(dirname(committed), { recursive: true });
  writeFileSync(committed, text);
  console.log(`${SCHEMA_FILE} written (${text.length} characters)`);
  const outDir = args.find((a) => !a.startsWith('--'));
  if (outDir !== undefined) {
    const target = join(resolve(outDir), SCHEMA_DIST_NAME);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`${target} written`);
  }
}
