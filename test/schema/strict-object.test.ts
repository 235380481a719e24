import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
// Only this module: a broken strictObject would keep the layout from loading, and a test file that fails to load
// counts for nothing in mutation testing (docs/mutation.md). The layout's objects are checked in layout.test.ts.
import { strictObject } from '../../src/schema/strict-object.js';

const Point = strictObject({ x: z.number(), label: z.nullable(z.string()) });

describe('strictObject (zod/mini, Zod’s compiled object parser)', () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it('is a ZodMiniObject with its shape, parsed by the compiled parser', () => {
    for (const schema of [Point, Point.check(z.refine(() => true))]) {
      expect(schema).toBeInstanceOf(z.ZodMiniObject);
      expect(schema._zod.traits.has('$ZodObjectJIT')).toBe(true);
    }
    expect(Object.keys(Point.shape)).toEqual(['x', 'label']);
    expect(Object.keys(Point)).not.toContain('shape');
  });

  it('parses as z.strictObject does, compiled or not: fresh output, unknown keys refused, issues located', () => {
    const reference = z.strictObject({ x: z.number(), label: z.nullable(z.string()) });
    const inputs: unknown[] = [{ x: 1, label: null }, { x: 1, label: 'a', extra: true }, { x: '1' }, { label: 2 }, null, [], { x: 1, label: null, __proto__: { y: 1 } }];
    for (const jitless of [false, true]) {
      z.config({ jitless });
      for (const input of inputs) {
        const ours = Point.safeParse(input);
        const theirs = reference.safeParse(input);
        expect(ours.success).toBe(theirs.success);
        expect(ours.data).toEqual(theirs.data);
        if (ours.success) expect(ours.data).not.toBe(input);
        expect(ours.error?.issues.map((i) => [i.code, i.path])).toEqual(theirs.error?.issues.map((i) => [i.code, i.path]));
      }
    }
  });

  it('gives the JSON Schema of a strict object', () => {
    expect(z.toJSONSchema(Point)).toMatchObject({ type: 'object', additionalProperties: false, required: ['x', 'label'] });
  });
});
