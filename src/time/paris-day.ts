/**
 * Days and instants in Europe/Paris, the portal's zone, whatever the machine's zone: the
 * instant is read in Paris, and noon is set there, by `@date-fns/tz`'s `TZDateMini` (a `Date`
 * whose getters and setters work in the zone it is given). No offset is computed here.
 *
 * @module
 */
// Its own module: the package's root would also bring `TZDate` (about 0.4 kB of the core, gzipped).
import { TZDateMini } from '@date-fns/tz/date/mini';
import { formatIsoDate, isCalendarDay, type CalendarDay } from './calendar-day.js';

/** The time zone of the ASP portal. */
export const PARIS_TIME_ZONE = 'Europe/Paris';

/**
 * The calendar day an instant falls on in Europe/Paris, whatever the machine's zone (years
 * before the common era astronomically: 1 BC is year 0).
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
  return dayOf(new TZDateMini(instant.getTime(), PARIS_TIME_ZONE));
}

/** The calendar day of a date read in its own zone. */
function dayOf(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * `AAAAMMJJ` for an instant's calendar day in Europe/Paris.
 *
 * @throws RangeError when the date is invalid
 * @example
 * ```ts
 * parisDayStamp(new Date('2024-01-01T23:30:00Z')); // '20240102'
 * ```
 */
export function parisDayStamp(instant: Date): string {
  return formatIsoDate(parisDay(instant)).replaceAll('-', '');
}

/**
 * Noon in Europe/Paris on a calendar day: the instant to use as a deposit date given as a
 * day (`--deposit-date 2024-03-20`), safely inside that day whatever the daylight saving.
 *
 * @param day - a day of the calendar, years 1 to 9999
 * @throws RangeError when `day` is not a day of the calendar (30 February), or in the one case
 * `@date-fns/tz` cannot place it: a day the machine's own zone skipped (31/12/1994 on a machine
 * set to Pacific/Kiritimati, 30/12/2011 to Pacific/Apia) — never a wrong instant
 * @example
 * ```ts
 * parisNoon({ year: 2024, month: 3, day: 20 }).toISOString(); // '2024-03-20T11:00:00.000Z'
 * ```
 */
export function parisNoon(day: CalendarDay): Date {
  if (!isCalendarDay(day.year, day.month, day.day)) {
    throw new RangeError(`Invalid day: ${JSON.stringify(day)} is not a day of the calendar`);
  }
  const noon = new TZDateMini(0, PARIS_TIME_ZONE);
  noon.setFullYear(day.year, day.month - 1, day.day);
  noon.setHours(12, 0, 0, 0);
  // @date-fns/tz writes a wall time through the machine's local Date: on a day the machine's zone skipped, it lands a
  // day late. Read the instant back in Paris and refuse rather than return another day.
  if (formatIsoDate(parisDay(new Date(noon.getTime()))) !== formatIsoDate(day)) {
    throw new RangeError(`Noon in Paris on ${formatIsoDate(day)} cannot be placed from this machine's time zone, which skipped that day`);
  }
  return new Date(noon.getTime());
}
