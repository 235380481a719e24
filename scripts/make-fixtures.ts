/**
 * Writes test/fixtures/invalid/<CODE>.json (one invalid file per rule) and
 * test/fixtures/valid/two-requests.json from test/fixtures/recipes.ts.
 * Run: npx tsx scripts/make-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECIPES, VALID_TEXT } from '../test/fixtures/recipes.js';

const root = join(import.meta.dirname, '..', 'test', 'fixtures');
mkdirSync(join(root, 'invalid'), { recursive: true });
mkdirSync(join(root, 'valid'), { recursive: true });
writeFileSync(join(root, 'valid', 'two-requests.json'), VALID_TEXT);
for (const recipe of RECIPES) writeFileSync(join(root, 'invalid', `${recipe.code}.json`), recipe.make(VALID_TEXT));
console.log(`${RECIPES.length} invalid fixtures written`);
