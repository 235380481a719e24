import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonText } from '../../src/read/read-json-text.js';
import { expandShrunk, SHRINK_BOUND, SHRINK_TEXT_LIMIT, shrinkJsonText } from '../../src/read/shrink-json.js';

/** The tree read through the shrunk text, or through the whole text when it is not shrunk. */
function readShrunk(text: string, keep: ReadonlySet<string> = new Set()): unknown {
  const shrunk = shrinkJsonText(text, keep);
  return shrunk === undefined ? JSON.parse(text) : expandShrunk(JSON.parse(shrunk.text), shrunk.arrays);
}

const many = (count: number, item: (i: number) => string): string => Array.from({ length: count }, (_, i) => item(i)).join(',');

describe('shrinkJsonText: a huge text read without its repeats', () => {
  it('reads a repeated item once: the array keeps its length, the repeats are the same value', () => {
    const text = `[${many(1000, () => '{"a":[1]}')}]`;
    const shrunk = shrinkJsonText(text, new Set());
    expect(shrunk?.text).toBe(`[${many(SHRINK_BOUND + 1, () => '{"a":[1]}')}]`);
    const tree = readShrunk(text) as unknown[];
    expect(tree).toEqual(JSON.parse(text));
    expect(tree[999]).toBe(tree[SHRINK_BOUND]);
    expect(tree[SHRINK_BOUND - 1]).not.toBe(tree[SHRINK_BOUND]);
  });

  it('gives back every array at its place, nested, after a key given twice, with white space', () => {
    const texts = [
      `{"a": [ ${many(600, (i) => (i % 3 === 0 ? '[ 1 ]' : '{ }'))} ], "b": {"c": [${many(300, () => '"x"')}, [${many(400, (i) => `[${i % 2}]`)}]]}}`,
      `{"impId":[${many(700, (i) => `[[${i % 3}]]`)}]}`,
      `[${many(700, (i) => `{"k":[${many(i % 2 === 1 ? 300 : 2, () => '{}')}]}`)}]`,
      `{"a":[${many(300, () => '[7]')}], "a":[${many(400, () => '[8]')}]}`,
      // A key given twice whose last list, given back its length, is as long as the first one shrunk: expanded once.
      `{"a":[${many(SHRINK_BOUND, () => '[0]')},[1],[1],[2]], "a":[${many(SHRINK_BOUND, () => '[0]')},[9],[9]]}`,
      `[${many(300, () => '{}')},${many(300, () => `{"long":"${'y'.repeat(SHRINK_TEXT_LIMIT)}"}`)}]`,
      `[${many(400, (i) => (i % 2 === 0 ? '1' : '[2]'))}]`,
    ];
    for (const text of texts) expect(readShrunk(text)).toEqual(JSON.parse(text));
  });

  it('leaves out the members of a huge object past the bound, but the keys kept (in any case) and the forbidden ones', () => {
    const text = `{${many(1000, (i) => `"k${i}":${i % 2}`)},"Siret":1,"__proto__":{},"k1":2,"k999":3,"k2000":4}`;
    const shrunk = shrinkJsonText(text, new Set(['siret']));
    // Each key left out counted once, and none the object kept: k1 and k999 are given twice.
    expect(shrunk?.elided).toEqual([{ path: [], count: 1000 - SHRINK_BOUND + 1 }]);
    const kept = JSON.parse(shrunk?.text ?? '') as Record<string, unknown>;
    expect(Object.keys(kept)).toHaveLength(SHRINK_BOUND + 2);
    expect(kept).toMatchObject({ Siret: 1, k1: 1 });
    expect(Object.hasOwn(kept, '__proto__')).toBe(true);
  });

  it('parses the whole text when a key past the bound holds an escape (it could be a key given twice)', () => {
    expect(shrinkJsonText(`{${many(300, (i) => `"k${i}":0`)},"k\\u0031":2}`, new Set())).toBeUndefined();
    // Before the bound, it is read as JSON.parse reads it: "k\u0032\u0039\u0039" is k299, given again past the bound.
    expect(shrinkJsonText(`{"k\\u0032\\u0039\\u0039":1,${many(300, (i) => `"k${i}":0`)}}`, new Set())?.elided).toEqual([{ path: [], count: 301 - SHRINK_BOUND - 1 }]);
  });

  it('leaves the text to JSON.parse whole when it is not JSON, or has nothing to leave out', () => {
    expect(shrinkJsonText(`[${many(300, () => '{}')},]`, new Set())).toBeUndefined();
    expect(shrinkJsonText(`[${many(300, () => '{}')},{]`, new Set())).toBeUndefined();
    expect(shrinkJsonText(`[${many(300, () => '{}')}] x`, new Set())).toBeUndefined();
    expect(shrinkJsonText(`{${many(300, (i) => `"k${i}":0`)},"x":[}`, new Set())).toBeUndefined();
    expect(shrinkJsonText(`{${many(300, (i) => `"k${i}":0`)},"x":tru}`, new Set())).toBeUndefined();
    expect(shrinkJsonText(`[${many(300, () => '{}')}`, new Set())).toBeUndefined();
    expect(shrinkJsonText(`[${many(1000, (i) => String(i))}]`, new Set())).toBeUndefined();
    expect(shrinkJsonText(`[${many(1000, (i) => `{"a":${i}}`)}]`, new Set())).toBeUndefined();
  });

  it('reads every JSON value as JSON.parse does (but the members left out)', () => {
    const item = fc.oneof(fc.constant('{}'), fc.constant('[1]'), fc.constant('{"a":"b"}'), fc.constant('2'), fc.constant('"s"'), fc.constant('[[],{}]'));
    fc.assert(
      fc.property(fc.array(item, { minLength: SHRINK_BOUND, maxLength: 700 }), fc.boolean(), (items, wrap) => {
        const list = `[${items.join(' ,\n')}]`;
        const text = wrap ? `{"x": ${list}, "y": [${list}]}` : list;
        return isDeepStrictEqual(readShrunk(text), JSON.parse(text));
      }),
      { numRuns: 60 },
    );
  });

  it('finds a syntax error, a key given twice or a forbidden key wherever it is, as the whole text would', () => {
    const limits = { maxBytes: 1e8, maxDepth: 64, keepKeys: new Set<string>() };
    const bad = readJsonText(`[${many(400, () => '{}')},{"a":1 "b":2}]`, limits);
    expect(bad.findings.map((f) => f.code)).toEqual(['JSON_SYNTAX']);
    const twice = readJsonText(`[${many(400, () => '{"a":1,"a":2}')}]`, limits);
    expect(twice.findings.filter((f) => f.code === 'JSON_DUPLICATE_KEY')).toHaveLength(400);
    const wide = readJsonText(`{${many(400, (i) => `"k${i}":0`)},"k3":{"__proto__":1}}`, limits);
    expect(wide.findings.map((f) => [f.code, f.path])).toEqual([
      ['JSON_DUPLICATE_KEY', ['k3']],
      ['JSON_FORBIDDEN_KEY', ['k3', '__proto__']],
    ]);
  });

  it('never lets through a text JSON.parse refuses: one character added or taken anywhere', () => {
    const item = fc.constantFrom('{}', '[1]', '{"a":"b"}', '2', '"s"', '[[],{}]', '{"a":[1,2]}');
    const edit = fc.constantFrom(',', ']', '}', '{', '[', '"', ':', 'x', ' ', '\\', '1');
    fc.assert(
      fc.property(fc.array(item, { minLength: SHRINK_BOUND + 1, maxLength: 500 }), fc.nat(), edit, fc.boolean(), (items, at, char, drop) => {
        const good = `{"x": [${items.join(',')}], "y": {${items.map((t, i) => `"k${i % 300}":${t}`).join(',')}}}`;
        const pos = at % good.length;
        const text = drop ? good.slice(0, pos) + good.slice(pos + 1) : good.slice(0, pos) + char + good.slice(pos);
        const shrunk = shrinkJsonText(text, new Set());
        if (shrunk === undefined) return true;
        let whole: unknown;
        try {
          whole = JSON.parse(text);
        } catch {
          // The shrunk text must be refused too.
          expect(() => JSON.parse(shrunk.text) as unknown).toThrow();
          return true;
        }
        const tree = expandShrunk(JSON.parse(shrunk.text), shrunk.arrays) as { x?: unknown };
        return isDeepStrictEqual(tree.x, (whole as { x?: unknown }).x);
      }),
      { numRuns: 400 },
    );
  });
});
