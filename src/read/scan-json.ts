import type { Finding, FindingOut } from './finding.js';
import { finding } from './finding.js';
import { closingQuote, nextNonSpace, numberAt, unescapeKey } from './json-tokens.js';
import { FORBIDDEN_KEYS } from './forbidden-keys.js';
import type { RawNumber } from './to-plain.js';

/** What one pass over the text found. */
export interface ScanResult {
  /** The findings, unless they were given to `out`. */
  findings: Finding[];
  /** The numbers written as values of the keys asked for, as written (the last one when a key is given twice). */
  rawNumbers: RawNumber[];
}

const QUOTE = 0x22;
const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * One pass over raw JSON text, before any parsing: refuses nesting deeper than `maxDepth`
 * (so that no recursive code can overflow its stack), finds keys given twice in one object
 * and forbidden keys (`__proto__`, …) with their wire path, and keeps the written form of the
 * numbers given to the keys in `rawKeys` (`27450.00` vs `27450`), which a parser loses. It
 * does not judge the syntax: the parser does that. A key given more than twice in one object
 * is reported once. With `out`, findings are pushed there as they are found (`findings` is
 * then empty); without, a text too deep gives only `JSON_TOO_DEEP`.
 *
 * Strings are skipped with `indexOf` and paths are built only for what is reported, so that
 * the pass costs little more than reading the text once.
 *
 * @example
 * ```ts
 * scanJsonText('{"a":1,"a":2}', 64).findings; // [{ code: 'JSON_DUPLICATE_KEY', path: ['a'], … }]
 * scanJsonText('{"m": 1.50}', 64, new Set(['m'])).rawNumbers; // [{ path: ['m'], text: '1.50' }]
 * ```
 */
export function scanJsonText(text: string, maxDepth: number, rawKeys: ReadonlySet<string> = NO_KEYS, out?: FindingOut): ScanResult {
  const findings: Finding[] = [];
  const sink: FindingOut = out ?? findings;
  let found = 0;
  const report = (f: Finding): void => {
    found++;
    sink.push(f);
  };
  const rawNumbers: RawNumber[] = [];
  // One slot per open object or array, reused from one container to the next at the same depth (no allocation per container).
  // Per key: whether it was already reported as given twice.
  const keysSeen: Map<string, boolean>[] = [];
  // Stryker disable ArrayDeclaration: each of these slots is written when its container opens, before it is read
  const isObject: boolean[] = [];
  const lastKey: string[] = [];
  const itemIndex: number[] = [];
  // Stryker restore ArrayDeclaration
  let depth = 0;
  const n = text.length;
  let i = 0;
  // The next backslash of the text, found once and moved forward only when passed: strings are read in order, so
  // knowing whether a key holds an escape costs one pass in all, not one search per key.
  // Stryker disable next-line UnaryOperator: the first key starts after index 1, where any start below it leads to the same search
  let backslash = -1;
  const pathTo = (key: string): (string | number)[] => [...containerPath(isObject, lastKey, itemIndex, depth - 1), key];
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i + 1;
      const end = closingQuote(text, start);
      i = end + 1;
      if (depth === 0 || !isObject[depth - 1]) continue;
      const colon = nextNonSpace(text, i);
      if (text.charCodeAt(colon) !== 0x3a /* : */) continue;
      // Stryker disable next-line all: only decides whether a key is unescaped, and unescaping a key without escapes gives it back (speed only)
      if (backslash < start) backslash = text.indexOf('\\', start) >>> 0; // -1 becomes 2^32 - 1: no backslash after
      const raw = text.slice(start, end);
      const key = backslash < end ? unescapeKey(raw) : raw;
      const seen = keysSeen[depth - 1] as Map<string, boolean>;
      const twice = seen.get(key);
      if (FORBIDDEN_KEYS.has(key) && twice === undefined) report(finding('JSON_FORBIDDEN_KEY', pathTo(key), { key }));
      if (twice === false) report(finding('JSON_DUPLICATE_KEY', pathTo(key), { key }));
      seen.set(key, twice !== undefined);
      lastKey[depth - 1] = key;
      if (rawKeys.has(key)) {
        const number = numberAt(text, nextNonSpace(text, colon + 1));
        if (number !== undefined) rawNumbers.push({ path: pathTo(key), text: number });
      }
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const object = c === 0x7b;
      isObject[depth] = object;
      itemIndex[depth] = 0;
      lastKey[depth] = '';
      if (object) {
        const seen = keysSeen[depth];
        if (seen === undefined) keysSeen[depth] = new Map();
        else seen.clear();
      }
      depth++;
      if (depth > maxDepth) {
        // Located by the path of the container that holds the one too deep, cut to its first levels: a valid
        // file is never deeper than 5, so these name where it goes wrong.
        const tooDeep = finding('JSON_TOO_DEEP', containerPath(isObject, lastKey, itemIndex, depth - 2).slice(0, 5), { limit: maxDepth });
        if (out === undefined) return { findings: [tooDeep], rawNumbers: [] };
        out.push(tooDeep);
        return { findings, rawNumbers: [] };
      }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (depth > 0) depth--;
    } else if (c === 0x2c /* , */ && depth > 0 && !isObject[depth - 1]) {
      itemIndex[depth - 1] = (itemIndex[depth - 1] ?? 0) + 1;
    }
    i++;
  }
  return { findings, rawNumbers: found === 0 ? rawNumbers : keptNumbers(rawNumbers) };
}

/**
 * The numbers the parsed tree keeps: of a key given twice, the last one (as `JSON.parse`);
 * none under a forbidden key (dropped with it).
 */
function keptNumbers(numbers: readonly RawNumber[]): RawNumber[] {
  const byPath = new Map<string, RawNumber>();
  for (const number of numbers) {
    if (number.path.some((p) => typeof p === 'string' && FORBIDDEN_KEYS.has(p))) continue;
    const id = JSON.stringify(number.path);
    byPath.delete(id);
    byPath.set(id, number);
  }
  return [...byPath.values()];
}

/** The wire path of the container at `level` (0 = the root's content): the keys and indices that lead into it. */
function containerPath(isObject: readonly boolean[], lastKey: readonly string[], itemIndex: readonly number[], level: number): (string | number)[] {
  const path: (string | number)[] = [];
  // Stryker disable next-line StringLiteral: an object's slot always has its key once one is read; the fallback only satisfies the type
  for (let d = 0; d < level; d++) path.push(isObject[d] === true ? (lastKey[d] ?? '') : (itemIndex[d] ?? 0));
  return path;
}
