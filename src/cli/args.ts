import { readFile } from 'node:fs/promises';
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
 * depositDateOf('2024-03-20', (v) => `--deposit-date ${v} : AAAA-MM-JJ`).toISOString(); // '2024-03-20T11:00:00.000Z'
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

/**
 * Reads a text file that must be UTF-8 (a BOM is kept, for the validator to warn about).
 *
 * @example
 * ```ts
 * const text = await readUtf8File('demandes.json');
 * ```
 */
export async function readUtf8File(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new UnreadableFileError(err instanceof Error ? err.message : String(err));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError(`${file}: not UTF-8 / pas en UTF-8`);
  }
}
