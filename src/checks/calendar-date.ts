/** A calendar day, without time or zone. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const JJ_MM_AAAA = /^\d{2}\/\d{2}\/\d{4}$/;

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
  if (!JJ_MM_AAAA.test(text)) return 'format';
  // Read from the digits' codes: the pattern has placed them (no captures to allocate, validation reads many dates).
  const day = digits(text, 0, 2);
  const month = digits(text, 3, 5);
  const year = digits(text, 6, 10);
  return isCalendarDay(year, month, day) ? { year, month, day } : 'invalid';
}

/** The number the ASCII digits from `start` to `end` write. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 0x30;
  return n;
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
  return day <= (month === 2 && leap ? 29 : (MONTH_LENGTHS[month - 1] ?? 0));
}

/** Days in each month of a common year. */
const MONTH_LENGTHS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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
