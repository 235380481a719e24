import { formatFrenchDate, readCalendarDay } from '../time/calendar-day.js';
import { parisDay } from '../time/paris-day.js';

/**
 * An invoice date read, or the fault: `written` is what goes into the file.
 *
 * @example
 * ```ts
 * const reading: InvoiceDateReading = readInvoiceDate('2024-03-15'); // { ok: true, written: '15/03/2024' }
 * ```
 */
export type InvoiceDateReading = { readonly ok: true; readonly written: unknown } | { readonly ok: false; readonly value: string };

const ISO_FORM_ONLY = ['AAAA-MM-JJ'] as const;

/**
 * Reads an invoice date given to the builder.
 *
 * - a `Date` is its calendar day in Europe/Paris (whatever the machine's zone), written
 *   `JJ/MM/AAAA`; an invalid `Date` is a fault;
 * - `'AAAA-MM-JJ'` is written `JJ/MM/AAAA` when it names a calendar day, a fault otherwise;
 * - anything else is written as given, for the validator to judge (`'JJ/MM/AAAA'` passes).
 *
 * @param given - the value as the caller gave it
 * @returns what to write, or the displayed value of the fault (`DATE_INVALID`)
 * @example
 * ```ts
 * readInvoiceDate(new Date('2024-03-14T23:30:00Z')); // { ok: true, written: '15/03/2024' } (00:30 in Paris)
 * readInvoiceDate('2024-03-15');                     // { ok: true, written: '15/03/2024' }
 * readInvoiceDate('2024-02-30');                     // { ok: false, value: '2024-02-30' }
 * ```
 */
export function readInvoiceDate(given: unknown): InvoiceDateReading {
  if (isDate(given)) {
    if (Number.isNaN(given.getTime())) return { ok: false, value: 'Invalid Date' };
    return { ok: true, written: formatFrenchDate(parisDay(new Date(given.getTime()))) };
  }
  if (typeof given !== 'string') return { ok: true, written: given };
  const day = readCalendarDay(given, ISO_FORM_ONLY);
  if (day === 'format') return { ok: true, written: given };
  return day === 'invalid' ? { ok: false, value: given } : { ok: true, written: formatFrenchDate(day) };
}

/** Whether a value is a `Date`, also one from another realm (an iframe, a `vm` context). */
function isDate(value: unknown): value is Date {
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}
