import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parisDay, parisNoon, PARIS_TIME_ZONE } from '../../src/index.js';

/** The oracle: date-fns's TZDate reading the same instant in Europe/Paris. */
const oracleDay = (time: number) => {
  const inParis = new TZDate(time, PARIS_TIME_ZONE);
  return { year: inParis.getFullYear(), month: inParis.getMonth() + 1, day: inParis.getDate() };
};

describe('parisDay (Intl.DateTimeFormat in Europe/Paris)', () => {
  it('agrees with date-fns on any instant from year 1 to 9999', () => {
    const first = new Date(0).setUTCFullYear(1, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: first, max: Date.UTC(9999, 11, 31) }), (time) => {
        expect(parisDay(new Date(time))).toEqual(oracleDay(time));
      }),
      { numRuns: 2000 },
    );
  });

  it('turns the day at midnight in Paris, not in UTC, on both daylight-saving changes', () => {
    expect(parisDay(new Date('2024-03-30T22:59:59Z'))).toEqual({ year: 2024, month: 3, day: 30 });
    expect(parisDay(new Date('2024-03-30T23:00:00Z'))).toEqual({ year: 2024, month: 3, day: 31 });
    expect(parisDay(new Date('2024-10-26T21:59:59Z'))).toEqual({ year: 2024, month: 10, day: 26 });
    expect(parisDay(new Date('2024-10-26T22:00:00Z'))).toEqual({ year: 2024, month: 10, day: 27 });
    expect(parisDay(new Date('2024-12-31T23:00:00Z'))).toEqual({ year: 2025, month: 1, day: 1 });
  });

  it('reads years before the common era as astronomical years (1 BC is year 0)', () => {
    const time = new Date(0).setUTCFullYear(0, 5, 15);
    expect(parisDay(new Date(time))).toEqual(oracleDay(time));
    expect(parisDay(new Date(time)).year).toBe(0);
  });
});

describe('parisNoon', () => {
  it('is noon in Paris on the days the clocks change, and on any day from year 1 to 9999', () => {
    expect(parisNoon({ year: 2024, month: 3, day: 31 }).toISOString()).toBe('2024-03-31T10:00:00.000Z');
    expect(parisNoon({ year: 2024, month: 10, day: 27 }).toISOString()).toBe('2024-10-27T11:00:00.000Z');
    expect(parisNoon({ year: 50, month: 1, day: 2 }).getUTCFullYear()).toBe(50);
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        const noon = parisNoon(day);
        const inParis = new TZDate(noon.getTime(), PARIS_TIME_ZONE);
        expect([inParis.getFullYear(), inParis.getMonth() + 1, inParis.getDate(), inParis.getHours(), inParis.getMinutes()]).toEqual([
          day.year,
          day.month,
          day.day,
          12,
          0,
        ]);
      }),
      { numRuns: 2000 },
    );
  });
});
