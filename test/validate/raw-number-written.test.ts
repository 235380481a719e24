import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawNumberWrittenWell } from '../../src/validate/rules/raw-number-rules.js';

describe('rawNumberWrittenWell', () => {
  it('wants amounts with exactly two decimals and line numbers without any', () => {
    expect(['27450.00', '0.10', '-3.50', '1234567890.99'].map((t) => rawNumberWrittenWell('montantSegurHTFacture', t))).toEqual([true, true, true, true]);
    expect(['27450', '27450.0', '27450.000', '2.745e4', '.50', '-.50', '-', '', '1.5', '1,50'].some((t) => rawNumberWrittenWell('montantSegurHTFacture', t))).toBe(false);
    expect(['1', '200', '-1', '007'].map((t) => rawNumberWrittenWell('numLigne', t))).toEqual([true, true, true, true]);
    expect(['1.0', '1e0', '-', '', '1.'].some((t) => rawNumberWrittenWell('numLigne', t))).toBe(false);
  });

  it('agrees with the written forms’ regular expressions on any text of number characters', () => {
    const text = fc.string({ unit: fc.constantFrom(...'0123456789.-+eE'.split('')), maxLength: 12 });
    fc.assert(
      fc.property(text, (t) => {
        expect(rawNumberWrittenWell('montantSegurHTFacture', t)).toBe(/^-?\d+\.\d{2}$/.test(t));
        expect(rawNumberWrittenWell('numLigne', t)).toBe(/^-?\d+$/.test(t));
      }),
      { numRuns: 3000 },
    );
  });
});
