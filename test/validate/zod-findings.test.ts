import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { findingsFromZod } from '../../src/validate/zod-findings.js';

/** A Zod issue of a kind our schemas do not raise today (a later `z.maxLength()` check would), for the mapping's other branches. */
const issue = (fields: Record<string, unknown>) => fields as unknown as z.core.$ZodIssue;

describe('findingsFromZod maps every Zod issue to one of our codes', () => {
  it('an issue of another kind becomes TYPE_INVALID at its path', () => {
    const root = { numeroAns: 'ANS00000012345' };
    expect(findingsFromZod([issue({ code: 'too_big', path: ['numeroAns'], maximum: 10, origin: 'string', message: 'x' })], root)).toEqual([
      { code: 'TYPE_INVALID', path: ['numeroAns'], params: { key: 'numeroAns', value: 'ANS00000012345' } },
    ]);
  });

  it('a wrong value of a field that is not a closed list becomes TYPE_INVALID', () => {
    expect(findingsFromZod([issue({ code: 'invalid_value', path: ['impId'], values: [null], message: 'x' })], { impId: 'x' })).toEqual([
      { code: 'TYPE_INVALID', path: ['impId'], params: { key: 'impId', value: 'x' } },
    ]);
  });

  it('"null" where a string is expected is named NULL_AS_STRING', () => {
    expect(findingsFromZod([issue({ code: 'invalid_type', path: ['numeroAns'], expected: 'string', message: 'x' })], { numeroAns: 'null' })).toEqual([
      { code: 'NULL_AS_STRING', path: ['numeroAns'], params: { key: 'numeroAns', value: 'null' } },
    ]);
  });
});
