/**
 * The zip check's worst cases (issue 13), at the limits: time and peak memory of
 * `checkPiecesZip` (bytes) and `checkPiecesZipFile` (a file) on hostile but bounded input.
 * Run: `npm run bench:zip-worst` (`-- --small` for the counts the test suite uses).
 *
 * - 1 600 XML pieces (the most a JSON can name: 200 requests × 2 types × 4 formats), each
 *   inflating to 3 000 000 bytes (a 4.9 MB zip): 4.8 GB to inflate, count and CRC.
 * - 8 000 declared XML pieces (a JSON with errors naming 40 per request), the same each.
 * - A legal 190 MB zip: 400 stored pieces of 410 000 bytes, each with a 64 KB comment.
 * - A sparse 3 GB file whose end record declares a 3 GB directory; a 6 GB zip64 variant.
 *
 * Each case is built in a child process, then checked in another; memory is its peak RSS above a bare process of the
 * same kind (same loader, library imported, no work), measured in the same run. Targets: at
 * most 10 s per case, progress reported; memory at most 128 MB above the bare process whatever
 * the zip (its size comes on top for a check of bytes in memory). Much of that is garbage of
 * the inflated output that the collector frees in its own time, never data held.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPiecesZipFile } from '../src/node/index.js';
import { checkPiecesZip } from '../src/zip/index.js';
import { DEPOSIT } from '../test/helpers/valid-file.js';
import { commentedZip, writeSparseZip, xmlBombZip, xmlDeposit } from '../test/zip/helpers/worst.js';

const MB = 1_000_000;
const options = { depositDate: DEPOSIT };
const small = process.argv.includes('--small');

/** One worst case: how to build it, how to check it. */
interface WorstCase {
  name: string;
  /** Writes the case's JSON and zip (or sparse file) under `dir`. */
  make(dir: string): Promise<void>;
  /** `true`: check the file by path; `false`: read it into memory and check the bytes. */
  fromFile: boolean;
}

const xmlCase = (name: string, requests: number, perRequest: number, inflated: number, fromFile: boolean): WorstCase => ({
  name,
  fromFile,
  make(dir) {
    const { json, names } = xmlDeposit(requests, perRequest);
    writeFileSync(join(dir, 'deposit.json'), json);
    writeFileSync(join(dir, 'deposit.zip'), xmlBombZip(names, inflated));
    return Promise.resolve();
  },
});

/** The cases, at the limits or (`--small`) at the counts of the test suite. */
export function worstCases(scale: 'full' | 'small'): WorstCase[] {
  const full = scale === 'full';
  const inflated = full ? 3_000_000 : 30_000;
  return [
    xmlCase(`${full ? 1600 : 16} XML pieces × ${inflated} B inflated, in memory`, full ? 200 : 2, 8, inflated, false),
    xmlCase(`${full ? 1600 : 16} XML pieces × ${inflated} B inflated, from a file`, full ? 200 : 2, 8, inflated, true),
    xmlCase(`${full ? 8000 : 80} declared XML pieces × ${inflated} B inflated, from a file`, full ? 200 : 2, 40, inflated, true),
    {
      name: `${full ? 400 : 4} stored pieces with 64 KB comments, from a file`,
      fromFile: true,
      make(dir) {
        const { json, names } = xmlDeposit(full ? 200 : 2, 2);
        writeFileSync(join(dir, 'deposit.json'), json.replaceAll('"XML"', '"PDF"'));
        writeFileSync(join(dir, 'deposit.zip'), commentedZip(names, full ? 410_000 : 4_100));
        return Promise.resolve();
      },
    },
    ...[false, true].map(
      (zip64): WorstCase => ({
        name: `sparse ${zip64 ? '6 GB zip64' : '3 GB'} file declaring a directory as large`,
        fromFile: true,
        async make(dir) {
          writeFileSync(join(dir, 'deposit.json'), xmlDeposit(1, 2).json);
          await writeSparseZip(join(dir, 'deposit.zip'), zip64 ? 6_000_000_000 : 3_000_000_000, zip64);
        },
      }),
    ),
  ];
}

/** What a child reports. */
interface Measure {
  ms: number;
  peak: number;
  ok: boolean;
  issues: number;
  progress: number;
  zipBytes: number;
}

async function runCase(index: number, dir: string): Promise<Measure> {
  const worst = worstCases(small ? 'small' : 'full')[index] as WorstCase;
  const json = await readFile(join(dir, 'deposit.json'), 'utf8');
  const path = join(dir, 'deposit.zip');
  let progress = 0;
  const onProgress = (): void => {
    progress++;
  };
  const bytes = worst.fromFile ? undefined : await readFile(path);
  const start = performance.now();
  const report = bytes ? await checkPiecesZip(bytes, json, { ...options, onProgress }) : await checkPiecesZipFile(path, json, { ...options, onProgress });
  return { ms: performance.now() - start, peak: process.resourceUsage().maxRSS * 1024, ok: report.ok, issues: report.issues.length, progress, zipBytes: statSync(path).size };
}

function child(args: string[]): string {
  const script = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [...process.execArgv, script, ...args, ...(small ? ['--small'] : [])], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${String(result.status)}):\n${result.stderr}`);
  return result.stdout.trim().split('\n').at(-1) ?? '';
}

async function main(): Promise<void> {
  const [flag, arg, dir] = process.argv.slice(2);
  if (flag === '--bare') {
    console.log(JSON.stringify(process.resourceUsage().maxRSS * 1024));
    return;
  }
  if (flag === '--make' && arg !== undefined && dir !== undefined) {
    await (worstCases(small ? 'small' : 'full')[Number(arg)] as WorstCase).make(dir);
    console.log('{}');
    return;
  }
  if (flag === '--case' && arg !== undefined && dir !== undefined) {
    console.log(JSON.stringify(await runCase(Number(arg), dir)));
    return;
  }
  console.log(`Worst cases of the zip check — Node ${process.version}, ${availableParallelism()} CPU(s)${small ? ' (small counts)' : ''}`);
  const bare = Number(child(['--bare']));
  const rows: string[][] = [['case', 'time', 'target', 'peak RSS above bare', 'target', 'progress calls', 'verdict', '']];
  let missed = 0;
  for (const [i, worst] of worstCases(small ? 'small' : 'full').entries()) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-zip-worst-'));
    try {
      child(['--make', String(i), dir]); // built in a process of its own: not in the measure
      const m = JSON.parse(child(['--case', String(i), dir])) as Measure;
      const above = m.peak - bare;
      const memoryLimit = (worst.fromFile ? 0 : m.zipBytes) + 128 * MB;
      const pass = m.ms <= 10_000 && above <= memoryLimit;
      if (!pass) missed++;
      rows.push([worst.name, `${(m.ms / 1000).toFixed(2)} s`, '≤ 10 s', `${(above / MB).toFixed(1)} MB`, `≤ ${(memoryLimit / MB).toFixed(0)} MB`, String(m.progress), `${m.ok ? 'ok' : 'refused'} (${m.issues} issues)`, pass ? 'ok' : 'MISSED']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd());
  console.log(`\nbare process: ${(bare / MB).toFixed(1)} MB peak RSS`);
  if (missed > 0) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
