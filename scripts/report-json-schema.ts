/**
 * Writes the JSON Schema (draft 2020-12) of what `segur-solde validate --json` prints —
 * generated from the Zod schemas of `src/cli/output/report-schema.ts` — to
 * schema/validate-report.schema.json, and, when given an output folder, a copy into it so that
 * the package ships it (`segur-sgl-solde/report-schema.json`).
 *
 * Run: npx tsx scripts/report-json-schema.ts [outDir]     e.g. `dist` after tsup
 *      npx tsx scripts/report-json-schema.ts --check      fails when the committed file is out of date
 */
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import { ValidateOutputSchema } from '../src/cli/output/report-schema.js';
import { runSchemaFileCli } from './schema-file-cli.js';
import { formatJson } from './solde-json-schema.js';

/** Where the generated schema is committed, relative to the repository root. */
export const REPORT_SCHEMA_FILE = 'schema/validate-report.schema.json';
/** Its name in `dist/` (exported as `segur-sgl-solde/report-schema.json`). */
export const REPORT_SCHEMA_DIST_NAME = 'validate-report.schema.json';

/**
 * The schema's text, as committed.
 *
 * @example
 * ```ts
 * writeFileSync('schema/validate-report.schema.json', reportJsonSchemaText());
 * ```
 */
export function reportJsonSchemaText(): string {
  const { $schema, ...rest } = z.toJSONSchema(ValidateOutputSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return formatJson({
    $schema,
    title: 'Rapport de « segur-solde validate --json » (segur-sgl-solde)',
    $comment:
      'Généré par scripts/report-json-schema.ts depuis src/cli/output/report-schema.ts : ne pas modifier à la main. ' +
      'Code de sortie 0 ou 1 : le rapport (reportVersion, ok, issues, summary, file) ; code 2 : { reportVersion, ok: false, error }. ' +
      'La forme de « file » est celle de segur-sgl-solde/schema.json. Des champs peuvent s’ajouter sans changer reportVersion.',
    ...rest,
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  runSchemaFileCli({ file: REPORT_SCHEMA_FILE, distName: REPORT_SCHEMA_DIST_NAME, text: reportJsonSchemaText(), script: 'scripts/report-json-schema.ts' }, process.argv.slice(2));
}
