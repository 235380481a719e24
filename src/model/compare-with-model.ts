import type { Locale } from '../issues/types.js';
import { readJsonText } from '../read/read-json-text.js';
import { toPlain } from '../read/to-plain.js';
import { WIRE_ITEM_KINDS, WIRE_KINDS, WIRE_LAYOUT, type JsonKind, type LayoutNode } from '../schema/layout.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH } from '../validate/options.js';

/** How the portal's model differs from what the library writes. */
export type ModelDifferenceKind = 'unreadable' | 'missing-in-model' | 'extra-in-model' | 'order' | 'value-kind';

/** One difference, located by its path in the model. */
export interface ModelDifference {
  kind: ModelDifferenceKind;
  path: (string | number)[];
  /** What the library writes there (key order, kinds). */
  expected?: string;
  /** What the model has there. */
  found?: string;
  message: string;
}

/** The result of {@link compareWithModel}. */
export interface ModelComparison {
  /** True when the model's structure is the library's. */
  same: boolean;
  differences: ModelDifference[];
}

type Raw = Omit<ModelDifference, 'message'>;

const MESSAGES: Readonly<Record<Locale, Readonly<Record<ModelDifferenceKind, (d: Raw) => string>>>> = {
  fr: {
    unreadable: (d) => `Le modèle n’est pas lisible : ${d.found ?? ''}`,
    'missing-in-model': (d) => `La bibliothèque écrit la clé « ${d.expected ?? ''} », absente du modèle.`,
    'extra-in-model': (d) => `Le modèle a une clé « ${d.found ?? ''} » que la bibliothèque n’écrit pas.`,
    order: (d) => `Ordre des clés différent : la bibliothèque écrit ${d.expected ?? ''}, le modèle a ${d.found ?? ''}.`,
    'value-kind': (d) => `Type de valeur différent : la bibliothèque écrit ${d.expected ?? ''}, le modèle a ${d.found ?? ''}.`,
  },
  en: {
    unreadable: (d) => `The model cannot be read: ${d.found ?? ''}`,
    'missing-in-model': (d) => `The library writes the key "${d.expected ?? ''}", which the model lacks.`,
    'extra-in-model': (d) => `The model has a key "${d.found ?? ''}" that the library does not write.`,
    order: (d) => `Different key order: the library writes ${d.expected ?? ''}, the model has ${d.found ?? ''}.`,
    'value-kind': (d) => `Different kind of value: the library writes ${d.expected ?? ''}, the model has ${d.found ?? ''}.`,
  },
};

function kindOf(value: unknown): JsonKind | 'undefined' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' || t === 'object' ? t : 'undefined';
}

function compareObject(model: Record<string, unknown>, node: LayoutNode, path: (string | number)[], out: Raw[]): void {
  const modelKeys = Object.keys(model);
  for (const key of node.keys) if (!modelKeys.includes(key)) out.push({ kind: 'missing-in-model', path: [...path, key], expected: key });
  for (const key of modelKeys) if (!node.keys.includes(key)) out.push({ kind: 'extra-in-model', path: [...path, key], found: key });
  const ours = node.keys.filter((k) => modelKeys.includes(k));
  const theirs = modelKeys.filter((k) => node.keys.includes(k));
  if (ours.join() !== theirs.join()) out.push({ kind: 'order', path, expected: ours.join(', '), found: theirs.join(', ') });
  for (const key of ours) compareValue(model[key], key, node.children[key], [...path, key], out);
}

function compareValue(value: unknown, key: string, child: LayoutNode | undefined, path: (string | number)[], out: Raw[]): void {
  const kinds = WIRE_KINDS[key] ?? [];
  const kind = kindOf(value);
  if (!(kinds as readonly string[]).includes(kind)) {
    out.push({ kind: 'value-kind', path, expected: kinds.join(' | '), found: kind });
    return;
  }
  if (kind === 'object' && child) compareObject(value as Record<string, unknown>, child, path, out);
  if (kind !== 'array') return;
  (value as unknown[]).forEach((item, i) => {
    const itemKind = kindOf(item);
    if (child) {
      if (itemKind === 'object') compareObject(item as Record<string, unknown>, child, [...path, i], out);
      else out.push({ kind: 'value-kind', path: [...path, i], expected: 'object', found: itemKind });
    } else {
      const expected = WIRE_ITEM_KINDS[key];
      if (expected !== undefined && itemKind !== expected) out.push({ kind: 'value-kind', path: [...path, i], expected, found: itemKind });
    }
  });
}

/**
 * Compares the structure of the blank JSON model the portal offers for download with what
 * the library writes (our layout was inferred from the guide, FORMAT.md §2): keys, nesting,
 * key order and the kind of each value (null, string, number, boolean, array, object).
 * Values themselves are not compared. Run it in your own tests against the model you
 * downloaded.
 *
 * @param text - the model's JSON text
 * @example
 * ```ts
 * const { same, differences } = compareWithModel(readFileSync('modele-BIO.json', 'utf8'));
 * for (const d of differences) console.log(d.path.join('.'), d.message);
 * ```
 */
export function compareWithModel(text: string, options: { locale?: Locale } = {}): ModelComparison {
  const messages = MESSAGES[options.locale ?? 'fr'];
  const raw: Raw[] = [];
  const given: unknown = text;
  const read = readJsonText(typeof given === 'string' ? given : '', { maxBytes: DEFAULT_MAX_BYTES, maxDepth: DEFAULT_MAX_DEPTH });
  const syntax = read.findings.find((f) => f.code !== 'BOM_PRESENT');
  if (!read.parsed || syntax) {
    raw.push({ kind: 'unreadable', path: syntax?.path ?? [], found: syntax?.code ?? 'JSON' });
  } else {
    const model = toPlain(read.value, { maxDepth: DEFAULT_MAX_DEPTH, rawKeys: new Set(), reportForbidden: false }).value;
    if (kindOf(model) === 'object') compareObject(model as Record<string, unknown>, WIRE_LAYOUT, [], raw);
    else raw.push({ kind: 'value-kind', path: [], expected: 'object', found: kindOf(model) });
  }
  const differences = raw.map((d) => ({ ...d, message: messages[d.kind](d) }));
  return { same: differences.length === 0, differences };
}
