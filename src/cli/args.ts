import type { Locale } from '../issues/types.js';
import { isLocale, LOCALES, resolveLocale } from '../issues/locales/registry.js';
import { readCalendarDay } from '../time/calendar-day.js';
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
  if (value === undefined) return resolveLocale(undefined);
  if (isLocale(value)) return value;
  throw new UsageError(`--lang ${value}: ${Object.keys(LOCALES).join(' | ')}`);
}

/**
 * Reads `--deposit-date` — `JJ/MM/AAAA` (as the clerks and the CSV write it) or `AAAA-MM-JJ` —
 * as noon in Europe/Paris that day (default: now). The day is read by the library's one reader
 * of a calendar day (`readCalendarDay`).
 *
 * @param value - the option's value, `undefined` when not given
 * @param message - the usage error's text for a value that is not a calendar day
 * @throws {UsageError} when the value is not a day of the calendar in one of the two forms
 * @example
 * ```ts
 * depositDateOf('20/03/2024', (v) => `bad date ${v}`).toISOString(); // '2024-03-20T11:00:00.000Z'
 * depositDateOf('2024-03-20', (v) => `bad date ${v}`).toISOString(); // '2024-03-20T11:00:00.000Z'
 * ```
 */
export function depositDateOf(value: string | undefined, message: (v: string) => string): Date {
  if (value === undefined) return new Date();
  const day = readCalendarDay(value);
  if (typeof day === 'string') throw new UsageError(message(value));
  try {
    return parisNoon(day);
  } catch (err) {
    // Only on a day this machine's own zone skipped (see parisNoon): a usage error that says why.
    throw new UsageError(`${message(value)} ${(err as Error).message}`);
  }
}

/** A file that could not be read: exit code 2. */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
}
