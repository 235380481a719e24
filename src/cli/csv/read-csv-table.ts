import { parse } from 'csv-parse/sync';
import type { Locale } from '../../issues/types.js';
import { closestColumn, columnLetter, CSV_COLUMNS, REQUIRED_COLUMNS, type CsvColumn } from './columns.js';
import { csvText } from './csv-messages.js';
import { detectDelimiter } from './decode-csv.js';
import { restoreCell } from './formula-guard.js';

/** A problem in the CSV, located by its line in the file and its column. */
export interface CsvProblem {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  column: string;
  message: string;
}

/** A data row: its known cells by column (trimmed, a neutralised formula restored). */
export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: Partial<Record<CsvColumn, string>>;
}

/** A CSV read down to its cells. */
export interface CsvTable {
  /** The known columns of the header, in their order. */
  columns: CsvColumn[];
  /** The rows whose cells could be read, the rows with every cell empty left out. */
  rows: CsvRow[];
  /** Every problem of the header and of the rows' shape, in the order of the file. */
  problems: CsvProblem[];
  /** True when the text holds no data row and nothing went wrong reading it: a usage error. */
  empty: boolean;
}

/** What csv-parse gives per record with `info` and `raw`. */
interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** Options of {@link readCsvTable}. */
export interface ReadCsvTableOptions {
  /** Header names of columns to read past without using them (`--ignore-column`). */
  ignoreColumns?: readonly string[];
  locale?: Locale;
}

const isKnown = (name: string): name is CsvColumn => (CSV_COLUMNS as readonly string[]).includes(name);

/**
 * Reads a CSV text (decoded already) into its known cells, with csv-parse: `;` or `,`
 * delimiter (read from the header line), cells trimmed, rows with every cell empty skipped
 * (`skip_records_with_empty_values`: Excel's trailing `;;;;`), each cell neutralised by
 * `neutraliseCell` restored (`cast`). The header is checked whole — a column given twice, an
 * unknown column (with the known one it resembles), a required column missing — and every
 * row with the wrong number of cells is named; nothing stops at the first problem. Rows are
 * read past an unknown column (its cells unused); a column given twice or missing leaves no
 * row read.
 *
 * @example
 * ```ts
 * const { columns, rows, problems, empty } = readCsvTable(text, { ignoreColumns: ['commentaire'] });
 * ```
 */
export function readCsvTable(text: string, options: ReadCsvTableOptions = {}): CsvTable {
  const t = csvText(options.locale ?? 'fr');
  let records: ParsedRecord[];
  try {
    // With `info` and `raw`, csv-parse gives { record, info, raw } per record; its types say so only with `columns`.
    records = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      info: true,
      raw: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      cast: (value) => restoreCell(value),
    }) as unknown as ParsedRecord[];
  } catch (err) {
    const line = typeof err === 'object' && err !== null && 'lines' in err ? Number(err.lines) : 1;
    return { columns: [], rows: [], problems: [{ line, column: '', message: t.unreadable(err instanceof Error ? err.message : String(err)) }], empty: false };
  }
  const [head, ...data] = records;
  if (head === undefined || data.length === 0) return { columns: [], rows: [], problems: [], empty: true };
  const headerLine = firstLine(head);
  const header = head.record;
  const { problems, fatal } = headerProblems(header, options.ignoreColumns ?? [], headerLine, t);
  const columns = header.filter(isKnown);
  // A column given twice or missing leaves the rows unreadable; an unknown one is read past, so that the rows' problems come in the same run.
  if (fatal) return { columns, rows: [], problems, empty: false };
  const rows: CsvRow[] = [];
  for (const parsed of data) {
    const line = firstLine(parsed);
    if (parsed.record.length !== header.length) {
      problems.push({ line, column: '', message: t.cellCount(parsed.record.length, header.length) });
      continue;
    }
    const cells: CsvRow['cells'] = {};
    for (const [i, value] of parsed.record.entries()) {
      const name = header[i] ?? '';
      if (isKnown(name)) cells[name] = value;
      else if (name === '' && value !== '') problems.push({ line, column: columnLetter(i), message: t.cellOutsideColumns(columnLetter(i)) });
    }
    rows.push({ line, cells });
  }
  return { columns, rows, problems, empty: false };
}

/** csv-parse gives the line a record ends on; its raw text tells how many lines it spans. */
function firstLine({ raw, info }: ParsedRecord): number {
  return info.lines - (raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '').split('\n').length - 1);
}

function headerProblems(header: readonly string[], ignored: readonly string[], line: number, t: ReturnType<typeof csvText>): { problems: CsvProblem[]; fatal: boolean } {
  const problems: CsvProblem[] = [];
  let fatal = false;
  const places = new Map<string, string[]>();
  for (const [i, name] of header.entries()) if (name !== '') places.set(name, [...(places.get(name) ?? []), `${columnLetter(i)} (${String(i + 1)})`]);
  for (const [name, at] of places) {
    if (at.length > 1) {
      problems.push({ line, column: name, message: t.duplicateColumn(name, at) });
      fatal = true;
    } else if (!isKnown(name) && !ignored.includes(name)) problems.push({ line, column: name, message: t.unknownColumn(name, closestColumn(name)) });
  }
  for (const name of REQUIRED_COLUMNS) {
    if (places.has(name)) continue;
    problems.push({ line, column: name, message: t.missingColumn });
    fatal = true;
  }
  for (const name of new Set(ignored)) {
    if (isKnown(name)) problems.push({ line, column: name, message: t.ignoredKnown(name) });
    else if (!places.has(name)) problems.push({ line, column: name, message: t.ignoredAbsent(name) });
  }
  return { problems, fatal };
}
