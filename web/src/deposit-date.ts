/**
 * The deposit date as the page's date field holds it (`AAAA-MM-JJ`, a calendar day in
 * Europe/Paris) and as the library wants it (an instant: noon in Paris on that day). The day
 * is read by the library's one reader of a calendar day (`readCalendarDay`).
 *
 * @module
 */
import { formatFrenchDate, formatIsoDate, readCalendarDay } from '../../src/checks/calendar-date.js';
import { parisDay, parisNoon } from '../../src/time/paris-day.js';

/** A date field's value is always ISO 8601. */
const FIELD_FORM = ['AAAA-MM-JJ'] as const;

/**
 * The calendar day of an instant in Europe/Paris, as a date field's value.
 *
 * @param now - the instant (the page passes `new Date()`)
 * @returns `AAAA-MM-JJ`
 * @example
 * ```ts
 * parisDateValue(new Date('2024-03-31T22:30:00Z')); // '2024-04-01'
 * ```
 */
export function parisDateValue(now: Date): string {
  return formatIsoDate(parisDay(now));
}

/**
 * The deposit instant for a date field's value: noon in Paris on that day.
 *
 * @param value - `AAAA-MM-JJ`
 * @returns the instant, or `undefined` when the value is not a calendar day (or cannot be
 * placed from this machine's zone, see `parisNoon`)
 * @example
 * ```ts
 * depositInstant('2024-03-20')?.toISOString(); // '2024-03-20T11:00:00.000Z'
 * depositInstant('2024-02-30'); // undefined
 * ```
 */
export function depositInstant(value: string): Date | undefined {
  const day = readCalendarDay(value, FIELD_FORM);
  if (typeof day === 'string') return undefined;
  try {
    return parisNoon(day);
  } catch {
    return undefined;
  }
}

/**
 * A date field's value written as the guide writes dates.
 *
 * @param value - `AAAA-MM-JJ`
 * @returns `JJ/MM/AAAA`, or the value as given when it is not a calendar day of that form
 * @example
 * ```ts
 * guideDate('2024-03-20'); // '20/03/2024'
 * ```
 */
export function guideDate(value: string): string {
  const day = readCalendarDay(value, FIELD_FORM);
  return typeof day === 'string' ? value : formatFrenchDate(day);
}
