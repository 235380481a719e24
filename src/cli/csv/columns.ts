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
