import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DemandeInput } from '../../builder/demande-input.js';
import { SoldeUsageError, SoldeValidationError } from '../../issues/error.js';
import { MAX_DAILY_SEQUENCE } from '../../names/json-file-name.js';
import { DEFAULT_MAX_ZIP_BYTES } from '../../plan/estimate-zip-bytes.js';
import { MAX_LINES } from '../../schema/fields.js';
import { planDeposits } from '../../plan/plan-deposits.js';
import type { PlannedDeposit } from '../../plan/plan-types.js';
import { depositDateOf, UsageError } from '../args.js';
import { csvText } from '../csv/csv-messages.js';
import { decodeCsv } from '../csv/decode-csv.js';
import { locateIssue, mergeProblems } from '../csv/locate-problems.js';
import { pieceFolder, pieceSources } from '../csv/piece-files.js';
import { portalSummary } from '../csv/portal-summary.js';
import { readDemandesCsv, type CsvProblem } from '../csv/read-demandes-csv.js';
import { CliError } from '../io/cli-error.js';
import { readFailure, readInputBytes } from '../io/read-input.js';
import { cliText } from '../messages.js';
import type { Locale } from '../../issues/types.js';
import { DEFAULT_MAX_BYTES } from '../../validate/options.js';
import { isSystemError } from '../io/system-error.js';
import { paint, type Terminal } from '../output/terminal.js';
import { writeDeposits } from './build-write.js';
import { openCommand } from './open-command.js';

/** The default zip limit as the portal states it, in megabytes (« 200 Mo »). */
const DEFAULT_MAX_ZIP_MB = DEFAULT_MAX_ZIP_BYTES / 1_000_000;

export const BUILD_HELP = `segur-solde build --csv <demandes.csv> --pieces <dossier> --ans <numeroAns> --siret <SIRET>
                  [--deposit-date JJ/MM/AAAA] [--first-sequence N] [--out <dossier>] [--encoding utf8|win1252]
                  [--max-zip-bytes N] [--ignore-column NOM]… [--overwrite] [--inspect] [--lang fr|en]

  Construit les dépôts à partir d'un tableur : une ligne par demande, colonnes nommées comme les
  balises ASP (numeroASP;numeroEditeur;dateFacture;montantSegurHTFacture;beneficiaires;…), listes
  séparées par « | ». Écrit chaque dépôt (≤ ${MAX_LINES} demandes, zip ≤ ${DEFAULT_MAX_ZIP_MB} Mo) : le JSON et son zip,
  bien nommés, et dit quoi saisir sur le portail. Rien n'est écrit si une demande est invalide.
  Builds the deposits (JSON + zip) from a spreadsheet; nothing is written when a request is invalid.

  --pieces <dossier>         les pièces, sous leur nom canonique (BIO-SGL-Va1-FACTURE-00001.pdf…),
                             ou sous le nom donné par les colonnes « facture » et « va »
  --first-sequence N         numéro du premier fichier du jour (défaut 1)
  --out <dossier>            défaut : out/
  --encoding utf8|win1252    défaut : deviné (UTF-8 avec ou sans BOM, sinon Windows-1252)
  --max-zip-bytes N          taille maximale d'un zip, en octets (défaut ${DEFAULT_MAX_ZIP_BYTES} : « ${DEFAULT_MAX_ZIP_MB} Mo »)
  --ignore-column NOM        lit le CSV sans cette colonne inconnue (répétable)
  --overwrite                remplace les dépôts de mêmes noms déjà dans le dossier (sinon : refus)
  --inspect                  lit chaque pièce avant de l'écrire : une pièce illisible refuse le dépôt, un montant,
                             une date ou un FINESS absent de la facture est signalé / reads each piece first

  Code de sortie : 0 dépôts écrits, 1 données invalides (rien n'est écrit), 2 erreur d'utilisation.`;

/**
 * `segur-solde build`: CSV + pieces folder → planned deposits, each a JSON and its zip.
 *
 * @example
 * ```ts
 * await buildCommand(['--csv', 'demandes.csv', '--pieces', 'pieces', '--ans', 'ANS0000001', '--siret', '73282932000074'], processTerminal());
 * ```
 */
export async function buildCommand(argv: string[], term: Terminal): Promise<number> {
  const opened = openCommand(argv, term, {
    help: BUILD_HELP,
    options: {
      csv: { type: 'string' },
      pieces: { type: 'string' },
      ans: { type: 'string' },
      siret: { type: 'string' },
      'deposit-date': { type: 'string' },
      'first-sequence': { type: 'string' },
      out: { type: 'string' },
      encoding: { type: 'string' },
      'max-zip-bytes': { type: 'string' },
      'ignore-column': { type: 'string', multiple: true },
      overwrite: { type: 'boolean' },
      inspect: { type: 'boolean' },
    },
    file: 'none',
  });
  if (opened === undefined) return 0;
  const { values, locale } = opened;
  const { csv, pieces: piecesDir, ans, siret } = values;
  if (csv === undefined || piecesDir === undefined || ans === undefined || siret === undefined) throw new UsageError(BUILD_HELP);
  const depositDate = depositDateOf(values['deposit-date'], (v) => cliText(locale).badDepositDate(v));
  const firstSequence = values['first-sequence'] === undefined ? 1 : Number(values['first-sequence']);
  const t = cliText(locale);
  if (!Number.isInteger(firstSequence) || firstSequence < 1 || firstSequence > MAX_DAILY_SEQUENCE) throw new UsageError(t.badFirstSequence(values['first-sequence'] ?? '', MAX_DAILY_SEQUENCE));
  const maxZipBytes = values['max-zip-bytes'] === undefined ? DEFAULT_MAX_ZIP_BYTES : Number(values['max-zip-bytes']);
  if (!Number.isSafeInteger(maxZipBytes) || maxZipBytes < 1) throw new UsageError(t.badMaxZipBytes(values['max-zip-bytes'] ?? ''));
  const encoding = values.encoding;
  if (encoding !== undefined && encoding !== 'utf8' && encoding !== 'win1252') throw new UsageError(t.badEncoding(encoding));

  let csvBytes: Buffer;
  let folder: string[];
  try {
    csvBytes = await readInputBytes(csv, { maxBytes: DEFAULT_MAX_BYTES, locale });
    folder = await readdir(piecesDir);
  } catch (err) {
    throw readFailure(isSystemError(err) ? (err.path ?? csv) : csv, err, locale);
  }
  let text: string;
  try {
    text = decodeCsv(csvBytes, encoding).text;
  } catch {
    // The one refusal of decodeCsv: bytes not UTF-8 though a BOM or --encoding utf8 says they are.
    throw new CliError('FILE_NOT_UTF8', t.notUtf8(csv), { path: csv });
  }
  // Every problem of the CSV, of its pieces on disk and of the data, reported in one pass.
  const read = readDemandesCsv(text, { pieces: pieceFolder(piecesDir, folder), ignoreColumns: values['ignore-column'], locale });
  if (read.empty) throw new UsageError(csvText(locale).empty(csv));
  const rows = read.demandes;
  if (rows.length === 0) return refuse(term, csv, read.problems, locale);
  const { sources, size, problems: diskProblems } = await pieceSources(rows, piecesDir, locale);
  const readProblems = mergeProblems(read.problems, diskProblems);

  let deposits: PlannedDeposit[];
  try {
    deposits = planDeposits(
      rows.map((r): DemandeInput => r.demande),
      { numeroAns: ans, siret, depositDate, firstSequence, locale, maxZipBytes, pieceSizes: (piece, demande) => size(demande.index, piece.nomFichier) },
    );
  } catch (err) {
    // A request too large for any zip names its demand; past MAX_DAILY_SEQUENCE files a day is a plain refusal.
    if (err instanceof SoldeValidationError) return refuse(term, csv, mergeProblems(readProblems, err.issues.map((i) => locateIssue(i, rows))), locale);
    if (err instanceof SoldeUsageError) {
      term.err(paint(term, 'red', err.message));
      return 1;
    }
    throw err;
  }
  const dataProblems: CsvProblem[] = [];
  for (const deposit of deposits) {
    const report = deposit.builder.validate({ depositDate, locale });
    for (const issue of report.issues) if (issue.severity === 'error') dataProblems.push(locateIssue(issue, rows));
  }
  const problems = mergeProblems(readProblems, dataProblems);
  if (problems.length > 0) return refuse(term, csv, problems, locale);

  const outDir = values.out ?? 'out';
  const pieceProblems = await writeDeposits(deposits, sources, rows, { outDir, depositDate, locale, maxZipBytes, term, overwrite: values.overwrite, inputs: [csv], inspectContent: values.inspect === true });
  if (pieceProblems.length > 0) return refuse(term, csv, pieceProblems, locale);
  for (const deposit of deposits) {
    const report = deposit.builder.validate({ depositDate, locale });
    const numerosAsp = report.file?.lignesImport.map((l) => l.numeroASP) ?? [];
    term.out(paint(term, 'bold', `${join(outDir, deposit.fileName)}  +  ${deposit.zipFileName}`));
    for (const line of portalSummary(ans, numerosAsp, locale)) term.out(line);
    for (const warning of report.issues.filter((i) => i.severity === 'warning')) {
      const at = locateIssue(warning, rows);
      term.out(`  ${paint(term, 'yellow', '!')} ${cliText(locale).lineColumn(at.line, at.column)} : ${at.message}`);
    }
  }
  return 0;
}

function refuse(term: Terminal, csv: string, problems: readonly CsvProblem[], locale: Locale): number {
  for (const p of problems) {
    const where = `${csv} ${cliText(locale).lineColumn(p.line, p.column)}`;
    term.err(`${paint(term, 'red', '✗')} ${where} : ${p.message}`);
  }
  term.err(cliText(locale).nothingWritten(problems.length));
  return 1;
}
