/** A calendar day, without time or zone. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const JJ_MM_AAAA = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/**
 * Reads a `JJ/MM/AAAA` date.
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
  const m = JJ_MM_AAAA.exec(text);
  if (!m) return 'format';
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  return isCalendarDay(year, month, day) ? { year, month, day } : 'invalid';
}

/**
 * Whether year, month (1–12) and day name a real day of the Gregorian calendar.
 *
 * @example
 * ```ts
 * isCalendarDay(2024, 2, 29); // true
 * isCalendarDay(2023, 2, 29); // false
 * ```
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

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

/**
 * Writes a day as `JJ/MM/AAAA`.
 *
 * @example
 * ```ts
 * formatFrenchDate({ year: 2024, month: 3, day: 5 }); // '05/03/2024'
 * ```
 */
export function formatFrenchDate(d: CalendarDay): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${String(d.year).padStart(4, '0')}`;
}
