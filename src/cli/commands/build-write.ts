import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { SoldeValidationError } from '../../issues/error.js';
import type { Issue, Locale } from '../../issues/types.js';
import { cliText } from '../messages.js';
import { writePiecesZip } from '../../node/write-pieces-zip.js';
import { requestIndex } from '../../report/request-index.js';
import type { PlannedDeposit } from '../../plan/plan-types.js';
import { locateIssue } from '../csv/locate-problems.js';
import type { CsvDemande, CsvProblem } from '../csv/read-demandes-csv.js';
import { watchInterruptions } from '../io/interruption.js';
import { readFailure } from '../io/read-input.js';
import { isSystemError } from '../io/system-error.js';
import { publishAll, type Move } from '../io/publish-all.js';
import { makeStaging, removeStaleStaging } from '../io/staging.js';
import { checkTargets, ensureFolder, removeCreatedFolders, writeFailure } from '../io/write-output.js';
import { paint, type Terminal } from '../output/terminal.js';

/** Where each piece of each request (by index) comes from on disk, by its canonical name. */
export type PieceSources = Map<string, { path: string; column: 'facture' | 'va' }>[];

/** Points an issue of one deposit's file at the request among all the CSV's requests. */
function inAllRequests(issue: Issue, deposit: PlannedDeposit): Issue {
  const index = requestIndex(issue);
  if (issue.demande !== undefined || index === undefined) return issue;
  return { ...issue, demande: { index: deposit.firstIndex + index } };
}

/** A failure while zipping: reading a piece (the system names it) or writing the zip. */
function zipFailure(err: unknown, staging: string, target: string, locale: Locale): Error {
  if (isSystemError(err) && err.path !== undefined && !err.path.startsWith(staging)) return readFailure(err.path, err, locale);
  return writeFailure(target, err, locale);
}

/** How and where {@link writeDeposits} writes. */
export interface WriteDepositsOptions {
  outDir: string;
  depositDate: Date;
  locale: Locale;
  maxZipBytes: number;
  term: Terminal;
  /** `--overwrite`: deposits of the same names already in `outDir` are replaced. Default false. */
  overwrite?: boolean | undefined;
  /** The files the command reads (the CSV, the pieces): never written over. */
  inputs?: readonly string[] | undefined;
  /** Where SIGINT / SIGTERM are listened to (default: the process). */
  signals?: NodeJS.EventEmitter | undefined;
  /** `--inspect`: each piece is read before it is written (`segur-sgl-solde/pieces`). Default false. */
  inspectContent?: boolean | undefined;
}

/**
 * Writes every planned deposit — its JSON and its zip, streamed from the pieces on disk — into
 * a staging folder inside `outDir`, then moves them into `outDir` only when all of them were
 * written, all or nothing: a refused piece in any deposit, or a target that cannot take its
 * name, leaves `outDir` as it was. Existing deposits are not replaced unless `overwrite`.
 * SIGINT / SIGTERM stop the writing and remove the staging folder; staging folders left by
 * runs that were killed are removed first. A progress bar is drawn on a TTY while zipping.
 *
 * @returns the problems, located in the CSV (empty when the deposits were written)
 * @throws {CliError} `FILE_EXISTS`, `FILE_IS_INPUT`, `FILE_NOT_WRITABLE`, `INTERRUPTED`
 * @example
 * ```ts
 * const problems = await writeDeposits(deposits, sources, rows, { outDir: 'out', depositDate, locale: 'fr', maxZipBytes, term });
 * ```
 */
export async function writeDeposits(
  deposits: readonly PlannedDeposit[],
  sources: PieceSources,
  rows: readonly CsvDemande[],
  options: WriteDepositsOptions,
): Promise<CsvProblem[]> {
  const created = await ensureFolder(options.outDir, options.locale);
  let problems: CsvProblem[] | undefined;
  try {
    problems = await stageAndPublish(deposits, sources, rows, options);
    return problems;
  } finally {
    // Nothing published: a folder this run created goes too.
    if (problems?.length !== 0 && created !== undefined) await removeCreatedFolders(options.outDir, created);
  }
}

/** {@link writeDeposits} once `outDir` exists. */
async function stageAndPublish(
  deposits: readonly PlannedDeposit[],
  sources: PieceSources,
  rows: readonly CsvDemande[],
  options: WriteDepositsOptions,
): Promise<CsvProblem[]> {
  const { outDir, locale } = options;
  const overwrite = options.overwrite === true;
  try {
    await removeStaleStaging(outDir);
  } catch (err) {
    throw writeFailure(outDir, err, locale);
  }
  const moves = (staging: string): Move[] =>
    deposits.flatMap((d) => [d.fileName, d.zipFileName]).map((name) => ({ from: join(staging, name), to: join(outDir, name) }));
  const inputs = [...(options.inputs ?? []), ...sources.flatMap((map) => [...map.values()].map((s) => s.path))];
  await checkTargets(
    moves('').map((m) => m.to),
    { overwrite, inputs, locale },
  );
  let staging: string;
  try {
    staging = await makeStaging(outDir);
  } catch (err) {
    throw writeFailure(outDir, err, locale);
  }
  const watch = watchInterruptions(locale, options.signals);
  const problems: CsvProblem[] = [];
  const bar = options.term.progress ? new cliProgress.SingleBar({ format: '{file} [{bar}] {value}/{total}', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic) : undefined;
  try {
    for (const deposit of deposits) {
      watch.signal.throwIfAborted();
      const built = deposit.build({ locale });
      await writeFile(join(staging, deposit.fileName), built.json, { encoding: 'utf8', signal: watch.signal }).catch((err: unknown) => {
        throw watch.signal.aborted ? watch.signal.reason : writeFailure(join(outDir, deposit.fileName), err, locale);
      });
      const pieces: Record<string, string> = {};
      for (let i = 0; i < deposit.size; i++) for (const [name, source] of sources[deposit.firstIndex + i] ?? []) pieces[name] = source.path;
      bar?.start(deposit.pieces.length, 0, { file: deposit.zipFileName });
      try {
        const written = await writePiecesZip(built.json, pieces, join(staging, deposit.zipFileName), {
          depositDate: options.depositDate,
          locale,
          maxZipBytes: options.maxZipBytes,
          signal: watch.signal,
          onProgress: ({ done }) => bar?.update(done),
          inspectContent: options.inspectContent === true,
        });
        for (const warning of written.issues ?? []) {
          const at = locateIssue(inAllRequests(warning, deposit), rows);
          options.term.out(`${paint(options.term, 'yellow', '!')} ${cliText(options.locale).lineColumn(at.line, at.column)} : ${at.message}`);
        }
      } catch (err) {
        if (watch.signal.aborted) throw watch.signal.reason;
        if (!(err instanceof SoldeValidationError)) throw zipFailure(err, staging, join(outDir, deposit.zipFileName), locale);
        for (const issue of err.issues) if (issue.severity === 'error') problems.push(locateIssue(inAllRequests(issue, deposit), rows));
      } finally {
        bar?.stop();
      }
    }
    if (problems.length > 0) return problems;
    watch.signal.throwIfAborted();
    // From here the deposits are moved into place whatever comes: the moves take a moment, and
    // stopping in their middle is what all-or-nothing forbids.
    const failed = await publishAll(moves(staging), { overwrite, backupDir: staging });
    if (failed) throw writeFailure(failed.move.to, failed.error, locale);
    return [];
  } finally {
    watch.dispose();
    await rm(staging, { recursive: true, force: true });
  }
}
