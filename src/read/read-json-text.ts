import type { Finding, FindingOut } from './finding.js';
import { finding } from './finding.js';
import { findJsonSyntaxError, type LocatedJsonFault } from './json-syntax-error.js';
import { countJsonText, countParsedKeys } from './count-json.js';
import { scanJsonText } from './scan-json.js';
import { expandShrunk, shrinkJsonText, type ElidedMembers } from './shrink-json.js';
import type { RawNumber } from './to-plain.js';

/** Limits applied when reading text. */
export interface ReadLimits {
  /** Largest text read, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
  /** Keys whose numbers are kept as written (`27450.00` vs `27450`), in `rawNumbers`. */
  rawKeys?: ReadonlySet<string>;
  /**
   * Whether a number of `rawKeys` is written acceptably: those it accepts are left out of
   * `rawNumbers` (so that a well-written file is read without locating any of them).
   */
  acceptRaw?: (key: string, written: string) => boolean;
  /**
   * The keys (lower case) an object never leaves out: given, a text with an array or object of
   * more than `SHRINK_BOUND` entries is shrunk before it is parsed (`shrinkJsonText`):
   * repeated items are read once and shared, the other members of a huge object are only
   * counted (`elided`). Without, the text is parsed whole.
   */
  keepKeys?: ReadonlySet<string>;
}

/** The result of reading text. */
export interface TextReadResult {
  parsed: boolean;
  /** The parsed tree (as `JSON.parse` gives it: plain objects, last value of a key given twice). */
  value: unknown;
  /** The findings, unless they were given to `out`. */
  findings: Finding[];
  /** The numbers of the keys in `rawKeys`, as written (those `acceptRaw` refuses, when given). */
  rawNumbers: RawNumber[];
  /** The objects of a shrunk text whose members were left out of `value` (none, with `keepKeys` left out). */
  elided: ElidedMembers[];
}

/**
 * Reads JSON text after checking its size and nesting and before any value is trusted:
 * a counting pass of our own over the text (nesting, number of keys, numbers of `rawKeys`
 * written in a form `acceptRaw` refuses), then the engine's native `JSON.parse`. Only when
 * the parsed tree holds fewer keys than the text wrote (a key given twice), a forbidden key,
 * or a badly written number, a second pass (`scanJsonText`) locates them by their wire path.
 * A text the engine refuses is read again by {@link findJsonSyntaxError} to word the syntax
 * error the same way in every engine (with its position, turned into a line and a column).
 * With `out`, findings are pushed there as they are found, never gathered in an array.
 *
 * @example
 * ```ts
 * readJsonText('{"a": 1.50}', { maxBytes: 1e6, maxDepth: 64, rawKeys: new Set(['a']) });
 * // { parsed: true, value: { a: 1.5 }, findings: [], rawNumbers: [{ path: ['a'], text: '1.50' }] }
 * ```
 */
export function readJsonText(input: string, limits: ReadLimits, out?: FindingOut): TextReadResult {
  const findings: Finding[] = [];
  const sink: FindingOut = out ?? findings;
  const bytes = bytesOver(input, limits.maxBytes);
  if (bytes !== undefined) {
    sink.push(finding('INPUT_TOO_LARGE', [], { count: bytes, limit: limits.maxBytes }));
    return { parsed: false, value: undefined, findings, rawNumbers: [], elided: [] };
  }
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    sink.push(finding('BOM_PRESENT', [], {}));
    text = text.slice(1);
  }
  // A first pass only counts: nesting, keys, badly written numbers. Everything else is located by a second pass
  // that runs only when there is something to report.
  const counted = countJsonText(text, limits.maxDepth, limits.rawKeys, limits.acceptRaw);
  if (counted.tooDeep) {
    // Only the depth is reported then: what the scan finds before it is dropped as found.
    scanJsonText(text, limits.maxDepth, undefined, { push: (f) => (f.code === 'JSON_TOO_DEEP' ? sink.push(f) : undefined) });
    return { parsed: false, value: undefined, findings, rawNumbers: [], elided: [] };
  }
  const shrunk = limits.keepKeys !== undefined && counted.wide ? shrinkJsonText(text, limits.keepKeys) : undefined;
  let value: unknown;
  try {
    value = JSON.parse(shrunk?.text ?? text);
  } catch {
    sink.push(syntaxFinding(text));
    return { parsed: false, value: undefined, findings, rawNumbers: [], elided: [] };
  }
  const parsedKeys = countParsedKeys(value);
  // The keys of the text parsed: those of the shrunk text, unless what it left out holds a key given twice or a forbidden key.
  const textKeys = shrunk === undefined ? counted.keyCount : shrunk.suspect ? -1 : countJsonText(shrunk.text, limits.maxDepth).keyCount;
  if (shrunk !== undefined) value = expandShrunk(value, shrunk.arrays);
  const elided = shrunk?.elided ?? [];
  // As many keys in the tree as in the text, none forbidden: no key was given twice.
  // Stryker disable next-line ConditionalExpression,BlockStatement: speed only, the locating pass then finds nothing more
  if (parsedKeys.keyCount === textKeys && !parsedKeys.forbidden && counted.unaccepted === 0) {
    return { parsed: true, value, findings, rawNumbers: [], elided };
  }
  const located = scanJsonText(text, limits.maxDepth, limits.rawKeys, sink);
  const accept = limits.acceptRaw;
  const rawNumbers = accept === undefined ? located.rawNumbers : located.rawNumbers.filter((n) => !accept(String(n.path[n.path.length - 1]), n.text));
  return { parsed: true, value, findings, rawNumbers, elided };
}

/**
 * The syntax error, in our reader's words and with its position (the same in every engine);
 * `json-text` at the end of the text, should our reader accept what the engine refused.
 */
function syntaxFinding(text: string): Finding {
  const located: LocatedJsonFault = findJsonSyntaxError(text) ?? { offset: text.length, fault: { expected: 'json-text', found: { kind: 'end' } } };
  const { line, column } = lineAndColumn(text, located.offset);
  return finding('JSON_SYNTAX', [], { line, column, fault: located.fault });
}

/**
 * The UTF-8 length of a text when it is over `limit` bytes, `undefined` otherwise. A UTF-16
 * code unit is at most 3 UTF-8 bytes, so a text of at most `limit / 3` units is not measured;
 * one of more than `limit` units is over at once (its count is then its length in units).
 */
function bytesOver(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined;
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes > limit ? bytes : undefined;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
