/**
 * Zod's judgement of the file, bounded whatever the input: no list longer than
 * {@link LIST_BOUND} items is ever handed to Zod at once (a file may hold 200 requests, and
 * no legal request comes near that many beneficiaries or attachments), so that one fault
 * repeated millions of times costs neither Zod's stack nor its memory.
 *
 * The items past the bound are judged one by one by the same schema, as Zod would judge them
 * inside the list (the same findings, located at the same paths). Each verdict is remembered
 * by the item's value (or, for a FINESS, by whether it has the FINESS form, the only thing its
 * schema reads): an item judged before, whose findings the sink would only count, is counted
 * without being judged again. Zod costs a few microseconds per fault: once the items past the
 * bound have given {@link FAULTS_PAST_BOUND} faults, an item not judged before is no longer
 * judged but reported `LIST_ITEM_UNCHECKED` (counted like any finding).
 *
 * @module
 */
import type { z } from 'zod/mini';
import type { IssueCode } from '../issues/codes.js';
import { FINESS_PATTERN } from '../checks/finess.js';
import type { Finding, FindingOut } from '../read/finding.js';
import { finding } from '../read/finding.js';
import { finessSchema, identDmpItemSchema } from '../schema/fields.js';
import { LigneImportSchema, PieceJustificativeSchema, SoldeFileSchema } from '../schema/layout.js';
import type { FindingGroup, FindingSink } from './finding-sink.js';
import { asObject } from './lenient.js';
import { findingsFromZod, isFieldRuleIssue } from './zod-findings.js';

/** The most items of one list handed to Zod in one parse. */
export const LIST_BOUND = 256;

/** How many Zod issues the items past the bound may give before new items are left unchecked. */
export const FAULTS_PAST_BOUND = 20_000;

/** How many verdicts are remembered per kind of item. */
const MEMO_LIMIT = 10_000;

/** The longest JSON text of an object item remembered by its text. */
const MEMO_TEXT_LIMIT = 1_000;

/** A place of the wire layout: its schema and the lists inside it. */
interface Place {
  readonly schema: z.ZodMiniType;
  /** The lists inside a value of this place: their relative path and the place of their items. */
  readonly lists: readonly { readonly path: readonly string[]; readonly item: Place }[];
  /** Whether the schema takes strings (its verdict on anything else depends only on the kind of value). */
  readonly takesStrings: boolean;
  /** For a string item: a key its schema's verdict depends on only, when there is one. */
  readonly stringClass?: (text: string) => string;
}

const BENEFICIAIRE: Place = { schema: finessSchema, lists: [], takesStrings: true, stringClass: (v) => (FINESS_PATTERN.test(v) ? 'finess' : 'other') };
const IDENT_DMP: Place = { schema: identDmpItemSchema, lists: [], takesStrings: true };
const PIECE: Place = { schema: PieceJustificativeSchema, lists: [], takesStrings: false };
const LIGNE: Place = {
  schema: LigneImportSchema,
  lists: [
    { path: ['beneficiaires'], item: BENEFICIAIRE },
    { path: ['piecesJustificatives'], item: PIECE },
    { path: ['scenarioInstallation', 'identDMP'], item: IDENT_DMP },
  ],
  takesStrings: false,
};
const FILE: Place = { schema: SoldeFileSchema, lists: [{ path: ['lignesImport'], item: LIGNE }], takesStrings: false };

/** What the judgement of a file gives. */
export interface BoundedParse {
  /** Whether every Zod issue was one of our field rules (no missing key, wrong type, …): the structure was read. */
  structureRead: boolean;
  /** Zod's output when the file passed whole in one parse (nothing cut). */
  data?: unknown;
}

/** A remembered verdict: the codes of the findings of an item, and whether its structure was read. */
interface Verdict {
  /** Each code once, with how many findings of it the item gives. */
  codes: IssueCode[];
  counts: number[];
  structureRead: boolean;
}

interface Judging {
  root: unknown;
  sink: FindingSink;
  /** Whether object items may be remembered by their JSON text (values parsed from text: no `undefined`, no `NaN`). */
  fromText: boolean;
  memo: Map<Place, Map<string, Verdict>>;
  structureRead: boolean;
  /** The Zod issues the items past the bound gave so far. */
  faultsPastBound: number;
  /** The memo key of each object item met (a huge text's repeated items are one shared value: its text is written once). */
  keys: Map<object, string | undefined>;
}

/**
 * Judges a file with Zod ({@link SoldeFileSchema}), lists handed at most {@link LIST_BOUND}
 * items at a time, and gives the findings to `sink`.
 *
 * @param root - the file (plain JSON values)
 * @param sink - where the findings go
 * @param fromText - whether `root` was parsed from text (its objects may then be remembered by their text)
 * @example
 * ```ts
 * const sink = new FindingSink();
 * const { structureRead } = parseBounded(JSON.parse(text), sink, true);
 * ```
 */
export function parseBounded(root: unknown, sink: FindingSink, fromText: boolean): BoundedParse {
  const judging: Judging = { root, sink, fromText, memo: new Map(), structureRead: true, faultsPastBound: 0, keys: new Map() };
  const judged = judge(root, FILE, [], judging, sink);
  return judged.passedWhole ? { structureRead: judging.structureRead, data: judged.data } : { structureRead: judging.structureRead };
}

/** What judging one value gave: whether Zod passed it whole (nothing cut) and its output then, whether a list was cut. */
interface Judged {
  passedWhole: boolean;
  data: unknown;
  cut: boolean;
}

/**
 * Judges one value of a place: its findings go to `out`, except those of the items of its
 * lists past the bound, which go to the sink.
 */
function judge(value: unknown, place: Place, path: (string | number)[], judging: Judging, out: FindingOut): Judged {
  const cuts: Cut[] = [];
  const bounded = bound(value, place, [], cuts);
  const parsed = place.schema.safeParse(bounded);
  if (!parsed.success) report(parsed.error.issues, path, judging, out);
  for (const cut of cuts) {
    const listPath = [...path, ...cut.path];
    // Every item of a list is in the same group (request) as the first past the bound.
    const group = judging.sink.group([...listPath, LIST_BOUND]);
    // Stryker disable next-line EqualityOperator: one step past the end would judge undefined, a missing item
    for (let i = LIST_BOUND; i < cut.items.length; i++) judgeItem(cut.items[i], cut.item, listPath, i, group, judging);
  }
  return { passedWhole: parsed.success && cuts.length === 0, data: parsed.success ? parsed.data : undefined, cut: cuts.length > 0 };
}

/** Judges one item past the bound, or only counts its findings when its verdict is known and the sink keeps none of them. */
function judgeItem(item: unknown, place: Place, listPath: readonly (string | number)[], index: number, group: FindingGroup, judging: Judging): void {
  const key = memoKeyOf(item, place, judging);
  let known = key === undefined ? undefined : judging.memo.get(place)?.get(key);
  const { sink } = judging;
  if (known !== undefined && !known.codes.some((code) => group.keeps(code))) {
    // Stryker disable next-line EqualityOperator: one step past the end would count undefined, never read
    for (let k = 0; k < known.codes.length; k++) group.count(known.codes[k] as IssueCode, known.counts[k]);
    if (!known.structureRead) judging.structureRead = false;
    return;
  }
  const path = [...listPath, index];
  if (judging.faultsPastBound >= FAULTS_PAST_BOUND) {
    judging.structureRead = false;
    if (group.keeps('LIST_ITEM_UNCHECKED')) sink.push(finding('LIST_ITEM_UNCHECKED', path, { count: LIST_BOUND, limit: FAULTS_PAST_BOUND }));
    else group.count('LIST_ITEM_UNCHECKED');
    return;
  }
  if (key === undefined) {
    judge(item, place, path, judging, sink);
    return;
  }
  const before = judging.structureRead;
  judging.structureRead = true;
  const found: Finding[] = [];
  const judged = judge(item, place, path, judging, found);
  const byCode = new Map<IssueCode, number>();
  for (const f of found) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  known = { codes: [...byCode.keys()], counts: [...byCode.values()], structureRead: judging.structureRead };
  judging.structureRead &&= before;
  for (const f of found) sink.push(f);
  // An item whose own lists were cut had part of its findings counted elsewhere: not remembered.
  if (judged.cut) return;
  let byKey = judging.memo.get(place);
  if (byKey === undefined) judging.memo.set(place, (byKey = new Map<string, Verdict>()));
  if (byKey.size < MEMO_LIMIT) byKey.set(key, known);
}

/** {@link memoKey}, written once per object (a repeated item shared by the reader is the same object). */
function memoKeyOf(item: unknown, place: Place, judging: Judging): string | undefined {
  if (typeof item !== 'object' || item === null) return memoKey(item, place, judging.fromText);
  if (judging.keys.has(item)) return judging.keys.get(item);
  const key = memoKey(item, place, judging.fromText);
  if (judging.keys.size < MEMO_LIMIT) judging.keys.set(item, key);
  return key;
}

/**
 * The key an item's verdict is remembered by, when it has one: a non-string given to a
 * schema of strings, or anything but an object given to a schema of objects, is refused for
 * its kind alone; a FINESS is judged by its form; an object, by its JSON text when short.
 */
function memoKey(item: unknown, place: Place, fromText: boolean): string | undefined {
  const kind = item === null ? 'null' : Array.isArray(item) ? 'array' : typeof item;
  if (place.takesStrings) {
    if (typeof item !== 'string') return kind;
    return place.stringClass === undefined ? undefined : `s${place.stringClass(item)}`;
  }
  if (kind !== 'object') return kind;
  if (!fromText) return undefined;
  const text = JSON.stringify(item);
  return text.length <= MEMO_TEXT_LIMIT ? `o${text}` : undefined;
}

/** Turns the issues of one parse (paths relative to `path`) into findings. */
function report(issues: readonly z.core.$ZodIssue[], path: readonly (string | number)[], judging: Judging, out: FindingOut): void {
  if (path.length > 0) judging.faultsPastBound += issues.length;
  const located = path.length === 0 ? issues : issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
  if (!located.every(isFieldRuleIssue)) judging.structureRead = false;
  const findings = findingsFromZod(located, judging.root);
  // Stryker disable next-line EqualityOperator: one step past the end would push undefined
  for (let i = 0; i < findings.length; i++) out.push(findings[i] as Finding);
}

/** A list cut at the bound: its path (relative to the value judged), the place of its items, all its items. */
interface Cut {
  path: readonly (string | number)[];
  item: Place;
  items: readonly unknown[];
}

/**
 * `value` with every list inside it (at any depth of the layout) cut to its first
 * {@link LIST_BOUND} items, the cuts recorded; `value` itself when nothing was cut.
 */
function bound(value: unknown, place: Place, at: readonly (string | number)[], cuts: Cut[]): unknown {
  let bounded = value;
  for (const list of place.lists) {
    const items = listAt(value, list.path);
    if (items === undefined) continue;
    const listPath = [...at, ...list.path];
    const cut = items.length > LIST_BOUND;
    let kept: readonly unknown[] = cut ? items.slice(0, LIST_BOUND) : items;
    let changed = cut;
    if (list.item.lists.length > 0) {
      kept = kept.map((item, i) => {
        const inner = bound(item, list.item, [...listPath, i], cuts);
        changed ||= inner !== item;
        return inner;
      });
    }
    if (cut) cuts.push({ path: listPath, item: list.item, items });
    if (changed) bounded = replaced(bounded, list.path, kept);
  }
  return bounded;
}

/** The list at a path of own keys, if any. */
function listAt(value: unknown, path: readonly string[]): readonly unknown[] | undefined {
  let node = value;
  for (const key of path) {
    const obj = asObject(node);
    if (obj === undefined || !Object.hasOwn(obj, key)) return undefined;
    node = obj[key];
  }
  return Array.isArray(node) ? node : undefined;
}

/** A copy of `value` with the value at `path` (own keys, all present) replaced, sharing everything else. */
function replaced(value: unknown, path: readonly string[], replacement: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  const obj = asObject(value) as Record<string, unknown>;
  return { ...obj, [key]: replaced(obj[key], rest, replacement) };
}
