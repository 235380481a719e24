/**
 * The guide's dates (`JJ/MM/AAAA`): read by the one reader of a calendar day
 * (`src/time/calendar-day.ts`, date-fns underneath).
 *
 * @module
 */
import { readCalendarDay, type CalendarDay } from '../time/calendar-day.js';

export { isCalendarDay, isDayAfter, formatFrenchDate, formatIsoDate, readCalendarDay, CALENDAR_DAY_FORMS } from '../time/calendar-day.js';
export type { CalendarDay, CalendarDayForm } from '../time/calendar-day.js';

/**
 * Reads a `JJ/MM/AAAA` date (the form of `dateFacture`).
 *
 * @returns the day; `'format'` when the text is not written JJ/MM/AAAA; `'invalid'` when it
 * is but names no calendar day (31/02/2024)
 * @example
 * ```ts
 * parseFrenchDate('15/03/2024'); // { year: 2024, month: 3, day: 15 }
 * parseFrenchDate('2024-03-15'); // 'format'
 * parseFrenchDate('29/02/2023'); // 'invalid'
 * ```
 */
export function parseFrenchDate(text: string): CalendarDay | 'format' | 'invalid' {
  return readCalendarDay(text, FRENCH_ONLY);
}

const FRENCH_ONLY = ['JJ/MM/AAAA'] as const;

/**
 * A sortable number for a day: `20240315`.
 *
 * @example
 * ```ts
 * dayNumber({ year: 2024, month: 3, day: 15 }); // 20240315
 * ```
 */
export function dayNumber(d: CalendarDay): number {
  return d.year * 10000 + d.month * 100 + d.day;
}
