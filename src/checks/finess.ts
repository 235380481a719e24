import { luhnValid } from './luhn.js';

/**
 * The length of a FINESS number: 9 characters (guide §3.2, VARCHAR(=9)).
 *
 * @example
 * ```ts
 * '750000010'.length === FINESS_LENGTH; // true
 * ```
 */
export const FINESS_LENGTH = 9;

/**
 * FINESS (the ANS XSD type): a digit, a digit or capital letter (2A/2B), then 7 digits.
 *
 * @example
 * ```ts
 * FINESS_PATTERN.test('2A0000001'); // true
 * ```
 */
export const FINESS_PATTERN = new RegExp(`^[0-9][0-9A-Z][0-9]{${String(FINESS_LENGTH - 2)}}$`);

/**
 * Whether a FINESS number's last digit is the Luhn key of the 8 before it. Numbers with a
 * letter (Corsica, 2A/2B) are not checked (the rule is unknown) and return true.
 *
 * @example
 * ```ts
 * finessKeyValid('999999991'); // false: the guide's test number
 * finessKeyValid('2A0000001'); // true: not checked
 * ```
 */
export function finessKeyValid(finess: string): boolean {
  if (!FINESS_PATTERN.test(finess)) return false;
  // Of the FINESS form, all digits but the second: a letter there is not checked.
  const second = finess.charCodeAt(1);
  if (second < 0x30 || second > 0x39) return true;
  return luhnValid(finess);
}
