import { amountTooLarge, hasAtMostTwoDecimals, MAX_AMOUNT_INTEGER_DIGITS } from '../checks/amount.js';
import { displayValue } from '../issues/make-issue.js';

/**
 * How far (in euros) a number may be from a whole cent and still be read as that cent: float noise.
 *
 * @example
 * ```ts
 * Math.abs(0.1 + 0.2 - 0.3) <= FLOAT_NOISE_EUROS; // true: 0.1 + 0.2 is read as 0.30
 * ```
 */
export const FLOAT_NOISE_EUROS = 1e-9;

/**
 * An amount read, or why it cannot be (`value` is the given value, for display).
 *
 * @example
 * ```ts
 * const reading: AmountReading = readAmount('27 450,00'); // { ok: true, value: 27450 }
 * ```
 */
export type AmountReading =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly code: 'AMOUNT_DECIMALS' | 'AMOUNT_TOO_LARGE' | 'TYPE_INVALID'; readonly value: string };

/** Spaces accepted between groups of three digits: space, no-break space, thin spaces. */
const GROUP_SPACE = '[ \\u00A0\\u2009\\u202F]';
/**
 * A decimal text: an optional minus, digits (optionally in groups of three separated by
 * spaces), then optionally a point or a comma and digits.
 */
const DECIMAL_TEXT = new RegExp(`^(-?)(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+|\\d+)(?:[.,](\\d+))?$`);

interface DecimalText {
  readonly negative: boolean;
  /** The whole part's digits, without group spaces. */
  readonly whole: string;
  /** The digits after the separator ('' when none). */
  readonly decimals: string;
}

/**
 * Reads an invoice amount given to the builder as a number or a decimal text, never
 * rounding anything but float noise.
 *
 * - a number with at most two decimals is kept; a number within {@link FLOAT_NOISE_EUROS}
 *   of a whole cent (`0.1 + 0.2`) is that cent; any other third decimal is
 *   `AMOUNT_DECIMALS`; `NaN` and infinities are `TYPE_INVALID`;
 * - a text `'27450'`, `'27450.5'`, `'27 450,00'` (spaces, U+00A0, U+2009 or U+202F between
 *   groups of three digits; a point or a comma before the decimals; spaces around) is read
 *   exactly; more than two digits after the separator is `AMOUNT_DECIMALS`, even zeros
 *   (`'27,450'` and `'27.450'` are ambiguous: 27.45 or 27 450?); anything else is
 *   `TYPE_INVALID`, naming the text.
 *
 * - more than {@link MAX_AMOUNT_INTEGER_DIGITS} digits before the point (a number of 10^13 or
 *   more, a text whose whole part has 14 digits) is `AMOUNT_TOO_LARGE`: such an amount
 *   cannot be held exactly (`'99999999999999.99'` would become `…99.98`).
 *
 * Negative amounts and zero are read as such (the validator reports them).
 *
 * @param given - the value as the caller gave it
 * @returns the amount in euros, or the code of the fault and the value as given
 * @example
 * ```ts
 * readAmount('27 450,00'); // { ok: true, value: 27450 }
 * readAmount(0.1 + 0.2);   // { ok: true, value: 0.3 }
 * readAmount(10.005);      // { ok: false, code: 'AMOUNT_DECIMALS', value: '10.005' }
 * readAmount('12345678901234.56'); // { ok: false, code: 'AMOUNT_TOO_LARGE', value: '12345678901234.56' }
 * ```
 */
export function readAmount(given: unknown): AmountReading {
  if (typeof given === 'number') {
    if (!Number.isFinite(given)) return unreadable(given);
    if (amountTooLarge(given)) return { ok: false, code: 'AMOUNT_TOO_LARGE', value: String(given) };
    if (hasAtMostTwoDecimals(given)) return { ok: true, value: given };
    const cents = Math.round(given * 100);
    if (Math.abs(given - cents / 100) <= FLOAT_NOISE_EUROS) return { ok: true, value: cents / 100 };
    return { ok: false, code: 'AMOUNT_DECIMALS', value: String(given) };
  }
  const text = typeof given === 'string' ? parseDecimalText(given) : undefined;
  if (text === undefined) return unreadable(given);
  if (text.whole.replace(/^0+(?=\d)/, '').length > MAX_AMOUNT_INTEGER_DIGITS) return { ok: false, code: 'AMOUNT_TOO_LARGE', value: displayValue(given) };
  if (text.decimals.length > 2) return { ok: false, code: 'AMOUNT_DECIMALS', value: displayValue(given) };
  const cents = Number(text.whole) * 100 + Number(text.decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return unreadable(given);
  return { ok: true, value: signed(text.negative, cents / 100) };
}

/**
 * Reads a purchase-order amount (never written, only compared): a finite number as is, or
 * a decimal text in the forms of {@link readAmount}, with any number of decimals.
 *
 * @param given - the value as the caller gave it
 * @returns the amount, or `TYPE_INVALID` naming the value
 * @example
 * ```ts
 * readPurchaseOrder('27 450,005'); // { ok: true, value: 27450.005 }
 * readPurchaseOrder('beaucoup');   // { ok: false, code: 'TYPE_INVALID', value: 'beaucoup' }
 * ```
 */
export function readPurchaseOrder(given: unknown): AmountReading {
  if (typeof given === 'number') return Number.isFinite(given) ? { ok: true, value: given } : unreadable(given);
  const text = typeof given === 'string' ? parseDecimalText(given) : undefined;
  if (text === undefined) return unreadable(given);
  const value = Number(`${text.whole}.${text.decimals === '' ? '0' : text.decimals}`);
  return Number.isFinite(value) ? { ok: true, value: signed(text.negative, value) } : unreadable(given);
}

function parseDecimalText(given: string): DecimalText | undefined {
  const match = DECIMAL_TEXT.exec(given.trim());
  if (match === null) return undefined;
  const [, sign, whole = '', decimals = ''] = match;
  return { negative: sign === '-', whole: whole.replace(/\D/g, ''), decimals };
}

function signed(negative: boolean, value: number): number {
  return negative && value !== 0 ? -value : value;
}

function unreadable(given: unknown): AmountReading {
  return { ok: false, code: 'TYPE_INVALID', value: typeof given === 'number' ? String(given) : displayValue(given) };
}
