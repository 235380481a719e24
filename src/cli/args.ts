import { parseFrenchDate, type CalendarDay } from '../checks/calendar-date.js';
import type { Locale } from '../issues/types.js';
import { parisNoon } from '../time/paris-day.js';

/** A usage error: exit code 2, message printed on stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Reads `--lang`.
 *
 * @example
 * ```ts
 * localeOf('en'); // 'en'
 * ```
 */
export function localeOf(value: string | undefined): Locale {
  if (value === undefined || value === 'fr') return 'fr';
  if (value === 'en') return 'en';
  throw new UsageError(`--lang ${value}: fr | en`);
}

/**
 * Reads `--deposit-date AAAA-MM-JJ` as noon in Europe/Paris that day (default: now).
 *
 * @example
 * ```ts
 * depositDateOf('2024-03-20', 'fr');
 * ```
 */
export function depositDateOf(value: string | undefined, message: (v: string) => string): Date {
  if (value === undefined) return new Date();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m ? parseFrenchDate(`${m[3] ?? ''}/${m[2] ?? ''}/${m[1] ?? ''}`) : 'format';
  if (typeof day === 'string') throw new UsageError(message(value));
  return parisNoon(day satisfies CalendarDay);
}

/** A file that could not be read: exit code 2. */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
}
