import type { CalendarDay } from '../checks/calendar-date.js';

/** The time zone of the ASP portal. */
export const PARIS_TIME_ZONE = 'Europe/Paris';

/**
 * The calendar day an instant falls on in Europe/Paris, whatever the machine's zone.
 *
 * @param instant - a valid `Date`
 * @throws RangeError when the date is invalid
 * @example
 * ```ts
 * parisDay(new Date('2024-03-31T22:30:00Z')); // { year: 2024, month: 4, day: 1 } (00:30 in Paris)
 * ```
 */
export function parisDay(instant: Date): CalendarDay {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError('Invalid Date: expected a valid Date instance');
  }
  const { year, month, day } = parisWallClock(instant.getTime());
  return { year, month, day };
}

/**
 * `AAAAMMJJ` for an instant's calendar day in Europe/Paris.
 *
 * @example
 * ```ts
 * parisDayStamp(new Date('2024-01-01T23:30:00Z')); // '20240102'
 * ```
 */
export function parisDayStamp(instant: Date): string {
  const d = parisDay(instant);
  return `${String(d.year).padStart(4, '0')}${String(d.month).padStart(2, '0')}${String(d.day).padStart(2, '0')}`;
}

/**
 * Noon in Europe/Paris on a calendar day: the instant to use as a deposit date given as a
 * day (`--deposit-date 2024-03-20`), safely inside that day whatever the daylight saving.
 *
 * @example
 * ```ts
 * parisNoon({ year: 2024, month: 3, day: 20 }).toISOString(); // '2024-03-20T11:00:00.000Z'
 * ```
 */
export function parisNoon(day: CalendarDay): Date {
  const noonAsUtc = utcTime(day.year, day.month, day.day, 12, 0, 0);
  // The instant is the wall time minus Paris's offset at that instant: read the offset at the guess, then once more
  // at the instant it gives, in case a change of offset fell between the two (none does around noon in today's rules).
  // Stryker disable next-line ArithmeticOperator: noon plus or minus the offset are on the same side of any change of offset in Paris (changes fall at night)
  const first = noonAsUtc - parisOffset(noonAsUtc);
  return new Date(noonAsUtc - parisOffset(first));
}

/** Paris's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function parisOffset(time: number): number {
  const wall = parisWallClock(time);
  return utcTime(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second) - Math.floor(time / 1000) * 1000;
}

/** The time a wall clock would show, read as if it were UTC (years 0 to 99 included, which `Date.UTC` moves to 19xx). */
function utcTime(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

interface WallClock extends CalendarDay {
  hour: number;
  minute: number;
  second: number;
}

/**
 * What a clock in Paris shows at an instant: the platform's own time-zone data
 * (`Intl.DateTimeFormat` with `timeZone: 'Europe/Paris'`), read as numbers from
 * `formatToParts` in the Gregorian calendar with Latin digits — never the machine's zone.
 */
function parisWallClock(time: number): WallClock {
  const parts = parisFormat().formatToParts(time);
  // Stryker disable next-line OptionalChaining: every part asked for is always there (NaN only satisfies the type)
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  // Stryker disable next-line OptionalChaining: the era is always asked for, so always there
  const era = parts.find((p) => p.type === 'era')?.value;
  const yearOfEra = field('year');
  return { year: era === 'BC' ? 1 - yearOfEra : yearOfEra, month: field('month'), day: field('day'), hour: field('hour'), minute: field('minute'), second: field('second') };
}

let format: Intl.DateTimeFormat | undefined;

/** The formatter, built on first use (building one costs more than a hundred uses) and never changed after. */
function parisFormat(): Intl.DateTimeFormat {
  format ??= new Intl.DateTimeFormat('en-US', {
    timeZone: PARIS_TIME_ZONE,
    calendar: 'gregory',
    numberingSystem: 'latn',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  return format;
}
