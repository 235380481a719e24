import type { DemandeInput } from '../../builder/demande-input.js';
import { readAmount, readPurchaseOrder } from '../../builder/read-amount.js';
import { FINESS_LENGTH } from '../../checks/finess.js';
import { NUMERO_EDITEUR_LENGTH } from '../../schema/fields.js';
import type { FormatFichier } from '../../schema/layout.js';
import { DEMANDE_KEYS, PURCHASE_ORDER_KEY } from '../../builder/wire-placement.js';
import { FIELD_COLUMNS, LIST_SEPARATOR, type CsvColumn } from './columns.js';
import { csvText, type CsvText } from './csv-messages.js';
import { formatOfFile, namesPieces, PIECE_COLUMNS, type PieceFolder, type PieceType } from './piece-files.js';
import { readCsvTable, type CsvProblem, type CsvRow, type ReadCsvTableOptions } from './read-csv-table.js';

export type { CsvProblem } from './read-csv-table.js';

/** A request read from a CSV row, with where it came from. */
export interface CsvDemande {
  demande: DemandeInput;
  /** 1-based line of the file where the row starts. */
  line: number;
  /**
   * The file of each piece in the pieces folder: the one the `facture` / `va` column names,
   * or the one the folder scan found; absent when there is none (a problem says why).
   */
  sources: { facture?: string; va?: string };
}

/** Options of {@link readDemandesCsv}. */
export interface ReadDemandesCsvOptions extends ReadCsvTableOptions {
  /** The files of the pieces folder, for the pieces no `facture` / `va` column names. */
  pieces: PieceFolder;
}

/** A column of amounts: the invoice's, and the purchase order that bounds it. */
type AmountColumn = 'montantSegurHTFacture' | typeof PURCHASE_ORDER_KEY;

const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ['true', true], ['vrai', true], ['oui', true], ['o', true], ['1', true],
  ['false', false], ['faux', false], ['non', false], ['n', false], ['0', false],
]);

/** A trailing currency, as a spreadsheet formats amounts: `27 450,00 €`, `27 450,00 EUR`. */
const CURRENCY = /[ \u00A0\u2009\u202F]*(?:€|EUR)$/i;

/** Identifiers Excel turns into numbers, losing their leading zeros: column, and length. */
const ZERO_PADDED: readonly [CsvColumn, number][] = [
  ['numeroEditeur', NUMERO_EDITEUR_LENGTH],
  ['beneficiaires', FINESS_LENGTH],
];

function list(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Reads the requests of a CSV text (decoded already) with {@link readCsvTable}: decimal
 * commas and a trailing `€` / `EUR` in amounts, lists separated by `|`, booleans as
 * `oui`/`non`, `vrai`/`faux`, `true`/`false` or `1`/`0`; each piece's file taken from its
 * `facture` / `va` column or found in the pieces folder under its canonical name (one rule
 * for the extensions: `formatOfFile`). Every problem of every row is located by line and
 * column, all in one pass: a row with a problem still gives its request (a placeholder where
 * the cell is bad), so that the validator's findings on its other cells come in the same run
 * (`mergeProblems` drops the validator's finding on a cell already named here). Identifiers
 * that Excel stripped of their leading zeros are pointed out, never padded.
 *
 * @returns the requests, the problems, and `empty` when the CSV holds no request at all
 * @example
 * ```ts
 * const { demandes, problems, empty } = readDemandesCsv(text, { pieces: pieceFolder('pieces', readdirSync('pieces')) });
 * ```
 */
export function readDemandesCsv(text: string, options: ReadDemandesCsvOptions): { demandes: CsvDemande[]; problems: CsvProblem[]; empty: boolean } {
  const t = csvText(options.locale ?? 'fr');
  const table = readCsvTable(text, options);
  const problems = [...table.problems];
  const demandes = table.rows.map((row) => readRow(row, options.pieces, t, problems));
  problems.sort((a, b) => a.line - b.line);
  return { demandes, problems, empty: table.empty };
}

function readRow({ line, cells }: CsvRow, folder: PieceFolder, t: CsvText, problems: CsvProblem[]): CsvDemande {
  const cell = (c: CsvColumn): string => cells[c] ?? '';
  const problem = (column: CsvColumn, message: string): void => {
    problems.push({ line, column, message });
  };
  const bool = (c: CsvColumn): boolean => {
    const value = BOOLEANS.get(cell(c).toLowerCase());
    if (value === undefined) problem(c, t.yesNo(cell(c)));
    return value ?? false;
  };
  const amount = (c: AmountColumn): string => {
    const value = cell(c).replace(CURRENCY, '');
    const reading = c === PURCHASE_ORDER_KEY ? readPurchaseOrder(value) : readAmount(value);
    if (!reading.ok && reading.code === 'AMOUNT_DECIMALS') problem(c, `AMOUNT_DECIMALS ${t.amountDecimals(cell(c))}`);
    else if (!reading.ok) problem(c, t.amount(cell(c)));
    return value;
  };
  for (const [c, digits] of ZERO_PADDED) {
    for (const value of list(cell(c))) if (/^\d+$/.test(value) && value.length < digits) problem(c, t.leadingZeros(value, digits, value.padStart(digits, '0')));
  }
  const numeroEditeur = cell('numeroEditeur');
  const sources: CsvDemande['sources'] = {};
  const piece = (type: PieceType): { typeFichier: PieceType; formatFichier: FormatFichier } => {
    const column = PIECE_COLUMNS[type];
    const given = cell(column);
    let file: string | undefined = given === '' ? undefined : given;
    if (file === undefined && namesPieces(numeroEditeur)) {
      const { found, lookedFor } = folder.find(type, numeroEditeur);
      if (found.length === 0) problem(column, t.pieceNotFound(type, lookedFor, folder.dir));
      else if (found.length > 1) problem(column, t.pieceAmbiguous(type, found));
      else file = found[0];
    }
    const formatFichier = file === undefined ? undefined : formatOfFile(file);
    if (file !== undefined && formatFichier === undefined) problem(column, t.pieceExtension(file));
    else if (file !== undefined) sources[column] = file;
    return { typeFichier: type, formatFichier: formatFichier ?? 'PDF' };
  };
  // Every field's column, read by the kind of its cell (FIELD_COLUMNS, derived from the layout), in the order of the
  // request's fields (the problems of a row come in that order); the pieces from their columns.
  const fields: Record<string, unknown> = {};
  for (const key of DEMANDE_KEYS) {
    if (key === 'piecesJustificatives') fields[key] = [piece('FACTURE'), piece('VA')];
    const column = FIELD_COLUMNS.find((c) => c.name === key);
    if (column === undefined) continue;
    const { name, kind } = column;
    const given = cell(name);
    if (kind === 'amount') {
      // The purchase order is optional: an empty cell leaves it out.
      if (given !== '' || name !== PURCHASE_ORDER_KEY) fields[name] = amount(name as AmountColumn);
    } else if (kind === 'yes-no') fields[name] = bool(name);
    else if (kind === 'list') fields[name] = list(given);
    else if (kind === 'list-or-null') fields[name] = given === '' ? null : list(given);
    else fields[name] = kind === 'text-or-null' && given === '' ? null : given;
  }
  // The columns are the request's fields (CsvColumn is DemandeInput's keys): the record is the demand, its cells as read.
  const demande = fields as unknown as DemandeInput;
  return { demande, line, sources };
}
