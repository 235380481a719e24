import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { SoldeValidationError } from '../../issues/error.js';
import type { Issue, Locale } from '../../issues/types.js';
import { writePiecesZip } from '../../node/write-pieces-zip.js';
import type { PlannedDeposit } from '../../plan/plan-types.js';
import { locateIssue } from '../csv/locate-problems.js';
import type { CsvDemande, CsvProblem } from '../csv/read-demandes-csv.js';
import { paint, type Terminal } from '../output/terminal.js';

/** Where each piece of each request (by index) comes from on disk, by its canonical name. */
export type PieceSources = Map<string, { path: string; column: 'facture' | 'va' }>[];

/** Points an issue of one deposit's file at the request among all the CSV's requests. */
function inAllRequests(issue: Issue, deposit: PlannedDeposit): Issue {
  if (issue.demande !== undefined || issue.path[0] !== 'lignesImport' || typeof issue.path[1] !== 'number') return issue;
  return { ...issue, demande: { index: deposit.firstIndex + issue.path[1] } };
}

/**
 * Writes every planned deposit — its JSON and its zip, streamed from the pieces on disk — into
 * a staging folder inside `outDir`, then moves them into `outDir` only when all of them were
 * written: a refused piece in any deposit leaves nothing on disk. A progress bar is drawn on
 * a TTY while zipping.
 *
 * @returns the problems, located in the CSV (empty when the deposits were written)
 * @example
 * ```ts
 * const problems = await writeDeposits(deposits, sources, rows, { outDir: 'out', depositDate, locale: 'fr', term });
 * ```
 */
export async function writeDeposits(
  deposits: readonly PlannedDeposit[],
  sources: PieceSources,
  rows: readonly CsvDemande[],
  options: { outDir: string; depositDate: Date; locale: Locale; maxZipBytes: number; term: Terminal; inspectContent?: boolean },
): Promise<CsvProblem[]> {
  await mkdir(options.outDir, { recursive: true });
  const staging = await mkdtemp(join(options.outDir, '.segur-solde-'));
  const problems: CsvProblem[] = [];
  const bar = options.term.progress ? new cliProgress.SingleBar({ format: '{file} [{bar}] {value}/{total}', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic) : undefined;
  try {
    for (const deposit of deposits) {
      const built = deposit.build({ locale: options.locale });
      await writeFile(join(staging, deposit.fileName), built.json, 'utf8');
      const pieces: Record<string, string> = {};
      for (let i = 0; i < deposit.size; i++) for (const [name, source] of sources[deposit.firstIndex + i] ?? []) pieces[name] = source.path;
      bar?.start(deposit.pieces.length, 0, { file: deposit.zipFileName });
      try {
        const written = await writePiecesZip(built.json, pieces, join(staging, deposit.zipFileName), {
          depositDate: options.depositDate,
          locale: options.locale,
          maxZipBytes: options.maxZipBytes,
          onProgress: ({ done }) => bar?.update(done),
          inspectContent: options.inspectContent === true,
        });
        for (const warning of written.issues ?? []) {
          const at = locateIssue(inAllRequests(warning, deposit), rows);
          options.term.out(`${paint(options.term, 'yellow', '!')} ${options.locale === 'fr' ? `ligne ${String(at.line)}, colonne` : `line ${String(at.line)}, column`} ${at.column} : ${at.message}`);
        }
      } catch (err) {
        if (!(err instanceof SoldeValidationError)) throw err;
        for (const issue of err.issues) if (issue.severity === 'error') problems.push(locateIssue(inAllRequests(issue, deposit), rows));
      } finally {
        bar?.stop();
      }
    }
    if (problems.length > 0) return problems;
    for (const deposit of deposits) {
      for (const name of [deposit.fileName, deposit.zipFileName]) await rename(join(staging, name), join(options.outDir, name));
    }
    return [];
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
