import { FINESS_PATTERN } from './finess.js';
import { SIRET_PATTERN } from './siret.js';

/** An anchored pattern with a type digit before it: `^1` + the FINESS pattern. */
function prefixed(type: string, pattern: RegExp): RegExp {
  return new RegExp(`^${type}(?:${pattern.source.slice(1, -1)})$`);
}

/**
 * The known forms of a DMP structure identifier (Struct_IdNat): a one-digit type then the
 * national identifier — 0 + ADELI (9 digits) + rank, 1 + FINESS (9), 2 + SIREN (9),
 * 3 + SIRET (14), 4 + RPPS (11) + rank.
 */
const STRUCT_IDNAT_FORMS: readonly RegExp[] = [
  /^0\d{9}[0-9A-Za-z/]{0,10}$/,
  prefixed('1', FINESS_PATTERN),
  /^2\d{9}$/,
  prefixed('3', SIRET_PATTERN),
  /^4\d{11}[0-9A-Za-z/]{0,10}$/,
];

/**
 * Whether a DMP connection identifier has one of the known Struct_IdNat forms.
 *
 * @example
 * ```ts
 * isKnownStructIdNat('1999999991'); // true: 1 + FINESS
 * isKnownStructIdNat('LABO-42');    // false
 * ```
 */
export function isKnownStructIdNat(ident: string): boolean {
  return STRUCT_IDNAT_FORMS.some((re) => re.test(ident));
}
