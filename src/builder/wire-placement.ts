/**
 * Where each flat field of a demand goes in the wire layout, derived from the one module
 * that defines the layout (`schema/layout.ts`): a line key whose schema is an object is a
 * block (`facture`, `scenarioInstallation`) whose fields a demand gives flat; every other
 * line key is given as is. A change of layout is a change of `layout.ts` only.
 *
 * @module
 */
import { ZodMiniLiteral, ZodMiniObject, type ZodMiniType } from 'zod/mini';
import { LigneImportSchema, WIRE_LAYOUT, type LayoutNode } from '../schema/layout.js';

/**
 * A path inside one line of `lignesImport`.
 *
 * @example
 * ```ts
 * const path: LinePath = ['facture', 'dateFacture'];
 * ```
 */
export type LinePath = readonly string[];

const LINE_NODE: LayoutNode = requireNode(WIRE_LAYOUT, 'lignesImport');
const LINE_SHAPE: Readonly<Record<string, ZodMiniType>> = LigneImportSchema.shape;

/** The line keys that are blocks, in wire order, with their keys. */
const BLOCKS: ReadonlyMap<string, readonly string[]> = new Map(
  LINE_NODE.keys.filter((key) => LINE_SHAPE[key] instanceof ZodMiniObject).map((key) => [key, requireNode(LINE_NODE, key).keys]),
);

/** The wire path (inside a line) of every field a demand may give, wire order. */
const FIELD_PATHS: ReadonlyMap<string, LinePath> = new Map(
  LINE_NODE.keys.flatMap((key): [string, LinePath][] => {
    const blockKeys = BLOCKS.get(key);
    return blockKeys === undefined ? [[key, [key]]] : blockKeys.map((inner) => [inner, [key, inner]]);
  }),
);

/** The schema of every field a demand may give, by its key. */
const FIELD_SCHEMAS: ReadonlyMap<string, ZodMiniType> = new Map(
  [...FIELD_PATHS].map(([key, path]): [string, ZodMiniType] => {
    const [outer = key, inner] = path;
    const schema = LINE_SHAPE[outer] as ZodMiniType;
    return [key, inner === undefined ? schema : ((schema as ZodMiniObject).shape[inner] as ZodMiniType)];
  }),
);

/**
 * The value written for a field a demand may leave out, derived from its schema: `null`
 * where the schema admits it (`identDMP`, the MSS addresses, the fields always `null`), the
 * only value of a field that has one (`typeAction`: `"C"`).
 *
 * @example
 * ```ts
 * FILLED_WHEN_LEFT_OUT.get('typeAction'); // 'C'
 * FILLED_WHEN_LEFT_OUT.has('numeroASP');  // false: required
 * ```
 */
export const FILLED_WHEN_LEFT_OUT: ReadonlyMap<string, unknown> = new Map(
  [...FIELD_SCHEMAS].flatMap(([key, schema]): [string, unknown][] => {
    if (schema.safeParse(null).success) return [[key, null]];
    if (schema instanceof ZodMiniLiteral && schema.def.values.length === 1) return [[key, schema.def.values[0]]];
    return [];
  }),
);

/** The key of the invoice amount, next to which the builder-only purchase-order amount is located. */
const AMOUNT_KEY = 'montantSegurHTFacture';
/**
 * The builder-only field: the purchase-order amount, checked and never written.
 *
 * @example
 * ```ts
 * fieldPath(PURCHASE_ORDER_KEY); // ['facture', 'montantBonDeCommande']
 * ```
 */
export const PURCHASE_ORDER_KEY = 'montantBonDeCommande';

/**
 * The path (inside a line) at which a demand field is reported. `montantBonDeCommande` is
 * not written; its faults are located next to the amount it bounds.
 *
 * @example
 * ```ts
 * fieldPath('dateFacture'); // ['facture', 'dateFacture']
 * fieldPath('numeroASP');   // ['numeroASP']
 * ```
 */
export function fieldPath(key: string): LinePath {
  if (key === PURCHASE_ORDER_KEY) return [...(FIELD_PATHS.get(AMOUNT_KEY) ?? []).slice(0, -1), PURCHASE_ORDER_KEY];
  return FIELD_PATHS.get(key) ?? [key];
}

/**
 * Every key a demand may give (the wire fields of a line, flat, and `montantBonDeCommande`).
 *
 * @example
 * ```ts
 * DEMANDE_KEYS.includes('adresseBoiteMSSPro'); // true
 * ```
 */
export const DEMANDE_KEYS: readonly string[] = [...FIELD_PATHS.keys(), PURCHASE_ORDER_KEY];

/**
 * The keys of one attachment, in wire order.
 *
 * @example
 * ```ts
 * PIECE_KEYS; // ['nomFichier', 'formatFichier', 'typeFichier']
 * ```
 */
export const PIECE_KEYS: readonly string[] = requireNode(LINE_NODE, 'piecesJustificatives').keys;

/**
 * Places flat field values into a wire line, in wire order; a field whose value is
 * `undefined` is left out (the validator reports it missing).
 *
 * @param valueOf - the value of a flat field, or `undefined`
 * @returns the line, blocks nested
 * @example
 * ```ts
 * placeFields((key) => ({ dateFacture: '15/03/2024' })[key]); // { facture: { dateFacture: '15/03/2024' }, scenarioInstallation: {} }
 * ```
 */
export function placeFields(valueOf: (key: string) => unknown): Record<string, unknown> {
  const line: Record<string, unknown> = {};
  for (const key of LINE_NODE.keys) {
    const blockKeys = BLOCKS.get(key);
    if (blockKeys === undefined) {
      setDefined(line, key, valueOf(key));
      continue;
    }
    const block: Record<string, unknown> = {};
    for (const inner of blockKeys) setDefined(block, inner, valueOf(inner));
    line[key] = block;
  }
  return line;
}

function setDefined(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

function requireNode(node: LayoutNode, key: string): LayoutNode {
  const child = node.children[key];
  if (child === undefined) throw new Error(`wire layout: no node "${key}"`);
  return child;
}
