import { luhnValid } from './luhn.js';

/**
 * The length of a SIRET: 14 digits (guide §3.2, VARCHAR(=14)).
 *
 * @example
 * ```ts
 * '73282932000074'.length === SIRET_LENGTH; // true
 * ```
 */
export const SIRET_LENGTH = 14;

/**
 * SIRET: exactly 14 digits (guide §3.2; the Luhn key is a rule of its own).
 *
 * @example
 * ```ts
 * SIRET_PATTERN.test('73282932000074'); // true
 * ```
 */
export const SIRET_PATTERN = new RegExp(`^[0-9]{${String(SIRET_LENGTH)}}$`);

const LA_POSTE_PREFIX = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/**
 * Whether a 14-digit SIRET has a valid key: the Luhn check, except for La Poste's
 * establishments (SIREN 356000000, other than the head office), whose digit sum must be a
 * multiple of 5.
 *
 * @param siret - a string of 14 digits (anything else returns false)
 * @example
 * ```ts
 * siretKeyValid('73282932000074'); // true
 * siretKeyValid('35600000012345'); // La Poste rule
 * ```
 */
export function siretKeyValid(siret: string): boolean {
  if (!SIRET_PATTERN.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_PREFIX) && siret !== LA_POSTE_HEAD_OFFICE) {
    let sum = 0;
    // Stryker disable next-line AssignmentOperator: a sum and its opposite are multiples of 5 together
    for (const c of siret) sum += c.charCodeAt(0) - 48;
    return sum % 5 === 0;
  }
  return luhnValid(siret);
}
