/**
 * Calendar days, without time or zone: the one reader of a day written by a person
 * (`JJ/MM/AAAA` as the guide writes it, `AAAA-MM-JJ` as ISO 8601 and date fields do), the
 * calendar check and the comparison of two days — the library, the command and the page all
 * read days here, and date-fns does the calendar work (`isExists`, `parseISO`, `isAfter`).
 *
 * @module
 */
import { isAfter } from 'date-fns/isAfter';
import { isExists } from 'date-fns/isExists';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/** A calendar day, without time or zone. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The ways a calendar day may be written: the guide's and ISO 8601's. */
export type CalendarDayForm = 'JJ/MM/AAAA' | 'AAAA-MM-JJ';

/** Every form `readCalendarDay` knows, in the order it tries them. */
export const CALENDAR_DAY_FORMS: readonly CalendarDayForm[] = ['JJ/MM/AAAA', 'AAAA-MM-JJ'];

/** Each form's pattern, and where its day, month and year stand among the captures. */
const FORM_PATTERNS: Readonly<Record<CalendarDayForm, { pattern: RegExp; day: number; month: number; year: number }>> = {
  'JJ/MM/AAAA': { pattern: /^(\d{2})\/(\d{2})\/(\d{4})$/, day: 1, month: 2, year: 3 },
  'AAAA-MM-JJ': { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, day: 3, month: 2, year: 1 },
};

/**
 * Reads a calendar day written in one of the given forms (both by default).
 *
 * @param text - the text as given; the whole of it must be the day (no spaces, no time)
 * @param forms - the forms accepted
 * @returns the day; `'format'` when the text is written in none of the forms; `'invalid'`
 * when it is but names no day of the calendar (31/02/2024, year 0000)
 * @example
 * ```ts
 * readCalendarDay('15/03/2024');                 // { year: 2024, month: 3, day: 15 }
 * readCalendarDay('2024-03-15');                 // { year: 2024, month: 3, day: 15 }
 * readCalendarDay('2024-03-15', ['JJ/MM/AAAA']); // 'format'
 * readCalendarDay('29/02/2023');                 // 'invalid'
 * ```
 */
export function readCalendarDay(text: string, forms: readonly CalendarDayForm[] = CALENDAR_DAY_FORMS): CalendarDay | 'format' | 'invalid' {
  for (const form of forms) {
    const { pattern, day, month, year } = FORM_PATTERNS[form];
    const match = pattern.exec(text);
    if (match === null) continue;
    const read = { year: Number(match[year]), month: Number(match[month]), day: Number(match[day]) };
    return isCalendarDay(read.year, read.month, read.day) ? read : 'invalid';
  }
  return 'format';
}

/**
 * Whether year (1 to 9999), month (1–12) and day name a real day of the Gregorian calendar.
 *
 * Asked of date-fns's `isExists`, which is quick but builds the day in the machine's zone: its
 * only errors are days it says do not exist (years 0–99, which `Date` reads as 19xx; a day the
 * machine's zone skipped — 31/12/1994 in Kiribati, 30/12/2011 in Samoa). So a « no » is asked
 * again of date-fns's ISO 8601 reader (`parseISO`) on that day at midnight UTC, which judges
 * from the calendar alone — slower, and needed only for days that are not.
 *
 * @example
 * ```ts
 * isCalendarDay(2024, 2, 29); // true
 * isCalendarDay(2023, 2, 29); // false
 * ```
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9999) return false;
  return isExists(year, month - 1, day) || isValid(parseISO(`${formatIsoDate({ year, month, day })}T00:00Z`));
}

/**
 * Whether a day comes after another (the invoice's day after the deposit's).
 *
 * @example
 * ```ts
 * isDayAfter({ year: 2024, month: 3, day: 16 }, { year: 2024, month: 3, day: 15 }); // true
 * isDayAfter({ year: 2024, month: 3, day: 15 }, { year: 2024, month: 3, day: 15 }); // false
 * ```
 */
export function isDayAfter(day: CalendarDay, other: CalendarDay): boolean {
  return isAfter(startInUtc(day), startInUtc(other));
}

/** The instant a day starts in UTC (`setUTCFullYear`, which reads years 0–99 as given, unlike `Date.UTC`). */
function startInUtc(day: CalendarDay): Date {
  const start = new Date(0);
  start.setUTCFullYear(day.year, day.month - 1, day.day);
  return start;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Writes a day as `JJ/MM/AAAA`, as the guide writes dates.
 *
 * @example
 * ```ts
 * formatFrenchDate({ year: 2024, month: 3, day: 5 }); // '05/03/2024'
 * ```
 */
export function formatFrenchDate(d: CalendarDay): string {
  return `${pad(d.day, 2)}/${pad(d.month, 2)}/${pad(d.year, 4)}`;
}

/**
 * Writes a day as `AAAA-MM-JJ` (ISO 8601, the value of a date field).
 *
 * @example
 * ```ts
 * formatIsoDate({ year: 2024, month: 3, day: 5 }); // '2024-03-05'
 * ```
 */
export function formatIsoDate(d: CalendarDay): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}
