/**
 * The Luhn check over a string of digits (the key of SIRET, SIREN and FINESS numbers).
 *
 * @param digits - only `0`–`9`; anything else fails
 * @returns true when the weighted digit sum is a multiple of 10
 * @example
 * ```ts
 * luhnValid('73282932000074'); // true
 * ```
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    // Stryker disable next-line AssignmentOperator: a sum and its opposite are multiples of 10 together
    sum += d;
  }
  return sum % 10 === 0;
}
