import { describe, expect, it } from 'vitest';
import { FINESS_PATTERN, SIRET_PATTERN } from '../../src/index.js';
import { dayNumber, formatFrenchDate, isCalendarDay, parseFrenchDate } from '../../src/checks/calendar-date.js';
import { formatAmount, TWO_DECIMALS_TEXT } from '../../src/checks/amount.js';
import { isKnownStructIdNat } from '../../src/checks/struct-idnat.js';
import { luhnValid } from '../../src/checks/luhn.js';
import { siretKeyValid } from '../../src/checks/siret.js';

describe('the checks refuse a valid value with anything before or after it', () => {
  it('luhnValid: only digits, whatever the weighted sum of the rest', () => {
    // Both would pass the sum if the character were weighed as a digit.
    expect(luhnValid('+0')).toBe(false);
    expect(luhnValid('0:')).toBe(false);
    expect(luhnValid('0')).toBe(true);
  });

  it('SIRET_PATTERN and siretKeyValid: 14 digits, no more, no less', () => {
    expect(SIRET_PATTERN.test('73282932000074')).toBe(true);
    expect(SIRET_PATTERN.test('732829320000740')).toBe(false);
    expect(SIRET_PATTERN.test('x73282932000074')).toBe(false);
    expect(siretKeyValid('0')).toBe(false); // a valid Luhn key, but not a SIRET
  });

  it('FINESS_PATTERN: 9 characters exactly', () => {
    expect(FINESS_PATTERN.test('7500000100')).toBe(false);
    expect(FINESS_PATTERN.test('x750000010')).toBe(false);
  });

  it('TWO_DECIMALS_TEXT: the whole text', () => {
    expect(TWO_DECIMALS_TEXT.test('27450.00')).toBe(true);
    expect(TWO_DECIMALS_TEXT.test('x27450.00')).toBe(false);
    expect(TWO_DECIMALS_TEXT.test('27450.000')).toBe(false);
  });

  it('parseFrenchDate: the whole text', () => {
    expect(parseFrenchDate('15/03/20245')).toBe('format');
    expect(parseFrenchDate('115/03/2024')).toBe('format');
  });

  it.each(['x1750000010', '17500000100', 'x2732829320', '27328293201', 'x373282932000074', '3732829320000741', 'x0123456789', '0123456789-', 'x410100000000', '410100000000-'])(
    'isKnownStructIdNat(%s) is false',
    (ident) => {
      expect(isKnownStructIdNat(ident)).toBe(false);
    },
  );
});

describe('calendar days', () => {
  it.each([
    [0, 1, 1],
    [2024, 0, 1],
    [2024, 13, 1],
    [2024, 1, 0],
    [1.5, 1, 1],
  ])('isCalendarDay(%i, %i, %i) is false', (y, m, d) => {
    expect(isCalendarDay(y, m, d)).toBe(false);
  });

  it('numbers and writes days exactly', () => {
    expect(dayNumber({ year: 2024, month: 3, day: 15 })).toBe(20240315);
    expect(formatFrenchDate({ year: 5, month: 1, day: 2 })).toBe('02/01/0005');
  });
});

describe('formatAmount', () => {
  it('writes zero and negative amounts with their sign only when below zero', () => {
    expect(formatAmount(0)).toBe('0.00');
    expect(formatAmount(-0)).toBe('0.00');
    expect(formatAmount(-1.5)).toBe('-1.50');
  });
});
