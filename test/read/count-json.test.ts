import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countJsonText, countParsedKeys } from '../../src/read/count-json.js';
import { scanJsonText } from '../../src/read/scan-json.js';
import { SHRINK_BOUND } from '../../src/read/shrink-limits.js';

const twoDecimals = (_key: string, written: string): boolean => /^-?\d+\.\d{2}$/.test(written);

describe('countJsonText', () => {
  it('counts the keys of every object, not what strings hold', () => {
    expect(countJsonText('{"a": 1, "b": {"c": [{"d": 2}]}}', 64).keyCount).toBe(4);
    expect(countJsonText('{"a": "x: y", "b": "{\\"c\\": 1}"}', 64).keyCount).toBe(2);
    expect(countJsonText('{"a\\"": 1, "b\\\\": 2}', 64).keyCount).toBe(2);
    expect(countJsonText('[]', 64).keyCount).toBe(0);
  });

  it('tells when shrinkJsonText may leave something out: a huge object, or objects and arrays past the bound of a list', () => {
    const many = (count: number, item: string): string => Array(count).fill(item).join(',');
    expect(countJsonText(`[${many(SHRINK_BOUND + 1, '{}')}]`, 64).wide).toBe(true);
    expect(countJsonText(`{"a":[${many(SHRINK_BOUND + 1, '[]')}]}`, 64).wide).toBe(true);
    expect(countJsonText(`{${Array.from({ length: SHRINK_BOUND + 1 }, (_, i) => `"k${i}":0`).join(',')}}`, 64).wide).toBe(true);
    // Numbers and texts cost JSON.parse no more than their text; a short list is never shrunk.
    expect(countJsonText(`[${many(5000, '1')},${many(5000, '"x"')}]`, 64).wide).toBe(false);
    expect(countJsonText(`[${many(SHRINK_BOUND, '{}')}]`, 64).wide).toBe(false);
    expect(countJsonText(`{${Array.from({ length: SHRINK_BOUND }, (_, i) => `"k${i}":[${many(300, '0')}]`).join(',')}}`, 64).wide).toBe(false);
  });

  it('stops at the first container deeper than the limit, strings aside', () => {
    expect(countJsonText('[[[1]]]', 3).tooDeep).toBe(false);
    expect(countJsonText('[[[[1]]]]', 3)).toEqual({ tooDeep: true, keyCount: 0, unaccepted: 0, wide: false });
    expect(countJsonText('["[[[[[", {"a": "{{{{"}]', 2).tooDeep).toBe(false);
    expect(countJsonText(']]]][[[', 3).tooDeep).toBe(false);
    expect(countJsonText(']]]][[[[', 3).tooDeep).toBe(true);
  });

  it('counts the numbers of the keys asked for that `accept` refuses, all of them without it', () => {
    const keys = new Set(['m', 'n']);
    const text = '{"m": 1.50, "x": 2, "o": [{"m": 3}, {"n":\n -4.0}], "m2": 5, "s": {"m": "6"}}';
    expect(countJsonText(text, 64, keys, twoDecimals).unaccepted).toBe(2);
    expect(countJsonText(text, 64, keys).unaccepted).toBe(3);
    expect(countJsonText(text, 64).unaccepted).toBe(0);
  });

  it('reads a key asked for even when written with escapes', () => {
    expect(countJsonText('{"\\u006d": 1, "\\\\m": 2}', 64, new Set(['m']), twoDecimals).unaccepted).toBe(1);
    expect(countJsonText('{"x\\n": 1, "m": 1.00}', 64, new Set(['m']), twoDecimals).unaccepted).toBe(0);
  });

  it('with countParsedKeys, tells whenever the locating scan has something to say: a key given twice, a forbidden key', () => {
    // JSON texts whose objects may repeat a key, written alike or escaped differently.
    const { value } = fc.letrec<{ value: string }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('1', '-2.50', 'null', 'true', '"s"', '"a: {[\\"x\\": 1"'),
        fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
        fc
          .array(fc.tuple(fc.constantFrom('"a"', '"b"', '"\\u0061"', '"__proto__"', '"c:"', '"constructor"'), tie('value')), { maxLength: 4 })
          .map((members) => `{${members.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
      ),
    }));
    fc.assert(
      fc.property(value, (text) => {
        const counted = countJsonText(text, 1000);
        const parsed = countParsedKeys(JSON.parse(text));
        const located = scanJsonText(text, 1000).findings.map((f) => f.code);
        expect(parsed.keyCount !== counted.keyCount).toBe(located.includes('JSON_DUPLICATE_KEY'));
        // A forbidden key under a value a later key replaced is gone from the tree: the count tells then.
        expect(parsed.keyCount !== counted.keyCount || parsed.forbidden).toBe(located.length > 0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('countParsedKeys', () => {
  it('counts own keys through arrays and objects, and sees a forbidden key', () => {
    expect(countParsedKeys(JSON.parse('{"a": [{"b": 1, "c": {"d": null}}], "e": "x"}'))).toEqual({ keyCount: 5, forbidden: false });
    expect(countParsedKeys(JSON.parse('[{"x": {"__proto__": 1}}]'))).toEqual({ keyCount: 2, forbidden: true });
    expect(countParsedKeys(JSON.parse('{"constructor": 1}')).forbidden).toBe(true);
    expect(countParsedKeys(JSON.parse('{"prototype": 1}')).forbidden).toBe(true);
    expect(countParsedKeys('text')).toEqual({ keyCount: 0, forbidden: false });
  });
});

describe('countParsedKeys, odd keys', () => {
  it('counts a key named "undefined" once, with what it holds', () => {
    expect(countParsedKeys({ undefined: { a: 1 }, b: [{ c: 2 }] })).toEqual({ keyCount: 4, forbidden: false });
  });
});
