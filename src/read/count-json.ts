import { FORBIDDEN_KEYS } from './forbidden-keys.js';
import { closingQuote, nextNonSpace, numberAt, unescapeKey } from './json-tokens.js';
import { SHRINK_BOUND } from './shrink-limits.js';

/** What a counting pass over the text found. */
export interface CountResult {
  /** Whether some object or array opens deeper than the limit (the pass stops there). */
  tooDeep: boolean;
  /** How many keys the text writes, all objects together. */
  keyCount: number;
  /** How many numbers of the keys asked for are written in a form `accept` refuses (all of them without `accept`). */
  unaccepted: number;
  /**
   * Whether `shrinkJsonText` may leave something out: some object holds more than
   * {@link SHRINK_BOUND} members, or some array an object or array past its first
   * {@link SHRINK_BOUND} items (a list of millions of numbers or texts costs `JSON.parse` no
   * more than its text).
   */
  wide: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * The cheap first pass over raw JSON text, before the engine parses it: the nesting depth
 * (so that no recursive code ever meets a text deeper than `maxDepth`), the number of keys
 * (compared with the parsed tree by {@link countParsedKeys}, it tells whether a key was given
 * twice) and whether a number of `rawKeys` is written in a form `accept` refuses
 * (`27450` where `27450.00` is due). It builds no path: when something is to be reported,
 * `scanJsonText` reads the text again to locate it.
 *
 * On a text that is not JSON, only `tooDeep` means something.
 *
 * @example
 * ```ts
 * countJsonText('{"a": 1, "a": 2}', 64).keyCount; // 2 (the parsed tree has 1)
 * countJsonText('{"m": 1.5}', 64, new Set(['m']), (key, text) => /\.\d\d$/.test(text)).unaccepted; // 1
 * ```
 */
export function countJsonText(
  text: string,
  maxDepth: number,
  rawKeys: ReadonlySet<string> = NO_KEYS,
  accept?: (key: string, written: string) => boolean,
): CountResult {
  const wanted = [...rawKeys];
  const n = text.length;
  let depth = 0;
  let keyCount = 0;
  let unaccepted = 0;
  // The commas of each open container (its entries less one), whether it is an array, and whether one passed the bound.
  const commas: number[] = [];
  const isArray: boolean[] = [];
  let wide = false;
  // Stryker disable UnaryOperator: in JSON a string comes before any colon, and keys start after index 1
  let stringStart = -1;
  let stringEnd = -1;
  // The next backslash of the text, moved forward only when passed (see scanJsonText).
  let backslash = -1;
  // Stryker restore UnaryOperator
  let i = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads NaN, which matches no case
  while (i < n) {
    const c = text.charCodeAt(i);
    // White space (most of an indented file's characters outside strings) first, in one comparison.
    // Stryker disable next-line all: speed only, white space matches none of the cases below either
    if (c <= 0x20) {
      i++;
      continue;
    }
    if (c === QUOTE) {
      stringStart = i + 1;
      // Usually the next quote closes the string; one after a backslash may be escaped.
      const quote = text.indexOf('"', stringStart);
      // Stryker disable next-line EqualityOperator,ConditionalExpression: no quote is found at index 0; closingQuote finds the same quote when none is escaped (speed only)
      stringEnd = quote < 0 ? n : text.charCodeAt(quote - 1) === BACKSLASH ? closingQuote(text, stringStart) : quote;
      i = stringEnd + 1;
      continue;
    }
    if (c === 0x3a /* : */) {
      keyCount++;
      i++;
      // Stryker disable next-line ConditionalExpression: speed only, no key is wanted from an empty list
      if (wanted.length === 0) continue;
      // In JSON a colon follows its key: the last string read.
      // Stryker disable next-line all: only decides whether the key is unescaped, and unescaping a key without escapes gives it back (speed only)
      if (backslash < stringStart) backslash = text.indexOf('\\', stringStart) >>> 0; // -1 becomes 2^32 - 1: none after
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the same (speed only)
      const key = wantedKey(wanted, text, stringStart, stringEnd, backslash < stringEnd);
      if (key === undefined) continue;
      const written = numberAt(text, nextNonSpace(text, i));
      if (written !== undefined && accept?.(key, written) !== true) unaccepted++;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: speed only, a text shrunk for nothing is parsed the same
      if (depth > 0 && isArray[depth - 1] === true && (commas[depth - 1] ?? 0) >= SHRINK_BOUND) wide = true;
      commas[depth] = 0;
      isArray[depth] = c === 0x5b;
      depth++;
      if (depth > maxDepth) return { tooDeep: true, keyCount, unaccepted, wide };
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (depth > 0) depth--;
    } else if (c === 0x2c /* , */ && depth > 0) {
      const count = (commas[depth - 1] ?? 0) + 1;
      commas[depth - 1] = count;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, a text shrunk for nothing is parsed the same
      if (count >= SHRINK_BOUND && isArray[depth - 1] !== true) wide = true;
    }
    i++;
  }
  return { tooDeep: false, keyCount, unaccepted, wide };
}

/**
 * The number of keys of a parsed tree, all objects together, and whether one of them is a
 * forbidden key. Walks with its own stack (no recursion). With {@link countJsonText}'s
 * `keyCount` of the same text it tells, without comparing a single key, whether the text
 * gave a key twice (`JSON.parse` keeps only the last).
 *
 * @example
 * ```ts
 * countParsedKeys(JSON.parse('{"a":1,"a":2,"b":[{"c":0}]}')); // { keyCount: 3, forbidden: false }
 * ```
 */
export function countParsedKeys(root: unknown): { keyCount: number; forbidden: boolean } {
  let keyCount = 0;
  let forbidden = false;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    // Below, the array loop's bound and the tests before each push are equivalent when mutated: what is not an object
    // (one step past the end reads undefined) is skipped when popped; pushing only objects is for speed.
    if (Array.isArray(value)) {
      // Stryker disable next-line EqualityOperator
      for (let k = 0; k < value.length; k++) {
        const item: unknown = value[k];
        // Stryker disable next-line ConditionalExpression,LogicalOperator
        if (typeof item === 'object' && item !== null) stack.push(item);
      }
      continue;
    }
    const keys = Object.keys(value);
    keyCount += keys.length;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      const item = (value as Record<string, unknown>)[key];
      // Stryker disable next-line ConditionalExpression,LogicalOperator
      if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return { keyCount, forbidden };
}

/** The key of `wanted` written between `start` and `end`, compared in place unless it holds an escape. */
function wantedKey(wanted: readonly string[], text: string, start: number, end: number, escaped: boolean): string | undefined {
  // Stryker disable next-line ConditionalExpression,BlockStatement: speed only, unescaping a key without escapes gives it back
  if (!escaped) {
    for (let k = 0; k < wanted.length; k++) {
      const key = wanted[k] as string;
      if (key.length === end - start && text.startsWith(key, start)) return key;
    }
    return undefined;
  }
  const key = unescapeKey(text.slice(start, end));
  return wanted.includes(key) ? key : undefined;
}
