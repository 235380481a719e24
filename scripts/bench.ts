/**
 * Speed of the library against the baselines it cannot beat, measured in one run (tinybench)
 * and printed as ratios with the target beside each:
 *
 * - validateSoldeFile on a 200-request raw text / JSON.parse of the same text: in wall time, and
 *   in CPU time over alternating rounds (≤ 8×: a guard against a slow path, not a race — issue
 *   11; the CPU time holds on a shared machine, where wall times take other processes' turns);
 * - serializeSoldeFile of a 200-request file / JSON.stringify of it (≤ 2×);
 * - the builder adding 200 demands and writing the JSON / JSON.stringify of the result
 *   (no target);
 * - `segur-solde validate` wall time / `node -e 0` (≤ 4×).
 *
 * It measures the built package (dist/), as applications run it: build first (npm run build).
 * Ratios are of medians. Run: npx tsx scripts/bench.ts [--time ms] [--strict]
 * (`--strict` exits 1 when a target is missed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Bench, type Task } from 'tinybench';
import type { SoldeFile } from '../src/index.js';
import { HEADER, validDemandes } from '../test/builder/demande-fixtures.js';
import { DEPOSIT, validFile } from '../test/helpers/valid-file.js';

const root = join(import.meta.dirname, '..');
// The built package, as an application runs it (tsx's transform of src/ adds a naming call to every closure it creates).
const entry = join(root, 'dist', 'index.js');
if (!existsSync(entry)) {
  console.error('bench: dist/index.js does not exist: build first (npm run build)');
  process.exit(2);
}
const { serializeSoldeFile, SoldeFileBuilder, validateSoldeFile } = (await import(pathToFileURL(entry).href)) as typeof import('../src/index.js');
const timeAt = process.argv.indexOf('--time');
const time = timeAt >= 0 ? Number(process.argv[timeAt + 1]) : 1500;
const strict = process.argv.includes('--strict');
/** validateSoldeFile on 200 requests may take at most this many times JSON.parse of the same text (issue 11). */
const VALIDATE_TARGET = 8;

const file: SoldeFile = validFile(200);
const text = serializeSoldeFile(file);
if (!validateSoldeFile(text, { depositDate: DEPOSIT }).ok) throw new Error('bench: the 200-request file should be valid');

interface Row {
  measure: string;
  ratio: number | undefined;
  target: number | undefined;
  detail: string;
}
const rows: Row[] = [];

function median(task: Task | undefined): number {
  const result = task?.result;
  if (result?.state !== 'completed') throw new Error(`bench: task ${task?.name ?? '?'} did not complete (${result?.state ?? 'missing'})`);
  return result.latency.p50;
}

const demandes = validDemandes(200);
const buildJson = (): string => new SoldeFileBuilder(HEADER).addDemandes(demandes).toJSON({ depositDate: DEPOSIT });
const built = JSON.parse(buildJson()) as unknown;

const bench = new Bench({ time, warmupTime: 300 });
bench
  .add('JSON.parse (200 requests)', () => JSON.parse(text))
  .add('validateSoldeFile (200 requests, text)', () => validateSoldeFile(text, { depositDate: DEPOSIT }))
  .add('JSON.stringify (200 requests)', () => JSON.stringify(file))
  .add('serializeSoldeFile (200 requests)', () => serializeSoldeFile(file))
  // The serializer returns a rope that its first reader flattens (JSON.stringify returns a flat string): read one character to pay that too.
  .add('serializeSoldeFile + flatten (200 requests)', () => serializeSoldeFile(file).charCodeAt(text.length >> 1));
bench.add('builder: 200 addDemande + toJSON', buildJson).add('JSON.stringify (builder result)', () => JSON.stringify(built));
await bench.run();
const at = (name: string) => median(bench.getTask(name));

const ms = (n: number) => `${n.toFixed(3)} ms`;
const validate = at('validateSoldeFile (200 requests, text)');
const parse = at('JSON.parse (200 requests)');
rows.push({ measure: 'validateSoldeFile(text) / JSON.parse(text)', ratio: validate / parse, target: undefined, detail: `${ms(validate)} / ${ms(parse)} (wall)` });
// The guard: the same two measured in CPU time, in alternating rounds, so that a loaded machine (other processes taking
// the cores in turns) weighs on both alike; the median round's ratio.
const cpuMs = (task: () => unknown, runs: number): number => {
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) task();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / runs;
};
const rounds = Array.from({ length: 9 }, () => {
  const parseCpu = cpuMs(() => JSON.parse(text), 100);
  const validateCpu = cpuMs(() => validateSoldeFile(text, { depositDate: DEPOSIT }), 30);
  return { parseCpu, validateCpu, ratio: validateCpu / parseCpu };
}).sort((a, b) => a.ratio - b.ratio);
const round = rounds[Math.floor(rounds.length / 2)] ?? { parseCpu: Number.NaN, validateCpu: Number.NaN, ratio: Number.NaN };
rows.push({
  measure: '  the same in CPU time, alternating rounds',
  ratio: round.ratio,
  target: VALIDATE_TARGET,
  detail: `${ms(round.validateCpu)} / ${ms(round.parseCpu)} (CPU)`,
});
const serialize = at('serializeSoldeFile (200 requests)');
const stringify = at('JSON.stringify (200 requests)');
rows.push({ measure: 'serializeSoldeFile(file) / JSON.stringify(file)', ratio: serialize / stringify, target: 2, detail: `${ms(serialize)} / ${ms(stringify)}` });
const flattened = at('serializeSoldeFile + flatten (200 requests)');
rows.push({ measure: '  the same, its text flattened as a writer would', ratio: flattened / stringify, target: undefined, detail: `${ms(flattened)} / ${ms(stringify)}` });
const build = at('builder: 200 addDemande + toJSON');
const plain = at('JSON.stringify (builder result)');
rows.push({ measure: 'builder 200 demands + toJSON / JSON.stringify(result)', ratio: build / plain, target: undefined, detail: `${ms(build)} / ${ms(plain)}` });

// The command line: wall time of a whole process, medians of a few runs.
const cli = join(root, 'dist', 'cli.js');
if (existsSync(cli)) {
  const dir = mkdtempSync(join(tmpdir(), 'segur-bench-'));
  const jsonFile = join(dir, 'JSON-ANS0000001-20240320-001.json');
  writeFileSync(jsonFile, text);
  const wall = (args: string[]): number => {
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
      times.push(performance.now() - start);
      if (run.status !== 0) throw new Error(`bench: node ${args.join(' ')} exited ${String(run.status)}`);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
  };
  const command = wall([cli, 'validate', jsonFile, '--deposit-date', '2024-03-20']);
  const empty = wall(['-e', '0']);
  rmSync(dir, { recursive: true, force: true });
  rows.push({ measure: 'segur-solde validate (wall) / node -e 0', ratio: command / empty, target: 4, detail: `${ms(command)} / ${ms(empty)}` });
} else {
  rows.push({ measure: 'segur-solde validate (wall) / node -e 0', ratio: undefined, target: 4, detail: 'SKIPPED: dist/cli.js does not exist (build it: npm run build)' });
}

const width = Math.max(...rows.map((r) => r.measure.length));
console.log(`\nBenchmarks — Node ${process.version}, medians, ${time} ms per task\n`);
let missed = false;
for (const r of rows) {
  const ratio = r.ratio === undefined ? '   —  ' : `${r.ratio.toFixed(2).padStart(5)}×`;
  const target = r.target === undefined ? 'no target' : `target ≤ ${r.target}×`;
  const mark = r.ratio === undefined || r.target === undefined ? ' ' : r.ratio <= r.target ? '✓' : '✗';
  if (mark === '✗') missed = true;
  console.log(`${mark} ${r.measure.padEnd(width)}  ${ratio}  ${target.padEnd(13)}  ${r.detail}`);
}
process.exit(strict && missed ? 1 : 0);
