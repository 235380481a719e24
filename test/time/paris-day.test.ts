import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MACHINE_ZONE_CAN_CHANGE, underMachineZone } from '../helpers/machine-zone.js';
import { parisDay, parisDayStamp, parisNoon, PARIS_TIME_ZONE } from '../../src/time/paris-day.js';

/** A day as `{ year, month, day }`, from `AAAA-MM-JJ`. */
const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
};

describe('parisDay: the calendar day of an instant in Europe/Paris', () => {
  it.each([
    // winter (UTC+1): the day turns at 23:00 UTC
    ['2024-01-15T12:00:00Z', '2024-01-15'],
    ['2024-01-15T22:59:59.999Z', '2024-01-15'],
    ['2024-01-15T23:00:00Z', '2024-01-16'],
    // summer (UTC+2): the day turns at 22:00 UTC
    ['2024-07-14T21:59:59.999Z', '2024-07-14'],
    ['2024-07-14T22:00:00Z', '2024-07-15'],
    // spring forward, 31/03/2024: midnight is 23:00 UTC before it, 22:00 UTC after it
    ['2024-03-30T22:59:59Z', '2024-03-30'],
    ['2024-03-30T23:00:00Z', '2024-03-31'],
    ['2024-03-31T00:59:59Z', '2024-03-31'], // 01:59:59 in Paris, the last second before 03:00
    ['2024-03-31T01:00:00Z', '2024-03-31'], // 03:00 in Paris
    ['2024-03-31T21:59:59Z', '2024-03-31'],
    ['2024-03-31T22:00:00Z', '2024-04-01'],
    // fall back, 27/10/2024: the hour from 02:00 to 03:00 is lived twice
    ['2024-10-26T21:59:59Z', '2024-10-26'],
    ['2024-10-26T22:00:00Z', '2024-10-27'],
    ['2024-10-27T00:30:00Z', '2024-10-27'], // 02:30, the first time
    ['2024-10-27T01:30:00Z', '2024-10-27'], // 02:30, the second time
    ['2024-10-27T22:59:59Z', '2024-10-27'],
    ['2024-10-27T23:00:00Z', '2024-10-28'],
    // a new year in Paris while it is still the old one in UTC
    ['2024-12-31T22:59:59Z', '2024-12-31'],
    ['2024-12-31T23:00:00Z', '2025-01-01'],
    // a leap day, and the last day the file names can write
    ['2024-02-28T23:00:00Z', '2024-02-29'],
    ['9999-12-31T22:59:59Z', '9999-12-31'],
    ['9999-12-31T23:00:00Z', '+010000-01-01'],
  ])('%s is %s in Paris', (instant, expected) => {
    const wanted = expected.startsWith('+') ? { year: 10000, month: 1, day: 1 } : day(expected);
    expect(parisDay(new Date(instant))).toEqual(wanted);
  });

  it('reads years before the common era astronomically (1 BC is year 0)', () => {
    expect(parisDay(new Date('0000-06-15T12:00:00Z'))).toEqual({ year: 0, month: 6, day: 15 });
    expect(parisDay(new Date('-000001-06-15T12:00:00Z'))).toEqual({ year: -1, month: 6, day: 15 });
    expect(parisDay(new Date('0001-01-01T12:00:00Z'))).toEqual({ year: 1, month: 1, day: 1 });
  });

  it('writes the day as AAAAMMJJ, years on four digits', () => {
    expect(parisDayStamp(new Date('2024-03-30T23:00:00Z'))).toBe('20240331');
    expect(parisDayStamp(new Date('0050-01-02T12:00:00Z'))).toBe('00500102');
  });

  it('refuses what is not a valid Date', () => {
    expect(() => parisDay(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => parisDay('2024-03-20' as never)).toThrow(/Invalid Date/);
  });

  it('names its zone', () => {
    expect(PARIS_TIME_ZONE).toBe('Europe/Paris');
  });
});

describe('parisNoon: noon in Europe/Paris on a calendar day', () => {
  it.each([
    ['2024-01-15', '2024-01-15T11:00:00.000Z'],
    ['2024-07-14', '2024-07-14T10:00:00.000Z'],
    // the two days the clocks change
    ['2024-03-31', '2024-03-31T10:00:00.000Z'],
    ['2024-10-27', '2024-10-27T11:00:00.000Z'],
    ['2024-02-29', '2024-02-29T11:00:00.000Z'],
    // Paris kept Greenwich time from 1911 to 1940
    ['1930-01-15', '1930-01-15T12:00:00.000Z'],
    ['9999-12-31', '9999-12-31T11:00:00.000Z'],
  ])('on %s is %s', (given, expected) => {
    expect(parisNoon(day(given)).toISOString()).toBe(expected);
  });

  it('places years 1 to 99 in their own century, not in the 1900s', () => {
    expect(parisNoon(day('0050-01-02')).getUTCFullYear()).toBe(50);
    expect(parisDay(parisNoon(day('0001-01-01')))).toEqual(day('0001-01-01'));
  });

  it('falls on that very day in Paris, on any day from year 1 to 9999, and at a whole UTC hour from 1912 on', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const given = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        const noon = parisNoon(given);
        expect(parisDay(noon)).toEqual(given);
        if (given.year >= 1912) {
          // Paris's offsets since then: 0 (1911–1940), +1 and +2 hours.
          expect([10, 11, 12]).toContain(noon.getUTCHours());
          expect([noon.getUTCMinutes(), noon.getUTCSeconds(), noon.getUTCMilliseconds()]).toEqual([0, 0, 0]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [{ year: 2023, month: 2, day: 29 }],
    [{ year: 2024, month: 13, day: 1 }],
    [{ year: 0, month: 1, day: 1 }],
    [{ year: 2024, month: 1, day: 1.5 }],
  ])('refuses what is not a day of the calendar (%j) rather than moving it', (given) => {
    expect(() => parisNoon(given)).toThrow(RangeError);
  });
});

describe.runIf(MACHINE_ZONE_CAN_CHANGE)('under a machine zone that skipped a whole day', () => {
  it('reads the Paris day of an instant exactly (Kiribati skipped 31/12/1994, Samoa 30/12/2011)', () => {
    underMachineZone('Pacific/Kiritimati', () => {
      expect(new Date(1994, 11, 31).getDate()).not.toBe(31); // the machine's own calendar has no such day
      expect(parisDay(new Date('1994-12-31T12:00:00Z'))).toEqual(day('1994-12-31'));
      expect(parisDayStamp(new Date('1994-12-30T23:00:00Z'))).toBe('19941231');
    });
    underMachineZone('Pacific/Apia', () => {
      expect(parisDay(new Date('2011-12-30T11:00:00Z'))).toEqual(day('2011-12-30'));
    });
  });

  it('refuses to place noon in Paris on that day rather than give the next one, and places the days around it', () => {
    underMachineZone('Pacific/Kiritimati', () => {
      expect(() => parisNoon(day('1994-12-31'))).toThrow(/cannot be placed from this machine's time zone/);
      expect(parisNoon(day('1994-12-30')).toISOString()).toBe('1994-12-30T11:00:00.000Z');
      expect(parisNoon(day('1995-01-01')).toISOString()).toBe('1995-01-01T11:00:00.000Z');
      expect(parisNoon(day('2024-03-31')).toISOString()).toBe('2024-03-31T10:00:00.000Z');
    });
  });
});
