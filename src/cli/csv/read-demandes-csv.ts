import { parse } from 'csv-parse/sync';
import type { DemandeInput } from '../../builder/demande-input.js';
import type { FormatFichier } from '../../schema/layout.js';
import { CSV_COLUMNS, LIST_SEPARATOR, REQUIRED_COLUMNS, type CsvColumn } from './columns.js';
import { detectDelimiter } from './decode-csv.js';

/** A problem in the CSV, located by its line in the file and its column. */
export interface CsvProblem {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  column: string;
  message: string;
}

/** A request read from a CSV row, with where it came from. */
export interface CsvDemande {
  demande: DemandeInput;
  /** 1-based line of the file where the row starts. */
  line: number;
  /** Source files of the pieces given by the `facture` / `va` columns, if any. */
  sources: { facture?: string; va?: string };
}

/** A record as csv-parse gives it with `info` and `raw`. */
interface CsvRecord {
  record: Record<string, string>;
  raw: string;
  info: { lines: number };
}

const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, vrai: true, oui: true, o: true, '1': true, false: false, faux: false, non: false, n: false, '0': false };

/** The format of a piece from its file's extension. */
export function formatOfFile(name: string): FormatFichier | undefined {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext === 'pdf' ? 'PDF' : ext === 'png' ? 'PNG' : ext === 'jpg' || ext === 'jpeg' ? 'JPG' : ext === 'xml' ? 'XML' : undefined;
}

function list(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Reads the requests of a CSV text (decoded already): `;` or `,` delimiter (read from the
 * header), decimal commas left for the builder to read, lists separated by `|`, booleans as
 * `oui`/`non`, `vrai`/`faux`, `true`/`false` or `1`/`0`. Parsing is csv-parse's. Every
 * problem is located by line and column; a row with a problem gives no request.
 *
 * @param pieceFormats - the formats of the pieces found in the pieces folder, by `numeroEditeur`
 * and type (when the CSV has no `facture` / `va` column)
 * @example
 * ```ts
 * const { demandes, problems } = readDemandesCsv(text, (editeur, type) => 'PDF');
 * ```
 */
export function readDemandesCsv(
  text: string,
  pieceFormat: (numeroEditeur: string, type: 'FACTURE' | 'VA') => FormatFichier | undefined,
): { demandes: CsvDemande[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  let records: CsvRecord[];
  try {
    records = parse<CsvRecord>(text.replace(/^\uFEFF/, ''), {
      delimiter: detectDelimiter(text),
      columns: (header: string[]) => header.map((h) => h.trim()),
      bom: true,
      info: true,
      raw: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (err) {
    const line = typeof err === 'object' && err !== null && 'lines' in err ? Number(err.lines) : 1;
    return { demandes: [], problems: [{ line, column: '', message: err instanceof Error ? err.message : String(err) }] };
  }
  const header = Object.keys(records[0]?.record ?? {});
  for (const name of header) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) problems.push({ line: 1, column: name, message: `colonne inconnue / unknown column (${CSV_COLUMNS.join(', ')})` });
  }
  if (records.length > 0) {
    for (const name of REQUIRED_COLUMNS) if (!header.includes(name)) problems.push({ line: 1, column: name, message: 'colonne obligatoire absente / required column missing' });
  }
  if (problems.length > 0) return { demandes: [], problems };
  const demandes: CsvDemande[] = [];
  for (const { record, raw, info } of records) {
    // csv-parse gives the line a record ends on; its raw text tells how many lines it spans.
    const line = info.lines - (raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '').split('\n').length - 1);
    const cell = (c: CsvColumn): string => record[c] ?? '';
    const rowProblems: CsvProblem[] = [];
    const bool = (c: CsvColumn): boolean => {
      const value = BOOLEANS[cell(c).toLowerCase()];
      if (value === undefined) rowProblems.push({ line, column: c, message: `« ${cell(c)} » : oui/non attendu / yes-no expected (oui, non, true, false, 1, 0)` });
      return value ?? false;
    };
    const numeroEditeur = cell('numeroEditeur');
    const sources: CsvDemande['sources'] = {};
    const piece = (type: 'FACTURE' | 'VA', column: 'facture' | 'va') => {
      const source = cell(column);
      if (source !== '') {
        sources[column] = source;
        const formatFichier = formatOfFile(source);
        if (formatFichier === undefined) rowProblems.push({ line, column, message: `« ${source} » : extension pdf, png, jpg ou xml attendue / expected` });
        return { typeFichier: type, formatFichier: formatFichier ?? 'PDF' };
      }
      const formatFichier = pieceFormat(numeroEditeur, type);
      if (formatFichier === undefined) rowProblems.push({ line, column, message: `pièce ${type} introuvable dans le dossier des pièces / ${type} attachment not found in the pieces folder` });
      return { typeFichier: type, formatFichier: formatFichier ?? 'PDF' };
    };
    const demande: DemandeInput = {
      numeroASP: cell('numeroASP'),
      numeroEditeur,
      dateFacture: cell('dateFacture'),
      montantSegurHTFacture: cell('montantSegurHTFacture'),
      beneficiaires: list(cell('beneficiaires')),
      piecesJustificatives: [piece('FACTURE', 'facture'), piece('VA', 'va')],
      isDirectToDMP: bool('isDirectToDMP'),
      identDMP: cell('identDMP') === '' ? null : list(cell('identDMP')),
      isDirectToMSSPro: bool('isDirectToMSSPro'),
      adresseBoiteMSSPro: cell('adresseBoiteMSSPro') === '' ? null : cell('adresseBoiteMSSPro'),
      isDirectToMSSCitoyen: bool('isDirectToMSSCitoyen'),
      adresseBoiteMSSCitoyen: cell('adresseBoiteMSSCitoyen') === '' ? null : cell('adresseBoiteMSSCitoyen'),
    };
    if (cell('montantBonDeCommande') !== '') demande.montantBonDeCommande = cell('montantBonDeCommande');
    problems.push(...rowProblems);
    if (rowProblems.length === 0) demandes.push({ demande, line, sources });
  }
  return { demandes, problems };
}
