/**
 * The child of `npm run bench:worst` (scripts/bench-worst.ts): a bare Node process that loads
 * the package as built (`dist/index.js`), reads one case's text from its file (as the command
 * reads a deposit: the process then holds Node, the package and the text, not what making the
 * text cost), times the validation then `JSON.parse` of the same text, and prints one JSON line.
 *
 * Usage: `node scripts/bench-worst-child.mjs <text file> <code the report must hold> <deposit date ISO>`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { validateSoldeFile } from '../dist/index.js';

const MB = 1_000_000;
const [file, code, deposit] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
let started = performance.now();
const report = validateSoldeFile(text, { depositDate: new Date(deposit) });
const ms = performance.now() - started;
// Read before the floor is measured, whose parsed tree would add to the peak.
const peakMb = (process.resourceUsage().maxRSS * 1024) / MB;
started = performance.now();
JSON.parse(text);
const parseMs = performance.now() - started;
console.log(
  JSON.stringify({
    bytes: Buffer.byteLength(text),
    ms,
    parseMs,
    peakMb,
    issues: report.issues.length,
    reportKb: JSON.stringify(report.issues).length / 1000,
    located: report.issues.every((i) => i.code !== 'INPUT_UNREADABLE'),
    hasCode: report.issues.some((i) => i.code === code),
  }),
);
