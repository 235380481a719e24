/**
 * Writes the JSON Schema of the file (draft 2020-12, generated from the Zod schemas) to
 * schema/segur-sgl-solde.schema.json, and, when given an output folder, a copy into it so
 * that the package ships it (`segur-sgl-solde/schema.json`).
 *
 * Run: npx tsx scripts/json-schema.ts [outDir]        e.g. `npx tsx scripts/json-schema.ts dist` after tsup
 *      npx tsx scripts/json-schema.ts --check         fails when the committed file is out of date
 */
import { runSchemaFileCli } from './schema-file-cli.js';
import { SCHEMA_DIST_NAME, SCHEMA_FILE, soldeJsonSchemaText } from './solde-json-schema.js';

runSchemaFileCli({ file: SCHEMA_FILE, distName: SCHEMA_DIST_NAME, text: soldeJsonSchemaText(), script: 'scripts/json-schema.ts' }, process.argv.slice(2));
