/**
 * Benchmark of the zip of attachments (issues 4 and 11). Run: `npm run bench:zip`.
 *
 * - Anchor: Info-ZIP `zip -0 -X -q -D` (Debian's `zip` package) storing the same folder of
 *   400 PDFs × 250 000 bytes (100 MB), timed in the same run; the writer
 *   `writePiecesZipFromFolder` is timed against it (median of alternated rounds). Target:
 *   ≤ 3× its wall time. Without `zip` on the PATH the bench says so and skips that ratio.
 * - Memory: each scenario runs in its own child process; its peak is the child's peak RSS
 *   (`process.resourceUsage().maxRSS`) above a bare process of the same kind — the same Node
 *   with the same loader and the library imported, doing nothing (its own peak, measured in
 *   the same run). Targets: the writer ≤ 0.5 × the payload; `buildPiecesZip` in memory
 *   (pieces read into memory first) ≤ 3 × the payload.
 * - Check of a 200 MB zip (400 pieces × 499 000 bytes, under the 200 000 000-byte limit),
 *   given as bytes to `checkPiecesZip` and as a path to `checkPiecesZipFile`: peak ≤ 1.5 × the
 *   zip, and for the file at most 128 MB whatever the zip (as in bench-zip-worst.ts).
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeSoldeFile, validateSoldeFile } from '../src/index.js';
import { checkPiecesZipFile, writePiecesZipFromFolder } from '../src/node/index.js';
import { buildPiecesZip, checkPiecesZip } from '../src/zip/index.js';
import { DEPOSIT, validFile } from '../test/helpers/valid-file.js';

const REQUESTS = 200;
const PIECE_BYTES = 250_000;
const BIG_PIECE_BYTES = 499_000;
const ROUNDS = 3;
const MB = 1_000_000;

const json = serializeSoldeFile(validFile(REQUESTS));
const options = { depositDate: DEPOSIT };

interface ChildResult {
  /** Milliseconds per scenario name (speed child). */
  times?: Record<string, number>;
  base?: number;
  peak?: number;
  ms?: number;
  bytes?: number;
  ok?: boolean;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const maxRss = (): number => process.resourceUsage().maxRSS * 1024;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function readPieces(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir).sort()) if (name.endsWith('.pdf')) out[name] = readFileSync(join(dir, name));
  return out;
}

/** Info-ZIP storing the folder's pieces (`zip -0 -X -q -D`), or undefined when `zip` is missing. */
function infoZip(dir: string, out: string): boolean {
  rmSync(out, { force: true });
  const names = readdirSync(dir).filter((n) => n.endsWith('.pdf')).sort();
  const result = spawnSync('zip', ['-0', '-X', '-q', '-D', out, ...names], { cwd: dir });
  return result.status === 0;
}

const hasZip = spawnSync('zip', ['-v']).status === 0;

async function time(run: () => unknown): Promise<number> {
  gc();
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The work of one child process. */
async function child(scenario: string, dir: string): Promise<ChildResult> {
  const small = join(dir, 'pieces-100mb');
  const out = join(dir, `out-${scenario}.zip`);
  const zip200 = join(dir, 'pieces-200mb.zip');
  const base = maxRss();
  switch (scenario) {
    case 'idle':
      return { base, peak: maxRss() };
    case 'speed': {
      await writePiecesZipFromFolder(json, small, out, { ...options, overwrite: true });
      const times: Record<string, number[]> = { zip: [], stream: [] };
      for (let i = 0; i < ROUNDS; i++) {
        if (hasZip) times.zip?.push(await time(() => infoZip(small, `${out}.info.zip`)));
        times.stream?.push(await time(() => writePiecesZipFromFolder(json, small, out, { ...options, overwrite: true })));
      }
      return { times: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) };
    }
    case 'build-memory': {
      const pieces = readPieces(small);
      const start = performance.now();
      const zip = await buildPiecesZip(json, pieces, options);
      return { base, peak: maxRss(), ms: performance.now() - start, bytes: zip.length };
    }
    case 'validate': {
      const start = performance.now();
      const report = validateSoldeFile(json, options);
      return { base, peak: maxRss(), ms: performance.now() - start, ok: report.ok };
    }
    case 'build-stream': {
      const start = performance.now();
      const written = await writePiecesZipFromFolder(json, small, out, { ...options, overwrite: true });
      return { base, peak: maxRss(), ms: performance.now() - start, bytes: written.bytes };
    }
    case 'make-200mb': {
      const written = await writePiecesZipFromFolder(json, join(dir, 'pieces-200mb'), zip200, { ...options, overwrite: true });
      return { bytes: written.bytes };
    }
    case 'check-memory': {
      const bytes = readFileSync(zip200);
      const start = performance.now();
      const report = await checkPiecesZip(bytes, json, options);
      return { base, peak: maxRss(), ms: performance.now() - start, bytes: bytes.length, ok: report.ok };
    }
    case 'check-file': {
      const start = performance.now();
      const report = await checkPiecesZipFile(zip200, json, options);
      return { base, peak: maxRss(), ms: performance.now() - start, bytes: statSync(zip200).size, ok: report.ok };
    }
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }
}

function runChild(scenario: string, dir: string): ChildResult {
  const script = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', script, '--child', scenario, dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`${scenario} failed:\n${result.stderr}`);
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as ChildResult;
}

function writeFixtures(dir: string): void {
  const file = validFile(REQUESTS);
  for (const [folder, size] of [
    ['pieces-100mb', PIECE_BYTES],
    ['pieces-200mb', BIG_PIECE_BYTES],
  ] as const) {
    mkdirSync(join(dir, folder));
    for (const line of file.lignesImport) {
      for (const piece of line.piecesJustificatives) {
        const bytes = randomFillSync(new Uint8Array(size));
        bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
        writeFileSync(join(dir, folder, piece.nomFichier), bytes);
      }
    }
  }
}

interface Row {
  what: string;
  measure: string;
  value: string;
  ratio: number;
  unit: string;
  target: string;
  pass: boolean;
}

function print(rows: Row[]): void {
  const cells = rows.map((r) => [r.what, r.measure, r.value, `${r.ratio.toFixed(2)}× ${r.unit}`, r.target, r.pass ? 'ok' : 'MISSED']);
  const head = ['scenario', 'measure', 'value', 'ratio', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]): string => c.map((x, i) => x.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

async function main(): Promise<void> {
  const [flag, scenario, dir] = process.argv.slice(2);
  if (flag === '--child' && scenario !== undefined && dir !== undefined) {
    console.log(JSON.stringify(await child(scenario, dir)));
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'bench-zip-'));
  try {
    const payload = REQUESTS * 2 * PIECE_BYTES;
    console.log(`Benchmark of the zip of attachments — Node ${process.version}, ${availableParallelism()} CPU(s)`);
    console.log(`payload: ${REQUESTS} requests × 2 PDFs × ${PIECE_BYTES} B = ${payload / MB} MB; anchor: ${hasZip ? 'Info-ZIP zip -0 -X' : 'zip NOT FOUND (apt-get install zip): time ratio skipped'}`);
    writeFixtures(work);
    const idle = runChild('idle', work);
    const speed = runChild('speed', work).times ?? {};
    const memory = runChild('build-memory', work);
    const stream = runChild('build-stream', work);
    const validation = runChild('validate', work);
    const big = runChild('make-200mb', work).bytes ?? 0;
    const check = runChild('check-memory', work);
    const checkFile = runChild('check-file', work);
    const bare = idle.peak ?? 0;
    const above = (r: ChildResult): number => (r.peak ?? 0) - bare;
    const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;
    const ms = (v: number): string => `${v.toFixed(0)} ms`;
    const zipMs = speed.zip ?? Number.NaN;
    const streamMs = speed.stream ?? Number.NaN;
    const rows: Row[] = [
      { what: 'Info-ZIP zip -0 -X (anchor)', measure: 'time (median)', value: hasZip ? ms(zipMs) : 'missing', ratio: 1, unit: 'anchor', target: '', pass: hasZip },
      { what: 'writePiecesZipFromFolder', measure: 'time (median)', value: ms(streamMs), ratio: streamMs / zipMs, unit: 'anchor time', target: '≤ 3.00×', pass: hasZip && streamMs / zipMs <= 3 },
      {
        what: 'writePiecesZipFromFolder',
        measure: 'peak RSS above a bare process',
        value: `${mb(above(stream))} (JSON validation alone ${mb(above(validation))})`,
        ratio: above(stream) / payload,
        unit: 'payload',
        target: '≤ 0.50×',
        pass: above(stream) / payload <= 0.5,
      },
      { what: 'buildPiecesZip (in memory)', measure: 'peak RSS above a bare process', value: `${mb(above(memory))}, ${ms(memory.ms ?? 0)}`, ratio: above(memory) / payload, unit: 'payload', target: '≤ 3.00×', pass: above(memory) / payload <= 3 },
      { what: `checkPiecesZip (${mb(big)} zip as bytes)`, measure: 'peak RSS above a bare process', value: `${mb(above(check))}, ${ms(check.ms ?? 0)}`, ratio: above(check) / big, unit: 'zip', target: '≤ 1.50×', pass: above(check) / big <= 1.5 && check.ok === true },
      {
        what: `checkPiecesZipFile (${mb(big)} zip on disk)`,
        measure: 'peak RSS above a bare process',
        value: `${mb(above(checkFile))}, ${ms(checkFile.ms ?? 0)}`,
        ratio: above(checkFile) / big,
        unit: 'zip',
        target: '≤ 128 MB',
        pass: above(checkFile) <= 128 * MB && checkFile.ok === true,
      },
    ];
    print(rows);
    console.log(`\nzip sizes: ${memory.bytes ?? 0} B (in memory) = ${stream.bytes ?? 0} B (stream); 200 MB check: ${big} B, verdict ok = ${String(check.ok)}`);
    console.log(`absolute peak RSS: bare process ${mb(bare)}, build in memory ${mb(memory.peak ?? 0)}, writer ${mb(stream.peak ?? 0)}, check ${mb(check.peak ?? 0)}, check file ${mb(checkFile.peak ?? 0)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
