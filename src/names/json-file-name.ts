import { NUMERO_ANS_PATTERN } from '../schema/fields.js';
import { SoldeUsageError } from '../issues/error.js';
import { asParts } from './as-parts.js';
import { formatIsoDate } from '../time/calendar-day.js';
import { parisDay } from '../time/paris-day.js';

/** What names a deposited JSON file. */
export interface JsonFileNameParts {
  /** The software's ANS number (10 letters or digits). */
  numeroAns: string;
  /** The instant of the deposit; its calendar day is taken in Europe/Paris. */
  depositDate: Date;
  /** The rank of this file among the files deposited that day for that ANS number, 1 to `MAX_DAILY_SEQUENCE` (999). */
  sequence: number;
}

/** The years a file name can write: `AAAA` has four digits. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/** The most files that can be numbered in one day for one ANS number (3 digits). */
export const MAX_DAILY_SEQUENCE = 999;

/**
 * The name of a deposited JSON file (guide §3.3): `JSON-<numeroAns>-<AAAAMMJJ>-<NNN>.json`,
 * the day being the deposit's calendar day in Europe/Paris (not UTC, not the machine's zone).
 *
 * @throws {SoldeUsageError} code `ARGUMENT_INVALID` on a bad ANS number, date (its Paris day
 * must fall in the years 1000 to 9999, which `AAAA` writes) or sequence
 * @example
 * ```ts
 * soldeJsonFileName({ numeroAns: 'ANS0000001', depositDate: new Date('2024-03-20T10:00:00Z'), sequence: 1 });
 * // 'JSON-ANS0000001-20240320-001.json'
 * ```
 */
export function soldeJsonFileName(parts: JsonFileNameParts): string {
  const { numeroAns, depositDate, sequence } = asParts<JsonFileNameParts>(parts);
  if (typeof numeroAns !== 'string' || !NUMERO_ANS_PATTERN.test(numeroAns)) {
    throw new SoldeUsageError('ARGUMENT_INVALID', `soldeJsonFileName: numeroAns doit faire 10 lettres ou chiffres, reçu ${JSON.stringify(numeroAns)}`);
  }
  if (!(depositDate instanceof Date) || Number.isNaN(depositDate.getTime())) {
    throw new SoldeUsageError('ARGUMENT_INVALID', 'soldeJsonFileName: depositDate doit être une Date valide');
  }
  if (typeof sequence !== 'number' || !Number.isInteger(sequence) || sequence < 1 || sequence > MAX_DAILY_SEQUENCE) {
    throw new SoldeUsageError('ARGUMENT_INVALID', `soldeJsonFileName: sequence doit être un entier de 1 à ${MAX_DAILY_SEQUENCE}, reçu ${JSON.stringify(sequence)}`);
  }
  const day = parisDay(depositDate);
  if (day.year < FIRST_YEAR || day.year > LAST_YEAR) {
    throw new SoldeUsageError('ARGUMENT_INVALID', `soldeJsonFileName: depositDate doit tomber, à Paris, entre les années ${FIRST_YEAR} et ${LAST_YEAR} (AAAA), reçu l'année ${day.year}`);
  }
  return `JSON-${numeroAns}-${formatIsoDate(day).replaceAll('-', '')}-${String(sequence).padStart(3, '0')}.json`;
}
