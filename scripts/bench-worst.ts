/**
 * Benchmark of validation on the worst texts under `maxBytes` (issue 13). Run:
 * `npm run bench:worst` (or `npx tsx scripts/bench-worst.ts [--mb 20] [--only <part of a name>]`).
 *
 * Each case of test/helpers/worst-cases.ts (one fault repeated in every list, distinct faults,
 * keys given twice, deep and wide values) is made just under the size asked for (default
 * `DEFAULT_MAX_BYTES`, 20 MB), written to a file, and validated in a bare Node process of its
 * own that loads the package as built (scripts/bench-worst-child.mjs; `npm run build` first),
 * which reports:
 *
 * - the time of `validateSoldeFile(text)`, and beside it the time of `JSON.parse(text)` in the
 *   same child (the floor any validation of text pays), as a ratio;
 * - the child's peak memory during the validation (`process.resourceUsage().maxRSS`, read
 *   before the floor is measured; Node, the package, the text and its tree included);
 * - the number of issues of the report and its size as JSON.
 *
 * Targets: at most 2 s and 512 MB per case on this machine, with located issues and a small
 * report. Exit 1 when a case misses one (the table says which). Timings depend on the machine's
 * load: the script prints the load average it ran under.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_BYTES } from '../src/index.js';
import { DEPOSIT } from '../test/helpers/valid-file.js';
import { WORST_CASES } from '../test/helpers/worst-cases.js';

const TARGET_MS = 2000;
const TARGET_MB = 512;
const MB = 1_000_000;

interface Outcome {
  bytes: number;
  ms: number;
  parseMs: number;
  peakMb: number;
  issues: number;
  reportKb: number;
  located: boolean;
  hasCode: boolean;
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function parent(): void {
  const bytes = Math.round(Number(argument('--mb') ?? DEFAULT_MAX_BYTES / MB) * MB) - 1000;
  const only = argument('--only');
  const child = fileURLToPath(new URL('bench-worst-child.mjs', import.meta.url));
  if (!existsSync(fileURLToPath(new URL('../dist/index.js', import.meta.url)))) {
    console.error('bench:worst measures the package as built: run `npm run build` first.');
    process.exit(2);
  }
  const rows: string[][] = [['case', 'MB', 'validate ms', 'JSON.parse ms', 'ratio', 'peak MB', 'issues', 'report kB', 'verdict']];
  let missed = 0;
  const folder = mkdtempSync(join(tmpdir(), 'bench-worst-'));
  const file = join(folder, 'case.json');
  for (const worst of WORST_CASES.filter((c) => only === undefined || c.name.includes(only))) {
    writeFileSync(file, worst.make(bytes));
    const run = spawnSync(process.execPath, [child, file, worst.code, DEPOSIT.toISOString()], { encoding: 'utf8', maxBuffer: 16 * MB });
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    let outcome: Outcome | undefined;
    try {
      outcome = JSON.parse(line) as Outcome;
    } catch {
      outcome = undefined;
    }
    if (outcome === undefined) {
      missed++;
      rows.push([worst.name, '', '', '', '', '', '', '', `✗ crashed (exit ${String(run.status)}): ${run.stderr.trim().split('\n').at(-1) ?? ''}`]);
      continue;
    }
    const faults = [
      outcome.ms > TARGET_MS ? 'time' : '',
      outcome.peakMb > TARGET_MB ? 'memory' : '',
      outcome.located ? '' : 'unlocated',
      outcome.hasCode ? '' : `no ${worst.code}`,
    ].filter((f) => f !== '');
    if (faults.length > 0) missed++;
    rows.push([
      worst.name,
      (outcome.bytes / MB).toFixed(1),
      outcome.ms.toFixed(0),
      outcome.parseMs.toFixed(0),
      `${(outcome.ms / outcome.parseMs).toFixed(1)}×`,
      outcome.peakMb.toFixed(0),
      String(outcome.issues),
      outcome.reportKb.toFixed(0),
      faults.length === 0 ? '✓' : `✗ ${faults.join(', ')}`,
    ]);
  }
  rmSync(folder, { recursive: true, force: true });
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  console.log(`\nValidation of the worst texts of ${(bytes / MB).toFixed(1)} MB — targets ≤ ${TARGET_MS} ms and ≤ ${TARGET_MB} MB each (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})\n`);
  console.log(rows.map((r) => r.map((cell, c) => (c === 0 || c === r.length - 1 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')).join('\n'));
  console.log(missed === 0 ? '\n✓ every target met' : `\n✗ ${missed} case(s) missed a target`);
  process.exit(missed === 0 ? 0 : 1);
}

parent();
