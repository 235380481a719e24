import { stringify } from 'csv-stringify/sync';
import { formatAmount } from '../../checks/amount.js';
import type { SoldeFile } from '../../schema/layout.js';
import { asArray, asObject, valueAt } from '../../validate/lenient.js';
import { fieldPath, PURCHASE_ORDER_KEY } from '../../builder/wire-placement.js';
import { CSV_COLUMNS, FIELD_COLUMNS, LIST_SEPARATOR, type CsvColumn } from './columns.js';
import { neutraliseCell } from './formula-guard.js';
import type { CsvRow } from './read-csv-table.js';

/** A row of the CSV of `build`, every column given. */
export type CsvCells = Record<CsvColumn, string>;

/** The columns `build` reads that the deposited JSON does not carry: taken from the CSV it read. */
const NOT_IN_JSON = ['montantBonDeCommande', 'facture', 'va'] as const satisfies readonly CsvColumn[];

const text = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));
const yesNo = (value: unknown): string => (value === true ? 'oui' : value === false ? 'non' : text(value));
const list = (value: unknown): string => (Array.isArray(value) ? value.map(text).join(LIST_SEPARATOR) : text(value));
/** Amounts as a French spreadsheet writes them (decimal comma), never rounded. */
const amount = (value: unknown): string => (typeof value === 'number' ? (formatAmount(value) ?? String(value)).replace('.', ',') : text(value));

/**
 * Writes rows as the CSV that `segur-solde build` reads, for a spreadsheet in France: `;`
 * delimiter, CRLF, UTF-8 with a BOM (Excel reads UTF-8 only with it), every column in its
 * order, with csv-stringify. Every cell that starts like a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return) gets a `'` in front (`neutraliseCell`, through csv-stringify's `cast`), so
 * that nothing written opens as a formula; `build` takes that `'` off again.
 *
 * @example
 * ```ts
 * writeFileSync('demandes.csv', csvOfRows([cells]));
 * ```
 */
export function csvOfRows(rows: readonly CsvCells[]): string {
  return `\uFEFF${stringify([...rows], { header: true, columns: [...CSV_COLUMNS], delimiter: ';', record_delimiter: '\r\n', cast: { string: neutraliseCell } })}`;
}

/**
 * A row with every cell empty.
 *
 * @example
 * ```ts
 * csvOfRows([{ ...blankCells(), numeroASP: 'FINBIO000001' }]);
 * ```
 */
export function blankCells(): CsvCells {
  return Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as CsvCells;
}

/** The CSV written for a file's requests, and which could not be matched with the CSV they came from. */
export interface DemandesCsv {
  text: string;
  /** The `numeroEditeur` of each request found not once in the source CSV (empty without a source). */
  unmatched: string[];
}

/**
 * Writes requests as the CSV that `segur-solde build` reads ({@link csvOfRows}: decimal
 * comma, `oui`/`non`, lists separated by `|`), for the user to correct them in a spreadsheet.
 * The columns the JSON does not carry — `montantBonDeCommande`, `facture`, `va` — are taken
 * from the rows of `source` (the CSV `build` read), matched by `numeroASP` and
 * `numeroEditeur`; without a source, or for a request found not exactly once in it, they are
 * left empty (and the request listed in `unmatched`).
 *
 * @example
 * ```ts
 * const csv = demandesCsv(resubmissionFile(readAspReturn(json)), readCsvTable(text).rows).text;
 * ```
 */
export function demandesCsv(file: SoldeFile, source?: readonly CsvRow[]): DemandesCsv {
  const unmatched: string[] = [];
  const rows = (asArray(file.lignesImport) ?? []).map((raw): CsvCells => {
    const line = asObject(raw) ?? {};
    const cells = blankCells();
    // Every field's column, written by the kind of its cell (FIELD_COLUMNS, derived from the layout).
    for (const { name, kind } of FIELD_COLUMNS) {
      if (name === PURCHASE_ORDER_KEY) continue;
      const value = valueAt(line, fieldPath(name));
      cells[name] = kind === 'amount' ? amount(value) : kind === 'yes-no' ? yesNo(value) : kind.startsWith('list') ? list(value) : text(value);
    }
    if (source !== undefined) {
      const matches = source.filter((r) => r.cells.numeroASP === cells.numeroASP && r.cells.numeroEditeur === cells.numeroEditeur);
      const [match] = matches;
      if (match !== undefined && matches.length === 1) for (const c of NOT_IN_JSON) cells[c] = match.cells[c] ?? '';
      else unmatched.push(cells.numeroEditeur);
    }
    return cells;
  });
  return { text: csvOfRows(rows), unmatched };
}
