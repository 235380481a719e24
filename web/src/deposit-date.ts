/**
 * The deposit date as the page's date field holds it (`AAAA-MM-JJ`, a calendar day in
 * Europe/Paris) and as the library wants it (an instant: noon in Paris on that day).
 *
 * @module
 */
import { parisDay, parisNoon } from '../../src/index.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

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
  const day = parisDay(now);
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

/**
 * The deposit instant for a date field's value: noon in Paris on that day.
 *
 * @param value - `AAAA-MM-JJ`
 * @returns the instant, or `undefined` when the value is not a calendar day
 * @example
 * ```ts
 * depositInstant('2024-03-20')?.toISOString(); // '2024-03-20T11:00:00.000Z'
 * depositInstant('2024-02-30'); // undefined
 * ```
 */
export function depositInstant(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // The proleptic Gregorian calendar, read in UTC so that the machine's zone plays no part.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return parisNoon({ year, month, day });
}

/**
 * A date field's value written as the guide writes dates.
 *
 * @param value - `AAAA-MM-JJ`
 * @returns `JJ/MM/AAAA`, or the value as given when it is not of that form
 * @example
 * ```ts
 * guideDate('2024-03-20'); // '20/03/2024'
 * ```
 */
export function guideDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3] ?? ''}/${match[2] ?? ''}/${match[1] ?? ''}` : value;
}
