import { describe, expect, it } from 'vitest';
import { readJsonText } from '../../src/read/read-json-text.js';

const read = (text: string, maxBytes = 1_000_000) => readJsonText(text, { maxBytes, maxDepth: 64, rawKeys: new Set(['m']) });

describe('readJsonText: the size limit', () => {
  it('counts UTF-8 bytes: two per é, four per astral character', () => {
    expect(read('"éééé"', 10).parsed).toBe(true);
    expect(read('"ééééé"', 10).findings).toEqual([{ code: 'INPUT_TOO_LARGE', path: [], params: { count: 12, limit: 10 } }]);
    expect(read('"😀😀"', 10).parsed).toBe(true);
    expect(read('"😀😀"', 9).findings[0]?.params).toEqual({ count: 10, limit: 9 });
    expect(read('"€€"', 8).parsed).toBe(true);
    expect(read('"€€€"', 10).findings[0]?.params).toEqual({ count: 11, limit: 10 });
    // The edges of the 2- and 3-byte ranges.
    expect(read('"\u0080\u0080\u007f"', 7).parsed).toBe(true);
    expect(read('"\u0080\u0080\u0080"', 7).findings[0]?.params).toEqual({ count: 8, limit: 7 });
    expect(read('"\u0800\u07ff"', 7).parsed).toBe(true);
    expect(read('"\u0800\u0800"', 7).findings[0]?.params).toEqual({ count: 8, limit: 7 });
    // Surrogate pairs from the first to the last high surrogate, and characters above the surrogates.
    expect(read('"\ud800\udc00\udbff\udfff"', 10).parsed).toBe(true);
    expect(read('"\ud800\udc00\udbff\udfff"', 9).findings[0]?.params).toEqual({ count: 10, limit: 9 });
    expect(read('"\ue000\ue000"', 7).findings[0]?.params).toEqual({ count: 8, limit: 7 });
  });

  it('refuses a text of more code units than the limit at once, and never measures a short one', () => {
    expect(read('"abcdefghij"', 10).findings[0]?.params).toEqual({ count: 12, limit: 10 });
    expect(read('"a"', 9)).toMatchObject({ parsed: true, findings: [] });
    expect(read('"é"', 4)).toMatchObject({ parsed: true, findings: [] });
    expect(read('"é"', 3).findings[0]?.params).toEqual({ count: 4, limit: 3 });
  });
});

describe('readJsonText: parsing', () => {
  it('gives JSON.parse’s value (the last value of a key given twice) and the numbers as written', () => {
    const result = read('{"a": 1, "a": 2, "m": 27450.00}');
    expect(result.parsed).toBe(true);
    expect(result.value).toEqual({ a: 2, m: 27450 });
    expect(result.findings.map((f) => f.code)).toEqual(['JSON_DUPLICATE_KEY']);
    expect(result.rawNumbers).toEqual([{ path: ['m'], text: '27450.00' }]);
  });

  it('drops a byte order mark with a warning', () => {
    expect(read('\uFEFF{"m": 1.5}')).toEqual({ parsed: true, value: { m: 1.5 }, findings: [{ code: 'BOM_PRESENT', path: [], params: {} }], rawNumbers: [{ path: ['m'], text: '1.5' }], elided: [] });
  });

  it('words a syntax error the same in every engine, located by line and column', () => {
    const result = read('{\n  "a": 1,\n}');
    expect(result.parsed).toBe(false);
    expect(result.rawNumbers).toEqual([]);
    expect(result.findings).toEqual([
      { code: 'JSON_SYNTAX', path: [], params: { line: 3, column: 1, fault: { expected: 'object-key', found: { kind: 'character', character: '}' } } } },
    ]);
    expect(read('{"a": ').findings[0]?.params).toMatchObject({ line: 1, column: 7 });
    // An error on the line end itself is on the line it ends.
    expect(read('{"a\nb": 1}').findings[0]?.params).toMatchObject({ line: 1, column: 4 });
  });

  it('reports the syntax error even when the text also gives a key twice', () => {
    expect(read('{"a": 1, "a": 2,}').findings.map((f) => [f.code, f.params])).toEqual([['JSON_SYNTAX', { line: 1, column: 17, fault: { expected: 'object-key', found: { kind: 'character', character: '}' } } }]]);
  });

  it('stops before parsing when the nesting is too deep', () => {
    const result = readJsonText(`${'['.repeat(70)}${']'.repeat(70)}`, { maxBytes: 1000, maxDepth: 64 });
    expect(result).toMatchObject({ parsed: false, value: undefined, rawNumbers: [] });
    expect(result.findings.map((f) => f.code)).toEqual(['JSON_TOO_DEEP']);
  });
});

describe('readJsonText: numbers as written, judged', () => {
  const twoDecimals = (_key: string, written: string): boolean => /^-?\d+\.\d{2}$/.test(written);

  it('returns only the numbers `acceptRaw` refuses, located, and none when all are accepted', () => {
    const read = (text: string) => readJsonText(text, { maxBytes: 1000, maxDepth: 64, rawKeys: new Set(['m', 'n']), acceptRaw: twoDecimals }).rawNumbers;
    expect(read('{"m": 1.50, "o": [{"n": 1}, {"m": 2.5}]}')).toEqual([
      { path: ['o', 0, 'n'], text: '1' },
      { path: ['o', 1, 'm'], text: '2.5' },
    ]);
    expect(read('{"m": 1.50, "o": [{"n": 1.00}]}')).toEqual([]);
    // A key given twice makes the second pass run: the accepted numbers are still left out.
    expect(read('{"m": 1.50, "n": 2.00, "n": 3}')).toEqual([{ path: ['n'], text: '3' }]);
  });
});
