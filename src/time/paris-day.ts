import { TZDate, tz } from '@date-fns/tz';
// One module per function: the package's index would load all of date-fns (about 90 ms at every start of the command).
import { getDate } from 'date-fns/getDate';
import { getMonth } from 'date-fns/getMonth';
import { getYear } from 'date-fns/getYear';
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
  // date-fns reads the fields in the given zone (its `in` context); no formatting, so no locale data in the bundle.
  const inParis = { in: tz(PARIS_TIME_ZONE) };
  return { year: getYear(instant, inParis), month: getMonth(instant, inParis) + 1, day: getDate(instant, inParis) };
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
  return new Date(new TZDate(day.year, day.month - 1, day.day, 12, 0, 0, PARIS_TIME_ZONE).getTime());
}
