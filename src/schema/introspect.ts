/**
 * What the layout's modules read of a Zod schema, through `zod/mini`'s public classes and
 * `def`: the key order of its objects and the kinds of JSON value each key takes. Kept apart
 * from `layout.ts` so that the schemas module holds only schemas and what is derived from them.
 *
 * @module
 */
import * as z from 'zod/mini';

/** A node of the layout tree: the keys of an object in wire order, and the layout of its object children. */
export interface LayoutNode {
  readonly keys: readonly string[];
  readonly children: Readonly<Record<string, LayoutNode>>;
}

/** The kinds of JSON value. */
export type JsonKind = 'null' | 'string' | 'number' | 'boolean' | 'array' | 'object';

type AnySchema = z.ZodMiniType;

/** The schema under a `nullable`. */
function unwrap(schema: AnySchema): AnySchema {
  return schema instanceof z.ZodMiniNullable ? unwrap(schema.def.innerType as AnySchema) : schema;
}

/** The object schema a value holds directly or as the items of its list, if any. */
function objectWithin(schema: AnySchema): z.ZodMiniObject | undefined {
  const inner = unwrap(schema);
  const item = inner instanceof z.ZodMiniArray ? unwrap(inner.def.element as AnySchema) : inner;
  return item instanceof z.ZodMiniObject ? item : undefined;
}

/**
 * The layout of an object schema: its keys in order, and the layout of every key holding an
 * object or a list of objects.
 *
 * @example
 * ```ts
 * layoutOf(FactureSchema); // { keys: ['dateFacture', 'montantSegurHTFacture'], children: {} }
 * ```
 */
export function layoutOf(object: z.ZodMiniObject): LayoutNode {
  const children: Record<string, LayoutNode> = {};
  for (const [key, schema] of Object.entries(object.shape)) {
    const child = objectWithin(schema as AnySchema);
    if (child !== undefined) children[key] = layoutOf(child);
  }
  return { keys: Object.keys(object.shape), children };
}

/**
 * The JSON kinds a schema of the file accepts, the usual one first.
 *
 * @throws Error for a schema that is not a JSON value of the file (a date, a union…)
 * @example
 * ```ts
 * kindsOf(identDmpSchema); // ['array', 'null']
 * ```
 */
export function kindsOf(schema: AnySchema): JsonKind[] {
  if (schema instanceof z.ZodMiniNullable) return [...kindsOf(schema.def.innerType as AnySchema), 'null'];
  if (schema instanceof z.ZodMiniLiteral) return [...new Set(schema.def.values.map((v) => (v === null ? 'null' : (typeof v as JsonKind))))];
  if (schema instanceof z.ZodMiniEnum) return ['string'];
  const type = schema.def.type;
  if (type === 'null' || type === 'string' || type === 'number' || type === 'boolean' || type === 'array' || type === 'object') return [type];
  throw new Error(`wire layout: no JSON kind for a Zod ${type}`);
}

/**
 * The kinds of every key of an object schema and of the objects below it, and the kind of the
 * items of its lists of plain values.
 *
 * @example
 * ```ts
 * wireKindsOf(SoldeFileSchema).itemKinds; // { beneficiaires: 'string', identDMP: 'string' }
 * ```
 */
export function wireKindsOf(object: z.ZodMiniObject): { kinds: Record<string, readonly JsonKind[]>; itemKinds: Record<string, JsonKind> } {
  const kinds: Record<string, readonly JsonKind[]> = {};
  const itemKinds: Record<string, JsonKind> = {};
  collectKinds(object, kinds, itemKinds);
  return { kinds, itemKinds };
}

function collectKinds(object: z.ZodMiniObject, kinds: Record<string, readonly JsonKind[]>, items: Record<string, JsonKind>): void {
  for (const [key, value] of Object.entries(object.shape)) {
    const schema = value as AnySchema;
    kinds[key] = kindsOf(schema);
    const child = objectWithin(schema);
    if (child !== undefined) collectKinds(child, kinds, items);
    const list = unwrap(schema);
    if (child === undefined && list instanceof z.ZodMiniArray) items[key] = kindsOf(list.def.element as AnySchema)[0] as JsonKind;
  }
}

