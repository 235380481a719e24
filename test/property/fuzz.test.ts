import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertPrototypesIntact, FUZZ_FAMILIES, FuzzViolation, judge, mutate } from '../helpers/fuzz.js';
import { validFile } from '../helpers/valid-file.js';

/** About 2 000 runs in all (`npm run fuzz` runs 100 000). */
const CI_RUNS = 2000;

describe('fuzzing validateSoldeFile (small count; npm run fuzz for the full one)', () => {
  it.each(FUZZ_FAMILIES.map((f) => [f.name, f] as const))('%s: no throw, no pollution, agrees with the independent judgement', (_name, family) => {
    const verdicts = new Set<string>();
    fc.assert(
      fc.property(family.arbitrary, (item) => {
        verdicts.add(judge(item).verdict);
      }),
      { numRuns: Math.round(CI_RUNS * family.share) },
    );
    expect(verdicts.has('both-invalid')).toBe(true);
  });
});

describe('the fuzzing’s own judge', () => {
  it('accepts the valid file, as both judges do', () => {
    expect(judge({ kind: 'value', input: validFile(2) }).verdict).toBe('both-valid');
  });

  it('has its own view of the faults the schema cannot see (SIRET key, repeated numbers, written amounts)', () => {
    expect(judge({ kind: 'value', input: { ...validFile(1), SIRET: '73282932000075' } }).verdict).toBe('both-invalid');
    const twice = validFile(2);
    const second = twice.lignesImport[1];
    if (second) second.numeroASP = 'FINBIO000001';
    expect(judge({ kind: 'value', input: twice }).verdict).toBe('both-invalid');
    expect(judge({ kind: 'text', input: JSON.stringify(validFile(1)) }).verdict).toBe('both-invalid');
  });

  it('sees a polluted prototype', () => {
    expect(() => {
      assertPrototypesIntact();
    }).not.toThrow();
    Object.defineProperty(Object.prototype, 'polluted', { value: true, configurable: true });
    try {
      expect(() => {
        assertPrototypesIntact();
      }).toThrow(FuzzViolation);
    } finally {
      Reflect.deleteProperty(Object.prototype, 'polluted');
    }
    expect(() => {
      assertPrototypesIntact();
    }).not.toThrow();
  });

  it('mutates as described: drop, rename to a hostile key without calling a setter, copy a line', () => {
    const file = validFile(2) as unknown as Record<string, unknown>;
    mutate(file, { op: 'drop', at: 0, length: 2, payload: null, key: 'x' });
    expect(Object.keys(file)).toEqual(['numeroAns', 'SIRET', 'lignesImport']);
    mutate(file, { op: 'rename', at: 0, length: 4, payload: null, key: '__proto__' });
    expect(Object.keys(file)).toEqual(['__proto__', 'SIRET', 'lignesImport']);
    expect(Object.getPrototypeOf(file)).toBe(Object.prototype);
    mutate(file, { op: 'copy-line', at: 1, length: 0, payload: null, key: 'x' });
    expect((file.lignesImport as unknown[]).length).toBe(3);
  });
});
