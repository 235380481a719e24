import { describe, expect, it } from 'vitest';
import { scanJsonText } from '../../src/read/scan-json.js';

const codes = (text: string, maxDepth = 64) => scanJsonText(text, maxDepth).findings.map((f) => [f.code, f.path]);

describe('scanJsonText: keys given twice and forbidden keys', () => {
  it('finds a key given twice, with its wire path, through objects and arrays', () => {
    expect(codes('{"a": [{"b": 1, "b": 2}]}')).toEqual([['JSON_DUPLICATE_KEY', ['a', 0, 'b']]]);
    expect(codes('{"l": [1, 2, {"x": 0, "x": 0}]}')).toEqual([['JSON_DUPLICATE_KEY', ['l', 2, 'x']]]);
  });

  it('keeps each object’s keys apart: siblings and children may reuse a key, a parent still sees its own', () => {
    expect(codes('[{"a": 1}, {"a": 2}]')).toEqual([]);
    expect(codes('{"x": {"k": 1}, "y": {"k": 2}}')).toEqual([]);
    expect(codes('{"a": {"a": 1}, "b": 2, "a": 3}')).toEqual([['JSON_DUPLICATE_KEY', ['a']]]);
  });

  it('reads keys whatever the white space around the colon', () => {
    expect(codes('{"a" : 1,\n "a"\r\n\t: 2}')).toEqual([['JSON_DUPLICATE_KEY', ['a']]]);
  });

  it('does not take what is inside a string for a key, nor a comma inside a string for an item', () => {
    expect(codes('{"a": "he said \\"a\\": 1, {\\"a\\": 2}"}')).toEqual([]);
    expect(codes('{"l": ["x,y", "z", {"__proto__": 1}]}')).toEqual([['JSON_FORBIDDEN_KEY', ['l', 2, '__proto__']]]);
  });

  it('ends a string at a quote after an even run of backslashes only', () => {
    expect(codes('{"a\\\\": 1, "a\\\\": 2}')).toEqual([['JSON_DUPLICATE_KEY', ['a\\']]]);
    expect(codes('{"a\\\\\\"": 1, "b": 2, "b": 3}')).toEqual([['JSON_DUPLICATE_KEY', ['b']]]);
  });

  it('compares and reports keys unescaped, forbidden ones included', () => {
    expect(codes('{"\\u0061": 1, "a": 2}')).toEqual([['JSON_DUPLICATE_KEY', ['a']]]);
    expect(codes('{"__pro\\u0074o__": {}, "constructor": 1, "prototype": 2}')).toEqual([
      ['JSON_FORBIDDEN_KEY', ['__proto__']],
      ['JSON_FORBIDDEN_KEY', ['constructor']],
      ['JSON_FORBIDDEN_KEY', ['prototype']],
    ]);
  });

  it('reports a key given three times or more once, a forbidden key given twice once of each code', () => {
    expect(codes('{"a": 1, "b": 0, "a": 2, "a": 3}')).toEqual([['JSON_DUPLICATE_KEY', ['a']]]);
    expect(codes('{"__proto__": 1, "__proto__": 2, "__proto__": 3}')).toEqual([
      ['JSON_FORBIDDEN_KEY', ['__proto__']],
      ['JSON_DUPLICATE_KEY', ['__proto__']],
    ]);
  });

  it('gives its findings to `out` as found when asked, too deep included', () => {
    const out: unknown[] = [];
    expect(scanJsonText('{"a": 1, "a": [[[]]]}', 2, undefined, out).findings).toEqual([]);
    expect(out).toEqual([expect.objectContaining({ code: 'JSON_DUPLICATE_KEY' }), expect.objectContaining({ code: 'JSON_TOO_DEEP' })]);
  });

  it('keeps a key with a broken escape as written, and survives unfinished text', () => {
    expect(codes('{"\\x": 1, "\\x": 2}')).toEqual([['JSON_DUPLICATE_KEY', ['\\x']]]);
    expect(codes('{"a')).toEqual([]);
    expect(codes('}}]]{"a": 1, "a": 2')).toEqual([['JSON_DUPLICATE_KEY', ['a']]]);
  });
});

describe('scanJsonText: nesting', () => {
  it('refuses nesting deeper than the limit, located by the container holding the one too deep', () => {
    expect(codes('{"a": {"b": {}}}', 2)).toEqual([['JSON_TOO_DEEP', ['a']]]);
    expect(codes('[[[1]]]', 2)).toEqual([['JSON_TOO_DEEP', [0]]]);
    expect(codes('[1, [2, {"k": [[]]}]]', 4)).toEqual([['JSON_TOO_DEEP', [1, 1, 'k']]]);
    expect(codes('{"a": {"b": {}}}', 3)).toEqual([]);
  });

  it('cuts the location to its first five levels', () => {
    expect(codes(`{"impId": ${'['.repeat(80)}${']'.repeat(80)}}`, 64)).toEqual([['JSON_TOO_DEEP', ['impId', 0, 0, 0, 0]]]);
  });

  it('returns nothing else once too deep', () => {
    expect(scanJsonText('{"m": 1.0, "a": 1, "a": [[[]]]}', 2, new Set(['m']))).toEqual({
      findings: [expect.objectContaining({ code: 'JSON_TOO_DEEP' }) as unknown],
      rawNumbers: [],
    });
  });
});

describe('scanJsonText: numbers as written', () => {
  const raw = (text: string) => scanJsonText(text, 64, new Set(['m', 'n'])).rawNumbers;

  it('keeps the written form of the numbers of the keys asked for, with their path', () => {
    expect(raw('{"m": 1.50, "n":-2E+3, "x": 7, "o": [{"m": 0.10}, {"m":\n 1e-2}]}')).toEqual([
      { path: ['m'], text: '1.50' },
      { path: ['n'], text: '-2E+3' },
      { path: ['o', 0, 'm'], text: '0.10' },
      { path: ['o', 1, 'm'], text: '1e-2' },
    ]);
  });

  it('keeps nothing for a value that is not a number, nor without keys asked for', () => {
    expect(raw('{"m": "1.50", "n": null, "m2": 3, "o": {"m": [1]}}')).toEqual([]);
    expect(scanJsonText('{"m": 1.50}', 64).rawNumbers).toEqual([]);
  });

  it('keeps the last number of a key given twice, none under a forbidden key', () => {
    expect(raw('{"m": 1.0, "n": 2, "m": 2.00, "__proto__": {"m": 3}, "constructor": [{"n": 4}]}')).toEqual([
      { path: ['n'], text: '2' },
      { path: ['m'], text: '2.00' },
    ]);
  });
});

describe('scanJsonText: text that is not JSON', () => {
  it('never takes a string value or a string outside an object for a key', () => {
    expect(codes('{"a": "x", "b": "x"}')).toEqual([]);
    expect(codes('"a": 1, "a": 2')).toEqual([]);
    expect(codes('["a": 1, "a": 2]')).toEqual([]);
  });

  it('does not let extra closers move the depth below the root', () => {
    expect(codes('}{"l": [0, {"__proto__": 1}]}')).toEqual([['JSON_FORBIDDEN_KEY', ['l', 1, '__proto__']]]);
    expect(codes(']]{"a": 1, "a": 2}')).toEqual([['JSON_DUPLICATE_KEY', ['a']]]);
  });

  it('names an object without a key yet by an empty key', () => {
    expect(codes('{{{', 2)).toEqual([['JSON_TOO_DEEP', ['']]]);
  });

  it('reads a key that starts with an escaped quote', () => {
    expect(codes('{"\\"a": 1, "\\"a": 2}')).toEqual([['JSON_DUPLICATE_KEY', ['"a']]]);
  });

  it('gives each finding what its message needs', () => {
    expect(scanJsonText('{"a": 1, "a": 2, "__proto__": 0}', 64).findings.map((f) => f.params)).toEqual([{ key: 'a' }, { key: '__proto__' }]);
    expect(scanJsonText('[[[]]]', 2).findings.map((f) => f.params)).toEqual([{ limit: 2 }]);
  });

  it('reads numbers starting with any digit', () => {
    expect(scanJsonText('{"m": 9.99, "n": 0}', 64, new Set(['m', 'n'])).rawNumbers.map((r) => r.text)).toEqual(['9.99', '0']);
  });
});

