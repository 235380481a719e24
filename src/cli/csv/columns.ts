import { closest, distance } from 'fastest-levenshtein';

/**
 * The columns of the CSV of `segur-solde build`: one row per request, columns named after the
 * ASP fields. Lists (FINESS, DMP identifiers) are separated by `|`.
 */
export const CSV_COLUMNS = [
  'numeroASP',
  'numeroEditeur',
  'dateFacture',
  'montantSegurHTFacture',
  'montantBonDeCommande',
  'beneficiaires',
  'isDirectToDMP',
  'identDMP',
  'isDirectToMSSPro',
  'adresseBoiteMSSPro',
  'isDirectToMSSCitoyen',
  'adresseBoiteMSSCitoyen',
  'facture',
  'va',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns a row must have. */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = [
  'numeroASP',
  'numeroEditeur',
  'dateFacture',
  'montantSegurHTFacture',
  'beneficiaires',
  'isDirectToDMP',
  'isDirectToMSSPro',
  'isDirectToMSSCitoyen',
];

/** The separator of lists inside a cell. */
export const LIST_SEPARATOR = '|';

/** The CSV column a wire key of a request comes from. */
export function columnOfKey(key: string): CsvColumn | undefined {
  return (CSV_COLUMNS as readonly string[]).includes(key) ? (key as CsvColumn) : undefined;
}

/** Beyond this many edits, an unknown column is not said to resemble a known one. */
const MAX_TYPO_EDITS = 3;

/**
 * The known column an unknown header name most resembles (a typo: edit distance of at most
 * 3, ignoring case, with fastest-levenshtein), or `undefined` when none is that close.
 *
 * @example
 * ```ts
 * closestColumn('numero_editeur'); // 'numeroEditeur'
 * closestColumn('commentaire');    // undefined
 * ```
 */
export function closestColumn(name: string): CsvColumn | undefined {
  const lower = name.toLowerCase();
  const near = CSV_COLUMNS.find((c) => c.toLowerCase() === closest(lower, CSV_COLUMNS.map((k) => k.toLowerCase())));
  return near !== undefined && distance(lower, near.toLowerCase()) <= MAX_TYPO_EDITS ? near : undefined;
}

/**
 * The spreadsheet name of a column from its 0-based position: A, B, …, Z, AA, AB…
 *
 * @example
 * ```ts
 * columnLetter(0);  // 'A'
 * columnLetter(27); // 'AB'
 * ```
 */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
