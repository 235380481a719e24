/**
 * Reading a huge text without building a huge tree. A text under `maxBytes` may hold millions
 * of copies of one item, or an object with millions of keys: `JSON.parse` would build every
 * one of them (seconds and hundreds of MB for 20 MB of `{},`), although a valid file holds
 * at most 200 requests and no list or object of it comes near {@link SHRINK_BOUND} entries.
 *
 * {@link shrinkJsonText} writes a shorter text for `JSON.parse`, where
 *
 * - an array past its first {@link SHRINK_BOUND} items keeps each distinct object or array
 *   once: an item whose text (at most {@link SHRINK_TEXT_LIMIT} characters) was met before in
 *   the same array is left out, and {@link expandShrunk} gives the array back its full length, the
 *   item left out being the very value of the one it repeats (one shared value, not a copy);
 * - an object past its first {@link SHRINK_BOUND} members leaves out the members whose key is
 *   none of `keepKeys` (compared without case): only their count is kept, by the object's path
 *   (`elided`), for the caller to report them as the unknown keys they are.
 *
 * The tree given back equals `JSON.parse(text)` but for the members left out and the sharing.
 * Nothing is trusted that `JSON.parse` did not read: an item left out has the text of one it
 * read; the value of a member left out is parsed alone (each distinct text once). When the text
 * is not as expected (not JSON, a key with an escape or a control character where a member
 * would be left out), `undefined` says to parse the whole text as it is.
 *
 * @module
 */
import { countJsonText, countParsedKeys } from './count-json.js';
import { FORBIDDEN_KEYS } from './forbidden-keys.js';
import { closingQuote, nextNonSpace } from './json-tokens.js';
import { SHRINK_BOUND, SHRINK_TEXT_LIMIT } from './shrink-limits.js';

export { SHRINK_BOUND, SHRINK_TEXT_LIMIT } from './shrink-limits.js';

/** How many distinct item texts (or member values) are remembered per text. */
const REMEMBERED = 10_000;

/** An array of the shrunk text to give its full length back. */
export interface ShrunkArray {
  /** Its path in the tree (indices of the full arrays). */
  path: (string | number)[];
  /** Its length in the text. */
  length: number;
  /** Its length in the shrunk text. */
  shrunkLength: number;
  /** For each item from index {@link SHRINK_BOUND} on: the index, in the shrunk array, of the item it is. */
  slots: Int32Array;
}

/** An object of the shrunk text whose members were left out, by number. */
export interface ElidedMembers {
  path: (string | number)[];
  count: number;
}

/** The text to parse, and how to give the tree its full shape back. */
export interface ShrunkText {
  text: string;
  /** The arrays to give back their length, innermost first (as they close). */
  arrays: ShrunkArray[];
  /** The objects whose members were left out. */
  elided: ElidedMembers[];
  /**
   * Whether what was left out holds a key given twice or a forbidden key (the shrunk text
   * does not show it: the whole text is to be scanned for them).
   */
  suspect: boolean;
}

interface Frame {
  object: boolean;
  /** Entries read so far. */
  count: number;
  /** The key (object) or index (array) of the entry being read. */
  key: string | number;
  /** For an array past the bound: item text → slot, the slots, and the items kept past the bound. */
  texts?: Map<string, number>;
  slots?: Int32Array;
  keptPast: number;
  /** Where the object opens. */
  start: number;
  /** For an object past the bound: its keys so far, to count each key left out once (JSON.parse keeps one of a key given twice). */
  names?: Set<string>;
  /** Distinct keys left out. */
  elided: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;

/**
 * The shrunk text of `text` (see the module), or `undefined` when nothing is to be left out
 * or the text cannot be shrunk safely (it is then parsed as it is).
 *
 * @param keepKeys - the keys (lower case) an object never leaves out (those of the layout)
 * @example
 * ```ts
 * const shrunk = shrinkJsonText(`[${'{},'.repeat(1000)}{}]`, new Set());
 * shrunk?.text.length; // 769: the 256 first items and one more
 * ```
 */
export function shrinkJsonText(text: string, keepKeys: ReadonlySet<string>): ShrunkText | undefined {
  const chunks: string[] = [];
  /** Where the text is copied from next. */
  let copied = 0;
  const arrays: ShrunkArray[] = [];
  const elided: ElidedMembers[] = [];
  // Each member value left out, parsed once: whether it holds a key given twice or a forbidden key.
  const checkedValues = new Map<string, boolean>();
  let suspect = false;
  const stack: Frame[] = [];
  const n = text.length;
  let i = nextNonSpace(text, 0);
  const pathOf = (): (string | number)[] => stack.slice(0, -1).map((f) => f.key);

  /** Leaves out `[from, to)`. */
  const leaveOut = (from: number, to: number): void => {
    // Runs of items left out one after the other make one cut.
    if (from > copied) chunks.push(text.slice(copied, from));
    copied = to;
  };

  for (;;) {
    // A value starts at i.
    if (i >= n) return undefined;
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push({ object: c === 0x7b, count: 0, key: 0, keptPast: 0, start: i, elided: 0 });
      i = nextNonSpace(text, i + 1);
      const close = text.charCodeAt(i);
      if (close === (c === 0x7b ? 0x7d : 0x5d)) {
        stack.pop();
        i++;
      } else if (c === 0x7b) {
        const next = startMember(i);
        if (next === undefined) return undefined;
        i = next;
        continue;
      } else continue;
    } else {
      const end = scalarEnd(text, i);
      if (end === undefined) return undefined;
      i = end;
    }
    // A value ended before i: what follows it.
    for (;;) {
      const frame = stack[stack.length - 1];
      if (frame === undefined) {
        if (nextNonSpace(text, i) !== n) return undefined;
        return arrays.length === 0 && elided.length === 0 ? undefined : { text: chunks.join('') + text.slice(copied), arrays, elided, suspect };
      }
      i = nextNonSpace(text, i);
      const c2 = text.charCodeAt(i);
      if (c2 === COMMA) {
        frame.count++;
        const comma = i;
        i = nextNonSpace(text, i + 1);
        if (!frame.object) frame.key = frame.count;
        if (frame.count >= SHRINK_BOUND) {
          const left = frame.object ? leaveMemberOut(frame, comma, i) : leaveItemOut(frame, comma, i);
          if (left === null) return undefined;
          if (left !== undefined) {
            i = left;
            continue;
          }
        }
        if (frame.object) {
          const next = startMember(i);
          if (next === undefined) return undefined;
          i = next;
        }
        break;
      }
      if (c2 !== (frame.object ? 0x7d : 0x5d)) return undefined;
      i++;
      if (frame.slots !== undefined) {
        arrays.push({ path: pathOf(), length: frame.count + 1, shrunkLength: SHRINK_BOUND + frame.keptPast, slots: frame.slots.subarray(0, frame.count + 1 - SHRINK_BOUND) });
      }
      if (frame.elided > 0) elided.push({ path: pathOf(), count: frame.elided });
      stack.pop();
    }
  }

  /** At a key: records it as the frame's entry and moves to its value (`undefined` when no key is there). */
  function startMember(at: number): number | undefined {
    const frame = stack[stack.length - 1] as Frame;
    if (text.charCodeAt(at) !== QUOTE) return undefined;
    const end = closingQuote(text, at + 1);
    if (end >= n) return undefined;
    const raw = text.slice(at + 1, end);
    if (raw.includes('\\')) {
      try {
        frame.key = JSON.parse(`"${raw}"`) as string;
      } catch {
        return undefined;
      }
    } else frame.key = raw;
    frame.names?.add(frame.key);
    const colon = nextNonSpace(text, end + 1);
    if (text.charCodeAt(colon) !== 0x3a /* : */) return undefined;
    return nextNonSpace(text, colon + 1);
  }

  /**
   * The item at `at` of an array past the bound: an object or array left out when its text
   * was met before in the array (the index after it returned), kept otherwise (`undefined`);
   * `null` when the text is not as expected.
   */
  function leaveItemOut(frame: Frame, comma: number, at: number): number | undefined | null {
    const index = frame.count - SHRINK_BOUND;
    const first = text.charCodeAt(at);
    // A number, a literal or a string costs JSON.parse no more than its text: only objects and arrays are shared.
    if (first !== 0x7b && first !== 0x5b) {
      const kept = SHRINK_BOUND + frame.keptPast++;
      if (frame.slots !== undefined) setSlot(frame, index, kept);
      return undefined;
    }
    const end = valueEnd(text, at);
    if (end === undefined) return null;
    const item = end - at > SHRINK_TEXT_LIMIT ? undefined : text.slice(at, end);
    frame.texts ??= new Map();
    const slot = item === undefined ? undefined : frame.texts.get(item);
    if (slot === undefined) {
      const kept = SHRINK_BOUND + frame.keptPast++;
      if (frame.slots !== undefined) setSlot(frame, index, kept);
      if (item !== undefined && frame.texts.size < REMEMBERED) frame.texts.set(item, kept);
      return undefined;
    }
    if (frame.slots === undefined) {
      // The first item left out: every item before it past the bound was kept, in order.
      frame.slots = new Int32Array(Math.min(Math.ceil((n - at) / 2) + index + 1, 1 << 16));
      for (let k = 0; k < index; k++) setSlot(frame, k, SHRINK_BOUND + k);
    }
    setSlot(frame, index, slot);
    leaveOut(comma, end);
    return end;
  }

  /** Records the slot of the item `index` past the bound, the slots grown when full. */
  function setSlot(frame: Frame, index: number, slot: number): void {
    let slots = frame.slots as Int32Array;
    if (index >= slots.length) {
      const grown = new Int32Array(Math.max(index + 1, slots.length * 2));
      grown.set(slots);
      slots = frame.slots = grown;
    }
    slots[index] = slot;
  }

  /**
   * The member at `at` of an object past the bound: left out when its key is not kept and its
   * value is short (the index after it returned), kept otherwise (`undefined`); `null` when the
   * text is not as expected or the value is not JSON.
   */
  function leaveMemberOut(frame: Frame, comma: number, at: number): number | undefined | null {
    if (text.charCodeAt(at) !== QUOTE) return null;
    const keyEnd = closingQuote(text, at + 1);
    if (keyEnd >= n) return null;
    const raw = text.slice(at + 1, keyEnd);
    if (keepKeys.has(raw.toLowerCase()) || FORBIDDEN_KEYS.has(raw)) return undefined;
    // A key with an escape (or a control character) past the bound: the whole text is parsed, so that a key is never counted twice.
    if (escapedOrControl(raw)) return null;
    const colon = nextNonSpace(text, keyEnd + 1);
    if (text.charCodeAt(colon) !== 0x3a /* : */) return null;
    const start = nextNonSpace(text, colon + 1);
    const end = valueEnd(text, start);
    if (end === undefined) return null;
    if (end - start > SHRINK_TEXT_LIMIT) return undefined;
    const value = text.slice(start, end);
    let odd = checkedValues.get(value);
    if (odd === undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch {
        return null;
      }
      const keys = countParsedKeys(parsed);
      odd = keys.forbidden || keys.keyCount !== countJsonText(value, Number.MAX_SAFE_INTEGER).keyCount;
      if (checkedValues.size < REMEMBERED) checkedValues.set(value, odd);
    }
    frame.names ??= keysOf(text, frame.start, frame.count);
    if (frame.names === undefined) return null;
    if (frame.names.has(raw)) odd = true;
    else {
      frame.names.add(raw);
      frame.elided++;
    }
    suspect ||= odd;
    leaveOut(comma, end);
    return end;
  }
}

/** Whether a key as written holds a backslash or a control character. */
function escapedOrControl(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 0x5c || c < 0x20) return true;
  }
  return false;
}

/** The keys of the first `count` members of the object opening at `start`, or `undefined` when they are not as expected. */
function keysOf(text: string, start: number, count: number): Set<string> | undefined {
  const keys = new Set<string>();
  let i = start + 1;
  for (let k = 0; k < count; k++) {
    i = nextNonSpace(text, i);
    if (text.charCodeAt(i) !== QUOTE) return undefined;
    const end = closingQuote(text, i + 1);
    try {
      keys.add(JSON.parse(text.slice(i, end + 1)) as string);
    } catch {
      return undefined;
    }
    i = nextNonSpace(text, end + 1);
    if (text.charCodeAt(i) !== 0x3a /* : */) return undefined;
    const valueEnds = valueEnd(text, nextNonSpace(text, i + 1));
    if (valueEnds === undefined) return undefined;
    i = nextNonSpace(text, valueEnds) + 1;
  }
  return keys;
}

/** The end of the scalar (string, number, literal) at `at`, or `undefined` when none starts there. */
function scalarEnd(text: string, at: number): number | undefined {
  if (text.charCodeAt(at) === QUOTE) {
    const end = closingQuote(text, at + 1);
    return end >= text.length ? undefined : end + 1;
  }
  let end = at;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === COMMA || c === 0x5d || c === 0x7d || c <= 0x20) break;
    if (c === QUOTE || c === 0x5b || c === 0x7b || c === 0x3a) return undefined;
  }
  return end === at ? undefined : end;
}

/** The end of the value at `at` (its brackets matched, strings skipped), or `undefined` when the text ends first. */
function valueEnd(text: string, at: number): number | undefined {
  const c = text.charCodeAt(at);
  if (c !== 0x7b && c !== 0x5b) return scalarEnd(text, at);
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === QUOTE) {
      i = closingQuote(text, i + 1);
    } else if (d === 0x7b || d === 0x5b) depth++;
    else if (d === 0x7d || d === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

/**
 * Gives the arrays of a tree parsed from a shrunk text their full length back (in place: the
 * tree is the parser's own), outermost first. An array no longer at its path (under a key
 * dropped since) is passed over.
 *
 * @example
 * ```ts
 * const shrunk = shrinkJsonText(text, new Set());
 * const tree = shrunk === undefined ? JSON.parse(text) : expandShrunk(JSON.parse(shrunk.text), shrunk.arrays);
 * ```
 */
export function expandShrunk(tree: unknown, arrays: readonly ShrunkArray[]): unknown {
  // A key given twice holds the last value (JSON.parse's rule), whose array closes last: applied first, it is not applied again.
  const expanded = new Set<unknown>();
  for (let a = arrays.length - 1; a >= 0; a--) {
    const { path, length, shrunkLength, slots } = arrays[a] as ShrunkArray;
    let parent: unknown = undefined;
    let node: unknown = tree;
    for (const key of path) {
      parent = node;
      node = typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? (node as Record<string | number, unknown>)[key] : undefined;
    }
    if (!Array.isArray(node) || node.length !== shrunkLength || expanded.has(node)) continue;
    const shrunk: unknown[] = node;
    const full = new Array<unknown>(length);
    for (let k = 0; k < SHRINK_BOUND; k++) full[k] = shrunk[k];
    for (let k = SHRINK_BOUND; k < length; k++) full[k] = shrunk[slots[k - SHRINK_BOUND] as number];
    expanded.add(full);
    if (path.length === 0) tree = full;
    else (parent as Record<string | number, unknown>)[path[path.length - 1] as string | number] = full;
  }
  return tree;
}
