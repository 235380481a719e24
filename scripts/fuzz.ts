/**
 * Fuzzes validateSoldeFile with fast-check: 100 000 runs by default over five families of
 * inputs (test/helpers/fuzz.ts), then a few hand-made hostile inputs, and prints a summary
 * with the slowest input. Exit 1 when an invariant breaks (with fast-check's seed to replay).
 *
 * Run: npx tsx scripts/fuzz.ts [--runs N] [--seed S]
 */
import fc from 'fast-check';
import { FUZZ_DEPOSIT, FUZZ_FAMILIES, judge, type FuzzInput, type FuzzOutcome } from '../test/helpers/fuzz.js';
import { validateSoldeFile } from '../src/index.js';
import { serializeSoldeFile } from '../src/index.js';
import { validFile } from '../test/helpers/valid-file.js';

function option(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  const raw = i >= 0 ? process.argv[i + 1] : undefined;
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`${name} takes a whole number, got ${raw}`);
    process.exit(2);
  }
  return n;
}

const totalRuns = option('--runs') ?? 100_000;
const seed = option('--seed') ?? Date.now() % 2 ** 31;

interface Slowest {
  family: string;
  ms: number;
  preview: string;
}

/** `JSON.stringify`, typed as it behaves (`undefined` for a function, a symbol or `undefined`); bigints written `1n`. */
function jsonOf(value: unknown): string | undefined {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
}

function previewOf(item: FuzzInput): string {
  let text: string;
  try {
    text = typeof item.input === 'string' ? item.input : (jsonOf(item.input) ?? String(item.input));
  } catch {
    text = Object.prototype.toString.call(item.input);
  }
  const shown = text.length > 100 ? `${text.slice(0, 100)}…` : text;
  return `${item.kind} of ${text.length} chars: ${JSON.stringify(shown)}`;
}

const started = performance.now();
let slowest: Slowest = { family: '', ms: 0, preview: '' };
let failed = false;
const rows: string[][] = [['family', 'runs', 'both refuse', 'only validator refuses', 'valid', 'slowest ms']];
const slowestPerFamily: string[] = [];
const validatorOnly = new Map<string, number>();

for (const family of FUZZ_FAMILIES) {
  const numRuns = Math.max(1, Math.round(totalRuns * family.share));
  const counts: Record<FuzzOutcome['verdict'], number> = { 'both-invalid': 0, 'validator-only': 0, 'both-valid': 0 };
  let familySlowest = 0;
  let familySlowestPreview = '';
  const result = fc.check(
    fc.property(family.arbitrary, (item) => {
      const outcome = judge(item);
      counts[outcome.verdict]++;
      for (const code of outcome.codes) validatorOnly.set(code, (validatorOnly.get(code) ?? 0) + 1);
      if (outcome.ms > familySlowest) {
        familySlowest = outcome.ms;
        familySlowestPreview = previewOf(item);
      }
      if (outcome.ms > slowest.ms) slowest = { family: family.name, ms: outcome.ms, preview: previewOf(item) };
    }),
    { numRuns, seed },
  );
  if (result.failed) {
    failed = true;
    console.error(`\n✗ ${family.name}: ${fc.defaultReportMessage(result) ?? 'failed'}`);
  }
  slowestPerFamily.push(`  ${family.name}: ${familySlowest.toFixed(1)} ms — ${familySlowestPreview}`);
  rows.push([family.name, String(numRuns), String(counts['both-invalid']), String(counts['validator-only']), String(counts['both-valid']), familySlowest.toFixed(1)]);
}

// Hand-made hostile inputs, each once: bounded time is what they test.
const valid = serializeSoldeFile(validFile(200));
const one = serializeSoldeFile(validFile(1));
const hostile: [string, unknown][] = [
  ['100 000 nested arrays', '['.repeat(100_000)],
  ['20 MB + 1 byte of spaces', ' '.repeat(20_000_001)],
  ['a 5 MB string in adresseBoiteMSSPro', valid.replace('"labo@labo.mssante.fr"', `"${'a.'.repeat(2_500_000)}@x"`)],
  ['a 5 MB string of digits in dateFacture', valid.replace('"15/03/2024"', `"${'1'.repeat(5_000_000)}"`)],
  ['100 000 keys in one object', `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`],
  ['10 000 requests (value)', { ...validFile(1), lignesImport: Array.from({ length: 10_000 }, () => validFile(1).lignesImport[0]) }],
  ['a 200-request file with every key doubled', valid.replace(/("[A-Za-z]+": [^\n{[]+),\n/g, '$1,\n$1,\n')],
  // Issue 13: one fault repeated many times, keys given twice, an amount a number cannot hold.
  ['130 000 × "x" in beneficiaires', one.replace('"750000010",', `${Array<string>(130_000).fill('"x"').join(',')},`)],
  ['1 000 000 numbers in beneficiaires', one.replace('"750000010",', `${Array<string>(1_000_000).fill('1').join(',')},`)],
  ['200 000 keys each given twice', `{${Array.from({ length: 200_000 }, (_, i) => `"k${i}":0,"k${i}":1`).join(',')}}`],
  ['the amount 99999999999999.99', one.replace('27450.00', '99999999999999.99')],
];
const hostileRows: string[][] = [['hostile input', 'ms', 'first code']];
for (const [name, input] of hostile) {
  const item: FuzzInput = { kind: typeof input === 'string' ? 'text' : 'value', input };
  try {
    const { ms } = judge(item);
    const first = validateSoldeFile(input, { depositDate: FUZZ_DEPOSIT }).issues[0]?.code ?? '(none)';
    hostileRows.push([name, ms.toFixed(1), first]);
    if (ms > slowest.ms) slowest = { family: 'hostile', ms, preview: name };
  } catch (err) {
    failed = true;
    console.error(`✗ ${name}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function table(data: string[][]): string {
  const widths = data[0]?.map((_, c) => Math.max(...data.map((r) => (r[c] ?? '').length))) ?? [];
  return data.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')).join('\n');
}

const total = FUZZ_FAMILIES.reduce((n, f) => n + Math.max(1, Math.round(totalRuns * f.share)), 0);
console.log(`\nFuzzing validateSoldeFile — seed ${seed}, ${total} runs in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
console.log(table(rows));
console.log(`\nRules only the validator saw (the second judgement does not know them): ${[...validatorOnly].map(([c, n]) => `${c} ×${n}`).join(', ') || 'none'}`);
console.log(`\nSlowest input of each family:\n${slowestPerFamily.join('\n')}`);
console.log(`\n${table(hostileRows)}`);
console.log(`\nSlowest input: ${slowest.ms.toFixed(1)} ms (${slowest.family}) — ${slowest.preview}`);
console.log(
  failed
    ? '\n✗ an invariant broke (see above; replay with --seed)'
    : '\n✓ never threw, never touched a prototype nor the caller’s value, refused everything the independent judgement refuses, accepted nothing it refuses',
);
process.exit(failed ? 1 : 0);
