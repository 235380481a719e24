/**
 * Whether a number is written exactly with at most two decimals (27450, 27450.5, 27450.25),
 * judged on its shortest decimal form: `0.1 + 0.2` is not.
 *
 * @example
 * ```ts
 * hasAtMostTwoDecimals(27450.5); // true
 * hasAtMostTwoDecimals(0.1 + 0.2); // false
 * ```
 */
export function hasAtMostTwoDecimals(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const cents = Math.round(value * 100);
  return cents / 100 === value;
}

/**
 * Writes an amount with exactly two decimals, or returns `undefined` when it cannot be
 * written so without rounding (more decimals, not finite).
 *
 * @example
 * ```ts
 * formatAmount(27450);   // '27450.00'
 * formatAmount(0.125);   // undefined
 * ```
 */
export function formatAmount(value: number): string | undefined {
  if (!hasAtMostTwoDecimals(value) || Math.abs(value) >= 1e15) return undefined;
  const cents = Math.round(value * 100);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The written form the guide asks for: digits, a point, exactly two digits. */
export const TWO_DECIMALS_TEXT = /^\d+\.\d{2}$/;
