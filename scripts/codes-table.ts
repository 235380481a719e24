/**
 * Writes the table of issue codes into README.md, between the markers
 * `<!-- codes:start -->` and `<!-- codes:end -->`. Run: npx tsx scripts/codes-table.ts
 * (test/docs/readme.test.ts fails when the README's table is out of date).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codesTableMarkdown } from './codes-table-markdown.js';

const readme = join(import.meta.dirname, '..', 'README.md');
const text = readFileSync(readme, 'utf8');
const start = '<!-- codes:start -->';
const end = '<!-- codes:end -->';
const before = text.slice(0, text.indexOf(start) + start.length);
const after = text.slice(text.indexOf(end));
writeFileSync(readme, `${before}\n${codesTableMarkdown()}\n${after}`);
console.log('README.md: table of issue codes updated');
