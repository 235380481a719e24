/**
 * Where a text stops being JSON, and why — the same words and position in every engine
 * (each engine's `JSON.parse` words its errors its own way, and some give no position).
 * Only called on a text the engine refused, so it is written to be plain rather than fast.
 *
 * @module
 */
import type { JsonExpectation, JsonFound, JsonSyntaxFault } from '../issues/params.js';

/** The first fault of a text that is not JSON (RFC 8259), and where it stands. */
export interface LocatedJsonFault {
  /** Offset of the fault in the text, in UTF-16 code units (the text's length when it ends too early). */
  offset: number;
  /** What was expected there and what was found, as data (worded by the locales). */
  fault: JsonSyntaxFault;
}

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;

/**
 * The first syntax fault of a text, or `undefined` when the text is one JSON value (with
 * white space around it). Iterative: no nesting depth can overflow its stack.
 *
 * @example
 * ```ts
 * findJsonSyntaxError('{"a": 1,}');
 * // { offset: 8, fault: { expected: 'object-key', found: { kind: 'character', character: '}' } } }
 * findJsonSyntaxError('[1, 2]'); // undefined
 * ```
 */
export function findJsonSyntaxError(text: string): LocatedJsonFault | undefined {
  const open: number[] = [];
  const n = text.length;
  let i = 0;
  const fault = (expected: JsonExpectation, at = i): LocatedJsonFault => ({ offset: at, fault: { expected, found: found(text, at) } });
  for (;;) {
    // A value is expected at i.
    i = skipSpace(text, i);
    const c = text.charCodeAt(i);
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const close = c === OPEN_OBJECT ? 0x7d : 0x5d;
      i = skipSpace(text, i + 1);
      if (text.charCodeAt(i) === close) i++;
      else {
        open.push(c);
        if (c === OPEN_ARRAY) continue;
        const member = memberStart(text, i);
        if (typeof member !== 'number') return fault(member.expected, member.at);
        i = member;
        continue;
      }
    } else {
      const end = scalarEnd(text, i);
      if (typeof end !== 'number') return fault(end.expected, end.at);
      i = end;
    }
    // After a value: close containers until a comma asks for the next value.
    for (;;) {
      i = skipSpace(text, i);
      const container = open[open.length - 1];
      if (container === undefined) return i === n ? undefined : fault('text-end');
      const next = text.charCodeAt(i);
      if (next === (container === OPEN_OBJECT ? 0x7d : 0x5d)) {
        open.pop();
        i++;
        continue;
      }
      if (next !== 0x2c /* , */) return fault(container === OPEN_OBJECT ? 'comma-or-object-end' : 'comma-or-array-end');
      i++;
      if (container === OPEN_OBJECT) {
        const member = memberStart(text, skipSpace(text, i));
        if (typeof member !== 'number') return fault(member.expected, member.at);
        i = member;
      }
      break;
    }
  }
}

/** A fault found by a helper: what it expected, where. */
interface Expected {
  expected: JsonExpectation;
  at: number;
}

/** Reads `"key" :` from `at`: the offset after the colon. */
function memberStart(text: string, at: number): number | Expected {
  if (text.charCodeAt(at) !== 0x22) return { expected: 'object-key', at };
  const end = stringEnd(text, at);
  if (typeof end !== 'number') return end;
  const colon = skipSpace(text, end);
  if (text.charCodeAt(colon) !== 0x3a) return { expected: 'colon', at: colon };
  return colon + 1;
}

/** Reads a string, number, `true`, `false` or `null` from `at`: the offset after it. */
function scalarEnd(text: string, at: number): number | Expected {
  const c = text.charCodeAt(at);
  if (c === 0x22) return stringEnd(text, at);
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return numberEnd(text, at);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, at)) return at + literal.length;
  }
  return { expected: 'value', at };
}

/** Reads the string whose opening quote is at `at`: the offset after its closing quote. */
function stringEnd(text: string, at: number): number | Expected {
  let i = at + 1;
  for (;;) {
    if (i >= text.length) return { expected: 'string-end', at: i };
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { expected: 'escaped-control-character', at: i };
    if (c === 0x5c) {
      const e = text.charAt(i + 1); // '' past the end
      if (e === 'u') {
        // Stryker disable next-line ArithmeticOperator: the two characters before the backslash cannot join the four after `\u` (the `\u` stands between)
        if (!/[0-9A-Fa-f]{4}/.test(text.slice(i + 2, i + 6))) return { expected: 'four-hex-digits', at: i + 2 };
        i += 6;
        continue;
      }
      if (e.length !== 1 || !'"\\/bfnrt'.includes(e)) return { expected: 'escape-character', at: i + 1 };
      i += 2;
      continue;
    }
    i++;
  }
}

/** Reads the number starting at `at`: the offset after it. */
function numberEnd(text: string, at: number): number | Expected {
  const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  number.lastIndex = at;
  const match = number.exec(text);
  if (match === null) return { expected: 'digit', at: at + 1 };
  const end = at + match[0].length;
  // A number followed by more of a number's characters is malformed there (`01`, `1.`, `1e`, `--1`).
  if (/[0-9.eE+-]/.test(text[end] ?? '')) return { expected: 'well-formed-number', at: end };
  return end;
}

/** The first offset from `from` that is not JSON white space. */
function skipSpace(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

/** What stands at an offset: the character (a control one written `\\u00XX`), or the end of the text. */
function found(text: string, at: number): JsonFound {
  if (at >= text.length) return { kind: 'end' };
  const c = text.codePointAt(at) ?? 0;
  return { kind: 'character', character: c < 0x20 || c === 0x7f ? `\\u${c.toString(16).padStart(4, '0')}` : String.fromCodePoint(c) };
}
