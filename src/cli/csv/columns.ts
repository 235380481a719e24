import { closest, distance } from 'fastest-levenshtein';
import type { DemandeInput } from '../../builder/demande-input.js';
import { DEMANDE_KEYS, PURCHASE_ORDER_KEY } from '../../builder/wire-placement.js';
import { AMOUNT_KEYS, WIRE_KINDS } from '../../schema/layout.js';

/** The keys of a request the builder writes itself (numbering, fixed values, the pieces from the `facture` / `va` columns). */
const BUILDER_WRITES = ['numLigne', 'typeAction', 'piecesJustificatives', 'lienCompteRendu', 'codeTraitement', 'libelleTraitement'] as const;

type WrittenByTheBuilder = (typeof BUILDER_WRITES)[number];

/**
 * A column of the CSV of `segur-solde build`: a field of the request (named after the ASP
 * field, whatever its block), the purchase order, or the file of a piece (`facture`, `va`).
 */
export type CsvColumn = Exclude<keyof DemandeInput, WrittenByTheBuilder> | 'facture' | 'va';

/** How a cell is read and written: by the kinds of value its wire field takes. */
export type CellKind = 'text' | 'text-or-null' | 'list' | 'list-or-null' | 'yes-no' | 'amount';

/** A column that holds a wire field of the request: its name (the field's key) and how its cell reads. */
export interface FieldColumn {
  readonly name: CsvColumn;
  readonly kind: CellKind;
}

/** The kind of cell of a wire field, from the kinds of value the layout gives it. */
function cellKind(key: string): CellKind {
  const kinds = WIRE_KINDS[key] ?? [];
  const nullable = kinds.includes('null');
  if (kinds[0] === 'array') return nullable ? 'list-or-null' : 'list';
  if (kinds[0] === 'boolean') return 'yes-no';
  if (kinds[0] === 'number' && AMOUNT_KEYS.has(key)) return 'amount';
  return nullable ? 'text-or-null' : 'text';
}

/**
 * The columns of the request's fields, derived from the layout (src/schema/layout.ts), in its
 * order: a field added to a block has its column, read and written by the kinds of its values,
 * with nothing to write here. The purchase order follows the amount it bounds.
 *
 * @example
 * ```ts
 * FIELD_COLUMNS[0]; // { name: 'numeroASP', kind: 'text' }
 * ```
 */
export const FIELD_COLUMNS: readonly FieldColumn[] = DEMANDE_KEYS.filter((key) => !(BUILDER_WRITES as readonly string[]).includes(key) && key !== PURCHASE_ORDER_KEY).flatMap(
  (key): FieldColumn[] => {
    const column: FieldColumn = { name: key as CsvColumn, kind: cellKind(key) };
    return AMOUNT_KEYS.has(key) ? [column, { name: PURCHASE_ORDER_KEY, kind: 'amount' }] : [column];
  },
);

/**
 * The columns of the CSV of `segur-solde build`, in order: one row per request, the fields'
 * columns ({@link FIELD_COLUMNS}), then the files of the two pieces. Lists (FINESS, DMP
 * identifiers) are separated by `|`.
 *
 * @example
 * ```ts
 * CSV_COLUMNS.join(';'); // 'numeroASP;numeroEditeur;dateFacture;montantSegurHTFacture;montantBonDeCommande;…;facture;va'
 * ```
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [...FIELD_COLUMNS.map((c) => c.name), 'facture', 'va'];

/**
 * Columns a row must have: the fields that cannot be `null` (the purchase order is optional).
 *
 * @example
 * ```ts
 * REQUIRED_COLUMNS.includes('identDMP'); // false: null when left empty
 * ```
 */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = FIELD_COLUMNS.filter((c) => c.name !== PURCHASE_ORDER_KEY && !c.kind.endsWith('-or-null')).map((c) => c.name);

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
