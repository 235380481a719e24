/** The characters of an e-mail's local part, other than the dot. */
const LOCAL_CHAR = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
/** A label of the domain: letters, digits and inner hyphens. */
const DOMAIN_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';

/**
 * A practical e-mail address, as a regular expression without look-around: a local part that
 * neither starts with a dot nor holds two dots in a row, `@`, a dotted domain; no spaces.
 * Given the longest address allowed, the repeated groups are bounded by it (an address of n
 * characters has at most n / 2 dotted parts on either side), so that a backtracking engine
 * given a huge string fails fast. Groups do not capture (a capturing group repeated millions
 * of times overflows V8's stack).
 *
 * @param maxLength - the longest address the pattern is used for (unbounded when left out)
 * @example
 * ```ts
 * emailPattern(149).test('labo@labo.mssante.fr'); // true
 * ```
 */
export function emailPattern(maxLength?: number): RegExp {
  const parts = maxLength === undefined ? '*' : `{0,${Math.floor(maxLength / 2)}}`;
  const labels = maxLength === undefined ? '+' : `{1,${Math.floor(maxLength / 2)}}`;
  return new RegExp(`^${LOCAL_CHAR}+(?:\\.${LOCAL_CHAR}+)${parts}\\.?@${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})${labels}$`);
}

const EMAIL = emailPattern();

/**
 * Whether a string is an e-mail address.
 *
 * @example
 * ```ts
 * isEmailAddress('labo@labo.mssante.fr'); // true
 * ```
 */
export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

/** After the last `@`: `mssante.fr` or a domain under it, in any case. */
const MSSANTE_DOMAIN = /@(?:[^@]*\.)?mssante\.fr$/i;
/** After the last `@`: exactly `patient.mssante.fr`, in any case. */
const PATIENT_DOMAIN = /@patient\.mssante\.fr$/i;

/**
 * Whether an address's domain is `mssante.fr` or under it.
 *
 * @example
 * ```ts
 * isMssanteAddress('labo@labo.mssante.fr'); // true
 * isMssanteAddress('labo@gmail.com');       // false
 * ```
 */
export function isMssanteAddress(address: string): boolean {
  return MSSANTE_DOMAIN.test(address);
}

/**
 * Whether an address is a patient's MSSanté box (`…@patient.mssante.fr`).
 *
 * @example
 * ```ts
 * isPatientAddress('1234567890123@patient.mssante.fr'); // true
 * ```
 */
export function isPatientAddress(address: string): boolean {
  return PATIENT_DOMAIN.test(address);
}
