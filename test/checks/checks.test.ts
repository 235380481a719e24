import { describe, expect, it } from 'vitest';
import { finessKeyValid } from '../../src/checks/finess.js';
import { formatAmount, hasAtMostTwoDecimals } from '../../src/checks/amount.js';
import { formatFrenchDate, isCalendarDay, parseFrenchDate } from '../../src/checks/calendar-date.js';
import { isEmailAddress, isMssanteAddress, isPatientAddress } from '../../src/checks/email.js';
import { isKnownStructIdNat } from '../../src/checks/struct-idnat.js';
import { luhnValid } from '../../src/checks/luhn.js';
import { siretKeyValid } from '../../src/checks/siret.js';

describe('luhn and SIRET', () => {
  it.each([
    ['73282932000074', true],
    ['73282932000075', false],
    ['35600000000048', true], // La Poste head office: plain Luhn
    ['35600000049837', true], // La Poste establishment: digit sum 45, multiple of 5
    ['35600000049838', false],
    ['1234567890123', false],
    ['7328293200007a', false],
  ])('siretKeyValid(%s) = %s', (siret, ok) => {
    expect(siretKeyValid(siret)).toBe(ok);
  });

  it('luhn refuses non-digits and empty text', () => {
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('12a')).toBe(false);
    expect(luhnValid('18')).toBe(true);
  });
});

describe('FINESS', () => {
  it.each([
    ['750000010', true],
    ['999999991', false],
    ['2A0000001', true],
    ['75000001', false],
    ['7a0000010', false],
  ])('finessKeyValid(%s) = %s', (finess, ok) => {
    expect(finessKeyValid(finess)).toBe(ok);
  });
});

describe('Struct_IdNat', () => {
  it.each([
    ['1750000010', true],
    ['12A0000001', true],
    ['2732829320', true],
    ['373282932000074', true],
    ['410100000000', true],
    ['41010000000001', true],
    ['0123456789', true],
    ['01234567890001', true],
    ['LABO-42', false],
    ['5123456789', false],
    ['175000001', false],
  ])('isKnownStructIdNat(%s) = %s', (ident, ok) => {
    expect(isKnownStructIdNat(ident)).toBe(ok);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['labo@labo.mssante.fr', true],
    ['a.b+c@x-y.fr', true],
    ['labo.mssante.fr', false],
    ['a b@x.fr', false],
    ['.a@x.fr', false],
    ['a..b@x.fr', false],
    ['a@x', false],
    ['a@-x.fr', false],
  ])('isEmailAddress(%s) = %s', (address, ok) => {
    expect(isEmailAddress(address)).toBe(ok);
  });

  it('tells MSSanté and patient domains', () => {
    expect(isMssanteAddress('x@mssante.fr')).toBe(true);
    expect(isMssanteAddress('x@LABO.MSSANTE.FR')).toBe(true);
    expect(isMssanteAddress('x@notmssante.fr')).toBe(false);
    expect(isPatientAddress('1@patient.mssante.fr')).toBe(true);
    expect(isPatientAddress('1@labo.mssante.fr')).toBe(false);
    // The domain is what follows the last @, whole.
    expect(isMssanteAddress('x@mssante.fr.example.com')).toBe(false);
    expect(isMssanteAddress('x@mssante.fr@gmail.com')).toBe(false);
    expect(isPatientAddress('1@patient.mssante.fr.example.com')).toBe(false);
    expect(isPatientAddress('1@Patient.MSSante.fr')).toBe(true);
  });
});

describe('calendar dates', () => {
  it.each([
    ['15/03/2024', { year: 2024, month: 3, day: 15 }],
    ['29/02/2024', { year: 2024, month: 2, day: 29 }],
    ['29/02/2023', 'invalid'],
    ['29/02/1900', 'invalid'],
    ['29/02/2000', { year: 2000, month: 2, day: 29 }],
    ['31/04/2024', 'invalid'],
    ['00/01/2024', 'invalid'],
    ['01/13/2024', 'invalid'],
    ['01/01/0000', 'invalid'],
    ['2024-03-15', 'format'],
    ['1/3/2024', 'format'],
    [' 15/03/2024', 'format'],
  ])('parseFrenchDate(%s)', (text, expected) => {
    expect(parseFrenchDate(text)).toEqual(expected);
  });

  it('checks days and writes them back', () => {
    expect(isCalendarDay(2024, 12, 31)).toBe(true);
    expect(isCalendarDay(2024.5, 1, 1)).toBe(false);
    expect(formatFrenchDate({ year: 2024, month: 3, day: 5 })).toBe('05/03/2024');
  });
});

describe('amounts', () => {
  it.each([
    [27450, true, '27450.00'],
    [27450.5, true, '27450.50'],
    [0.07, true, '0.07'],
    [-3.1, true, '-3.10'],
    [0.1 + 0.2, false, undefined],
    [0.125, false, undefined],
    [1e-7, false, undefined],
    [1e21, false, undefined],
    [Number.NaN, false, undefined],
    [123456789012.34, true, '123456789012.34'],
  ])('%s', (value, ok, written) => {
    expect(hasAtMostTwoDecimals(value)).toBe(ok);
    expect(formatAmount(value)).toBe(written);
  });
});
