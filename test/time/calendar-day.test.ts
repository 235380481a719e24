import { isExists } from 'date-fns/isExists';
import { describe, expect, it } from 'vitest';
import { MACHINE_ZONE_CAN_CHANGE, underMachineZone } from '../helpers/machine-zone.js';
import { CALENDAR_DAY_FORMS, formatFrenchDate, formatIsoDate, isCalendarDay, isDayAfter, parseFrenchDate, readCalendarDay } from '../../src/checks/calendar-date.js';

describe('readCalendarDay: the one reader of a calendar day', () => {
  it.each([
    ['15/03/2024', { year: 2024, month: 3, day: 15 }],
    ['2024-03-15', { year: 2024, month: 3, day: 15 }],
    ['29/02/2024', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['01/01/0001', { year: 1, month: 1, day: 1 }],
    ['0050-01-02', { year: 50, month: 1, day: 2 }],
    ['31/12/9999', { year: 9999, month: 12, day: 31 }],
    ['31/12/1994', { year: 1994, month: 12, day: 31 }],
  ])('reads %s', (text, expected) => {
    expect(readCalendarDay(text)).toEqual(expected);
  });

  it.each(['29/02/2023', '29/02/1900', '2100-02-29', '31/04/2024', '00/01/2024', '01/13/2024', '2024-00-10', '2024-01-00', '2024-01-32', '01/01/0000', '0000-01-01'])(
    '%s is written as a day but is not one of the calendar',
    (text) => {
      expect(readCalendarDay(text)).toBe('invalid');
    },
  );

  it.each(['', '1/3/2024', '15/3/2024', ' 15/03/2024', '15/03/2024 ', '15/03/20245', '115/03/2024', '15-03-2024', '2024/03/15', '24-03-15', '2024-03-15T00:00', '15.03.2024', '１５/03/2024'])(
    '%j is in neither form',
    (text) => {
      expect(readCalendarDay(text)).toBe('format');
    },
  );

  it('reads only the forms it is given', () => {
    expect(CALENDAR_DAY_FORMS).toEqual(['JJ/MM/AAAA', 'AAAA-MM-JJ']);
    expect(readCalendarDay('2024-03-15', ['JJ/MM/AAAA'])).toBe('format');
    expect(readCalendarDay('15/03/2024', ['AAAA-MM-JJ'])).toBe('format');
    expect(readCalendarDay('2024-02-30', ['AAAA-MM-JJ'])).toBe('invalid');
    expect(readCalendarDay('15/03/2024', [])).toBe('format');
    expect(parseFrenchDate('2024-03-15')).toBe('format');
    expect(parseFrenchDate('15/03/2024')).toEqual({ year: 2024, month: 3, day: 15 });
  });
});

describe('isCalendarDay', () => {
  it('knows the leap years of the Gregorian calendar', () => {
    const leap = (year: number) => isCalendarDay(year, 2, 29);
    expect([4, 100, 400, 1900, 2000, 2023, 2024, 2100, 2400, 9996].map(leap)).toEqual([true, false, true, false, true, false, true, false, true, true]);
  });

  it('knows the length of every month', () => {
    const lengths = Array.from({ length: 12 }, (_, i) => [28, 29, 30, 31, 32].filter((d) => isCalendarDay(2023, i + 1, d)).at(-1));
    expect(lengths).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it.each([
    [0, 1, 1],
    [10000, 1, 1],
    [-1, 1, 1],
    [2024, 0, 1],
    [2024, 13, 1],
    [2024, -1, 1],
    [2024, 1, 0],
    [2024, 1, 100],
    [2024.5, 1, 1],
    [2024, 1.5, 1],
    [2024, 1, 1.5],
    [Number.NaN, 1, 1],
  ])('(%d, %d, %d) is not a day', (year, month, d) => {
    expect(isCalendarDay(year, month, d)).toBe(false);
  });
});

describe('isDayAfter', () => {
  it('compares days, not their writing', () => {
    const d = (year: number, month: number, day: number) => ({ year, month, day });
    expect(isDayAfter(d(2024, 3, 16), d(2024, 3, 15))).toBe(true);
    expect(isDayAfter(d(2024, 3, 15), d(2024, 3, 15))).toBe(false);
    expect(isDayAfter(d(2024, 3, 14), d(2024, 3, 15))).toBe(false);
    expect(isDayAfter(d(2025, 1, 1), d(2024, 12, 31))).toBe(true);
    expect(isDayAfter(d(2024, 2, 1), d(2024, 1, 31))).toBe(true);
    expect(isDayAfter(d(999, 12, 31), d(1000, 1, 1))).toBe(false);
  });
});

describe('writing a day', () => {
  it('as the guide does and as ISO 8601 does, years on four digits', () => {
    expect(formatFrenchDate({ year: 2024, month: 3, day: 5 })).toBe('05/03/2024');
    expect(formatIsoDate({ year: 2024, month: 3, day: 5 })).toBe('2024-03-05');
    expect(formatIsoDate({ year: 5, month: 1, day: 2 })).toBe('0005-01-02');
  });
});

describe.runIf(MACHINE_ZONE_CAN_CHANGE)('the calendar check, under a machine zone that skipped a whole day', () => {
  it.each([
    ['Pacific/Kiritimati', '31/12/1994', 1994, 12, 31],
    ['Pacific/Apia', '30/12/2011', 2011, 12, 30],
  ])('under %s, %s is a day although date-fns’s isExists, asked alone, says no', (zone, text, year, month, day) => {
    underMachineZone(zone, () => {
      expect(isExists(year, month - 1, day)).toBe(false);
      expect(readCalendarDay(text)).toEqual({ year, month, day });
      expect(isCalendarDay(year, month, day - 1)).toBe(true);
      expect(isCalendarDay(year, 2, 30)).toBe(false);
    });
  });
});

describe('the calendar check, whatever the machine zone', () => {
  it('years 0–99, which isExists reads as 19xx', () => {
    expect(isExists(50, 0, 2)).toBe(false);
    expect(isCalendarDay(50, 1, 2)).toBe(true);
    expect(isCalendarDay(4, 2, 29)).toBe(true);
    expect(isCalendarDay(3, 2, 29)).toBe(false);
  });
});
