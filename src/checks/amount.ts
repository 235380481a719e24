/**
 * The shortest decimal form of a finite number, split in its integer and fraction digits,
 * or `undefined` when JavaScript writes it with an exponent (below 1e-6 or from 1e21).
 */
function decimalParts(value: number): { sign: string; whole: string; fraction: string } | undefined {
  if (!Number.isFinite(value)) return undefined;
  const text = String(Math.abs(value));
  if (text.includes('e')) return undefined;
  const [whole = '0', fraction = ''] = text.split('.');
  return { sign: value < 0 ? '-' : '', whole, fraction };
}

/**
 * Whether a number is exactly a whole number of cents (27450, 27450.5, 27450.25), judged on
 * its shortest decimal form: `0.1 + 0.2` (0.30000000000000004) is not.
 *
 * @example
 * ```ts
 * hasAtMostTwoDecimals(27450.5); // true
 * hasAtMostTwoDecimals(0.1 + 0.2); // false
 * ```
 */
export function hasAtMostTwoDecimals(value: number): boolean {
  // Whole numbers are written without an exponent below 1e21.
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return true;
  // Read on the shortest text that gives the number back, as decimalParts does, without cutting it up. NaN,
  // Infinity and exponent forms ("1e-7", "1.5e-7") are refused by it too: no point, or more than two characters after it.
  const text = String(value);
  const dot = text.indexOf('.');
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a text without a point here (NaN, Infinity, 1e-7, 1e+21) is longer than two characters anyway; none starts with its point
  return dot >= 0 && text.length - dot - 1 <= 2;
}

/**
 * The most digits an amount may have before the point (FORMAT.md §3): below 10^13 €, every
 * amount with two decimals is held exactly by a JavaScript number (15 significant digits).
 */
export const MAX_AMOUNT_INTEGER_DIGITS = 13;

/** The first amount too large: 10^13 (a 14-digit whole part). */
const AMOUNT_LIMIT = 10 ** MAX_AMOUNT_INTEGER_DIGITS;

/**
 * Whether an amount has more than {@link MAX_AMOUNT_INTEGER_DIGITS} digits before the point
 * (infinities included): it cannot be read nor written without being changed
 * (`99999999999999.99` is read as `…99.98`). `NaN` is not a size: false.
 *
 * @example
 * ```ts
 * amountTooLarge(9_999_999_999_999.99); // false
 * amountTooLarge(10_000_000_000_000);   // true
 * ```
 */
export function amountTooLarge(value: number): boolean {
  return Math.abs(value) >= AMOUNT_LIMIT;
}

/**
 * Writes an amount with exactly two decimals, or returns `undefined` when it cannot be
 * written so without rounding (more decimals, not finite, more than
 * {@link MAX_AMOUNT_INTEGER_DIGITS} digits before the point).
 *
 * @example
 * ```ts
 * formatAmount(27450);   // '27450.00'
 * formatAmount(0.125);   // undefined
 * formatAmount(1e13);    // undefined (14 digits before the point)
 * ```
 */
export function formatAmount(value: number): string | undefined {
  if (amountTooLarge(value)) return undefined;
  const parts = decimalParts(value);
  if (parts === undefined || parts.fraction.length > 2) return undefined;
  return `${parts.sign}${parts.whole}.${parts.fraction.padEnd(2, '0')}`;
}

/** The written form the guide asks for: digits, a point, exactly two digits. */
export const TWO_DECIMALS_TEXT = /^\d+\.\d{2}$/;
