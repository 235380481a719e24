import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/read/finding.js';
import type { RawNumber } from '../../src/read/to-plain.js';
import { rawNumberRules as pushRawNumberRules } from '../../src/validate/rules/raw-number-rules.js';

const rawNumberRules = (numbers: RawNumber[]): Finding[] => {
  const out: Finding[] = [];
  pushRawNumberRules(numbers, out);
  return out;
};

describe('rawNumberRules', () => {
  it('reports only the numbers written wrongly, each by its own code', () => {
    const amount = ['lignesImport', 0, 'facture', 'montantSegurHTFacture'];
    const line = ['lignesImport', 0, 'numLigne'];
    expect(
      rawNumberRules([
        { path: amount, text: '27450.00' },
        { path: line, text: '1' },
      ]),
    ).toEqual([]);
    expect(
      rawNumberRules([
        { path: amount, text: '27450' },
        { path: line, text: '1.0' },
      ]).map((f) => [f.code, f.params]),
    ).toEqual([
      ['AMOUNT_DECIMALS', { key: 'montantSegurHTFacture', value: '27450', expected: '27450.00' }],
      ['LINE_NUMBER_INVALID', { key: 'numLigne', value: '1.0' }],
    ]);
  });
});
