import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/read/json-syntax-error.js';
import type { JsonExpectation } from '../../src/issues/params.js';

/** The fault as a JSON parser words it (the form these cases were first written in). */
const PARSER_WORDS: Record<JsonExpectation, string> = {
  value: 'JSON value expected',
  'object-key': 'Quoted object key expected',
  colon: "Colon ':' expected after the object key",
  'comma-or-object-end': "Comma ',' or end of object '}' expected",
  'comma-or-array-end': "Comma ',' or end of array ']' expected",
  'text-end': 'End of the text expected after the JSON value',
  'string-end': "End of string '\"' expected",
  'escaped-control-character': 'Control character escaped as \\u00XX expected',
  'four-hex-digits': 'Four hexadecimal digits expected after \\u',
  'escape-character': 'Escape character (one of " \\ / b f n r t u) expected after \\',
  digit: 'Digit expected',
  'well-formed-number': 'Well-formed number expected',
  'json-text': 'JSON text expected',
};

const accepts = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** JSON texts with one character inserted, deleted or replaced somewhere: mostly invalid, sometimes not. */
const damaged = fc
  .tuple(fc.json(), fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...'{}[]:,"\\ -+.0123456789eEtfnulx\u0000\n'.split('')))
  .map(([text, at, how, c]) => {
    const i = at % (text.length + 1);
    if (how === 'insert') return text.slice(0, i) + c + text.slice(i);
    if (how === 'delete') return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i) + c + text.slice(i + 1);
  });

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on what is JSON: valid, damaged and arbitrary texts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), damaged, fc.string(), fc.string({ unit: fc.constantFrom(...' {}[]:,"\\0-1e.tnr'.split('')) })), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(accepts(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('places each fault where the text goes wrong, saying what was expected', () => {
    const cases: [string, number, RegExp][] = [
      ['', 0, /^JSON value expected but reached the end of the text at position 0$/],
      ['{"a": 1,}', 8, /^Quoted object key expected but got '}'/],
      ['{"a" 1}', 5, /^Colon ':' expected after the object key but got '1'/],
      ['{"a": 1 "b": 2}', 8, /^Comma ',' or end of object '}' expected but got '"'/],
      ['[1 2]', 3, /^Comma ',' or end of array ']' expected/],
      ['[1,]', 3, /^JSON value expected but got ']'/],
      ['{"a": tru}', 6, /^JSON value expected but got 't'/],
      ['"abc', 4, /^End of string '"' expected but reached the end/],
      ['"a\tb"', 2, /^Control character escaped as \\u00XX expected but got '\\u0009'/],
      ['"\\x"', 2, /^Escape character .* expected after \\ but got 'x'/],
      ['"\\u12G4"', 3, /^Four hexadecimal digits expected/],
      ['["\\u12G4", "cafe"]', 4, /^Four hexadecimal digits expected/],
      ['"\\ x"', 2, /^Escape character .* expected after \\ but got ' '/],
      ['01', 1, /^Well-formed number expected but got '1'/],
      ['1.', 1, /^Well-formed number expected but got '.'/],
      ['-', 1, /^Digit expected but reached the end/],
      ['[1] x', 4, /^End of the text expected after the JSON value but got 'x'/],
      ['+1', 0, /^JSON value expected but got '\+'/],
      ['[.5]', 1, /^JSON value expected but got '\.'/],
      ['"\\', 2, /^Escape character .* expected after \\ but reached the end/],
      ['[1, \u007f]', 4, /^JSON value expected but got '\\u007f'/],
      [`${'['.repeat(100_000)}1${']'.repeat(99_999)}`, 200_000, /^Comma ',' or end of array ']' expected but reached the end/],
    ];
    for (const [text, offset, detail] of cases) {
      const located = findJsonSyntaxError(text);
      expect(located?.offset, text.slice(0, 20)).toBe(offset);
      const words = located === undefined ? '' : `${PARSER_WORDS[located.fault.expected]} but ${located.fault.found.kind === 'end' ? 'reached the end of the text' : `got '${located.fault.found.character}'`} at position ${located.offset}`;
      expect(words, text.slice(0, 20)).toMatch(detail);
      expect(words).toMatch(new RegExp(`at position ${offset}$`));
    }
  });

  it('accepts every JSON value, however deep, with white space around', () => {
    expect(findJsonSyntaxError(' \t\r\n{"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n", {}, []]} \n')).toBeUndefined();
    expect(findJsonSyntaxError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
  });
});
