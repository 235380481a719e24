/**
 * Benchmark of the zip of attachments (issue 4). Run: `npx tsx scripts/bench-zip.ts`.
 *
 * - Speed: a zip of 200 requests × 2 PDFs of 250 000 bytes (100 MB), built in memory by
 *   `buildPiecesZip` and streamed to a file by `writePiecesZipFromFolder`, against a floor
 *   measured in the same process: CRC-32 of every piece (`zlib.crc32`, else a table CRC)
 *   plus one copy of the same bytes (`Buffer.concat`). Median of 5 alternated rounds. The
 *   streamed build also reads 100 MB from disk and writes (and flushes) 100 MB: a second
 *   floor, with that I/O (read, CRC, write each piece, fsync), is printed beside it.
 * - Memory: each scenario runs in its own child process; peak memory is the child's peak
 *   RSS (`process.resourceUsage().maxRSS`) minus its RSS before the payload was loaded.
 * - Check of a 200 MB zip (400 pieces × 499 000 bytes, under the 200 000 000-byte limit),
 *   given as bytes to `checkPiecesZip` and as a path to `checkPiecesZipFile`.
 *
 * Targets: speed ≥ 0.5 × the floor's; build peak ≤ 2.5 × payload (streaming: a few pieces);
 * check peak ≤ 1.5 × the zip.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import { serializeSoldeFile, validateSoldeFile } from '../src/index.js';
import { checkPiecesZipFile, writePiecesZipFromFolder } from '../src/node/index.js';
import { crc32Js } from '../src/zip/crc32.js';
import { buildPiecesZip, checkPiecesZip, DEFAULT_MAX_PIECE_BYTES } from '../src/zip/index.js';
import { DEPOSIT, validFile } from '../test/helpers/valid-file.js';

const REQUESTS = 200;
const PIECE_BYTES = 250_000;
const BIG_PIECE_BYTES = 499_000;
const ROUNDS = 5;
const MB = 1_000_000;

const nativeCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
const floorCrc = nativeCrc ?? crc32Js;
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

/** CRC-32 of each piece and one copy of all their bytes: what any zip writer must do at least. */
function floor(pieces: Uint8Array[]): number {
  let crc = 0;
  for (const p of pieces) crc ^= floorCrc(p);
  return Buffer.concat(pieces).length + (crc & 0);
}

/** The least a streamed build does: read each piece from disk, CRC it, write it, flush the file. */
async function ioFloor(dir: string, out: string): Promise<void> {
  const handle = await open(out, 'w');
  try {
    for (const name of readdirSync(dir).sort()) {
      const bytes = await readFile(join(dir, name));
      floorCrc(bytes);
      await handle.write(bytes);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

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
    case 'speed': {
      const pieces = readPieces(small);
      const list = Object.values(pieces);
      floor(list);
      await buildPiecesZip(json, pieces, options);
      await writePiecesZipFromFolder(json, small, out, { ...options, overwrite: true });
      const times: Record<string, number[]> = { floor: [], ioFloor: [], memory: [], stream: [] };
      for (let i = 0; i < ROUNDS; i++) {
        times.floor?.push(await time(() => floor(list)));
        times.ioFloor?.push(await time(() => ioFloor(small, `${out}.floor`)));
        times.memory?.push(await time(() => buildPiecesZip(json, pieces, options)));
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
    console.log(`payload: ${REQUESTS} requests × 2 PDFs × ${PIECE_BYTES} B = ${payload / MB} MB; floor CRC: ${nativeCrc ? 'zlib.crc32 (native)' : 'table CRC (no zlib.crc32)'}`);
    writeFixtures(work);
    const speed = runChild('speed', work).times ?? {};
    const memory = runChild('build-memory', work);
    const stream = runChild('build-stream', work);
    const validation = runChild('validate', work);
    const big = runChild('make-200mb', work).bytes ?? 0;
    const check = runChild('check-memory', work);
    const checkFile = runChild('check-file', work);
    const floorMs = speed.floor ?? Number.NaN;
    const grown = (r: ChildResult): number => (r.peak ?? 0) - (r.base ?? 0);
    const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;
    const ms = (v: number): string => `${v.toFixed(0)} ms`;
    const rows: Row[] = [
      { what: 'floor: CRC-32 + Buffer.concat', measure: 'time (median)', value: ms(floorMs), ratio: 1, unit: 'floor', target: '', pass: true },
      { what: 'buildPiecesZip (in memory)', measure: 'time (median)', value: ms(speed.memory ?? 0), ratio: floorMs / (speed.memory ?? 1), unit: 'floor speed', target: '≥ 0.50×', pass: floorMs / (speed.memory ?? 1) >= 0.5 },
      { what: 'buildPiecesZip (in memory)', measure: 'peak RSS − baseline', value: mb(grown(memory)), ratio: grown(memory) / payload, unit: 'payload', target: '≤ 2.50×', pass: grown(memory) / payload <= 2.5 },
      { what: 'writePiecesZipFromFolder (stream)', measure: 'time (median)', value: ms(speed.stream ?? 0), ratio: floorMs / (speed.stream ?? 1), unit: 'floor speed', target: '≥ 0.50×', pass: floorMs / (speed.stream ?? 1) >= 0.5 },
      { what: 'I/O floor: read + CRC + write + fsync', measure: 'time (median)', value: ms(speed.ioFloor ?? 0), ratio: floorMs / (speed.ioFloor ?? 1), unit: 'floor speed', target: '(reference)', pass: true },
      {
        what: 'writePiecesZipFromFolder (stream)',
        measure: 'time vs I/O floor',
        value: ms(speed.stream ?? 0),
        ratio: (speed.ioFloor ?? 0) / (speed.stream ?? 1),
        unit: 'I/O floor speed',
        target: '≥ 0.50×',
        pass: (speed.ioFloor ?? 0) / (speed.stream ?? 1) >= 0.5,
      },
      {
        what: 'writePiecesZipFromFolder (stream)',
        measure: 'peak RSS − baseline',
        value: `${mb(grown(stream))} (JSON validation alone ${mb(grown(validation))})`,
        ratio: grown(stream) / payload,
        unit: 'payload',
        target: '≤ 2.50×, a few pieces',
        pass: grown(stream) / payload <= 2.5 && grown(stream) - grown(validation) <= 5 * DEFAULT_MAX_PIECE_BYTES,
      },
      { what: `checkPiecesZip (${mb(big)} zip as bytes)`, measure: 'peak RSS − baseline', value: `${mb(grown(check))}, ${ms(check.ms ?? 0)}`, ratio: grown(check) / big, unit: 'zip', target: '≤ 1.50×', pass: grown(check) / big <= 1.5 && check.ok === true },
      {
        what: `checkPiecesZipFile (${mb(big)} zip on disk)`,
        measure: 'peak RSS − baseline',
        value: `${mb(grown(checkFile))}, ${ms(checkFile.ms ?? 0)}`,
        ratio: grown(checkFile) / big,
        unit: 'zip',
        target: '≤ 1.50×',
        pass: grown(checkFile) / big <= 1.5 && checkFile.ok === true,
      },
    ];
    print(rows);
    console.log(`\nzip sizes: ${memory.bytes ?? 0} B (in memory) = ${stream.bytes ?? 0} B (stream); 200 MB check: ${big} B, verdict ok = ${String(check.ok)}`);
    console.log(`absolute peaks: build in memory ${mb(memory.peak ?? 0)}, stream ${mb(stream.peak ?? 0)}, check ${mb(check.peak ?? 0)}, check file ${mb(checkFile.peak ?? 0)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
