import { LosslessNumber, parse } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/read/to-plain.js';

const options = { maxDepth: 64, rawKeys: new Set<string>(), reportForbidden: true };

describe('toPlain', () => {
  it('turns lossless numbers into numbers, keeping the written form of the keys asked for', () => {
    const result = toPlain(parse('{"m": 1.50, "l": [2.0], "n": 3}'), { ...options, rawKeys: new Set(['m', 'l']) });
    expect(result).toEqual({ value: { m: 1.5, l: [2], n: 3 }, findings: [], rawNumbers: [{ path: ['m'], text: '1.50' }] });
    expect(toPlain(new LosslessNumber('1.50'), options).value).toBe(1.5);
  });

  it('counts arrays and objects alike against the depth limit', () => {
    expect(toPlain([[[1]]], { ...options, maxDepth: 3 }).findings).toEqual([]);
    expect(toPlain([[[[1]]]], { ...options, maxDepth: 3 }).findings).toEqual([{ code: 'JSON_TOO_DEEP', path: [0, 0, 0], params: { limit: 3 } }]);
  });

  it('reports a cycle but not a value met twice without one', () => {
    const shared = { a: 1 };
    expect(toPlain({ x: shared, y: [shared] }, options)).toEqual({ value: { x: { a: 1 }, y: [{ a: 1 }] }, findings: [], rawNumbers: [] });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(toPlain(cyclic, options).findings).toEqual([{ code: 'INPUT_UNREADABLE', path: ['self'], params: { fault: { kind: 'cycle' } } }]);
  });

  it('copies plain and prototype-less objects, keeps other objects as they are', () => {
    const date = new Date(0);
    expect(toPlain(date, options).value).toBe(date);
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    const copy = toPlain(bare, options).value;
    expect(copy).not.toBe(bare);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy).toEqual({ a: 1 });
  });

  it('drops forbidden keys, reporting them only when asked', () => {
    const hostile = JSON.parse('{"__proto__": {"x": 1}, "a": 1}') as unknown;
    expect(toPlain(hostile, options)).toEqual({ value: { a: 1 }, findings: [{ code: 'JSON_FORBIDDEN_KEY', path: ['__proto__'], params: { key: '__proto__' } }], rawNumbers: [] });
    expect(toPlain(hostile, { ...options, reportForbidden: false }).findings).toEqual([]);
  });
});

describe('toPlain, lossless numbers', () => {
  it('takes for a lossless number only what has its shape: isLosslessNumber true and its text', () => {
    const options = { maxDepth: 64, rawKeys: new Set(['m']), reportForbidden: true };
    expect(toPlain({ m: { isLosslessNumber: true, value: 5 } }, options).value).toEqual({ m: { isLosslessNumber: true, value: 5 } });
    expect(toPlain({ m: { isLosslessNumber: 'yes', value: '5' } }, options).value).toEqual({ m: { isLosslessNumber: 'yes', value: '5' } });
    expect(toPlain({ m: { isLosslessNumber: true, value: '5.00' } }, options)).toMatchObject({ value: { m: 5 }, rawNumbers: [{ path: ['m'], text: '5.00' }] });
    expect(toPlain({ m: null }, options).value).toEqual({ m: null });
  });
});

describe('toPlain: repeated values of a shrunk text', () => {
  const limits = { maxDepth: 64, rawKeys: new Set<string>(), reportForbidden: false };
  it('copies a value met twice once when asked (shareRepeats), a copy per place otherwise', () => {
    const item = JSON.parse('{"__proto__":1,"a":[1]}') as object;
    const shared = toPlain([item, item, item], { ...limits, shareRepeats: true }).value as object[];
    expect(shared).toEqual([{ a: [1] }, { a: [1] }, { a: [1] }]);
    expect(shared[1]).toBe(shared[0]);
    expect(shared[2]).toBe(shared[0]);
    const copied = toPlain([item, item], limits).value as object[];
    expect(copied[1]).not.toBe(copied[0]);
  });
});
