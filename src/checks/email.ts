/** A practical e-mail address: local part, `@`, a dotted domain; no spaces. */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/**
 * Whether a string is an e-mail address.
 *
 * @example
 * ```ts
 * isEmailAddress('labo@labo.mssante.fr'); // true
 * ```
 */
export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value) && !value.startsWith('.') && !value.includes('..');
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
