import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { kindsOf, layoutOf, wireKindsOf } from '../../src/schema/introspect.js';

describe('reading the layout off Zod schemas', () => {
  it('gives the JSON kinds of every kind of schema the file uses, the usual one first', () => {
    expect(kindsOf(z.nullable(z.array(z.string())))).toEqual(['array', 'null']);
    expect(kindsOf(z.literal('C'))).toEqual(['string']);
    expect(kindsOf(z.literal([1, null, 2]))).toEqual(['number', 'null']);
    expect(kindsOf(z.enum(['PDF', 'XML']))).toEqual(['string']);
    expect(kindsOf(z.int())).toEqual(['number']);
    expect([z.null(), z.boolean(), z.strictObject({})].map(kindsOf)).toEqual([['null'], ['boolean'], ['object']]);
  });

  it('refuses a schema that is no JSON value instead of guessing', () => {
    expect(() => kindsOf(z.date())).toThrow('wire layout: no JSON kind for a Zod date');
    expect(() => kindsOf(z.union([z.string(), z.number()]))).toThrow('a Zod union');
  });

  it('follows objects, lists of objects and nullable ones, in key order', () => {
    const item = z.strictObject({ b: z.string(), a: z.number() });
    const root = z.strictObject({ list: z.array(item), maybe: z.nullable(item), tags: z.nullable(z.array(z.string())), n: z.number() });
    const itemNode = { keys: ['b', 'a'], children: {} };
    expect(layoutOf(root)).toEqual({ keys: ['list', 'maybe', 'tags', 'n'], children: { list: itemNode, maybe: itemNode } });
    expect(wireKindsOf(root)).toEqual({
      kinds: { list: ['array'], b: ['string'], a: ['number'], maybe: ['object', 'null'], tags: ['array', 'null'], n: ['number'] },
      itemKinds: { tags: 'string' },
    });
  });
});
