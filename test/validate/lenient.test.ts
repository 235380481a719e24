import { describe, expect, it } from 'vitest';
import { asArray, asObject, asString, hasKeyAt, valueAt } from '../../src/validate/lenient.js';

describe('the lenient readers never trust a shape nor read what is inherited', () => {
  it('asObject, asArray, asString take only their own kind', () => {
    expect([asObject({}), asObject([]), asObject(null), asObject('x')]).toEqual([{}, undefined, undefined, undefined]);
    expect([asArray([1]), asArray({ length: 1 }), asArray('x')]).toEqual([[1], undefined, undefined]);
    expect([asString('x'), asString(1)]).toEqual(['x', undefined]);
  });

  it('valueAt follows own keys and indices only', () => {
    const root = { a: [{ b: 1 }] };
    expect(valueAt(root, ['a', 0, 'b'])).toBe(1);
    expect(valueAt(root, ['toString'])).toBeUndefined();
    expect(valueAt(root, ['a', 'length'])).toBeUndefined();
    expect(valueAt(5, [0])).toBeUndefined();
    expect(valueAt({ a: 5 }, ['a', 0, 'b'])).toBeUndefined();
  });

  it('hasKeyAt tells own keys of objects only', () => {
    expect(hasKeyAt({ a: { b: undefined } }, ['a'], 'b')).toBe(true);
    expect(hasKeyAt({}, [], 'toString')).toBe(false);
    expect(hasKeyAt({ a: [1] }, ['a'], '0')).toBe(false);
  });
});
