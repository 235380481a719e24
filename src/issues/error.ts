/**
 * The error that carries a file's issues, and the writing of a wire path.
 *
 * @module
 */
import { hasBrand, brand, VALIDATION_BRAND } from './brand.js';
import { localeMessages, type LocaleChoice } from './locales/registry.js';
import type { Issue } from './types.js';

export { SoldeUsageError, type SoldeUsageErrorCode } from './usage-error.js';

/**
 * Thrown when a file cannot be written or used because it is not valid. It carries the
 * issues; its message is the first few of them.
 *
 * @example
 * ```ts
 * try { builder.toJSON(); } catch (err) {
 *   if (err instanceof SoldeValidationError) console.log(err.issues.length);
 * }
 * ```
 */
export class SoldeValidationError extends Error {
  override readonly name = 'SoldeValidationError';
  /** Every issue found (errors and warnings). */
  readonly issues: Issue[];

  /**
   * @param issues - every issue found
   * @param wording - the message itself, or the locale to word it in from the issues (French
   *   by default): the number of errors and the first three, each with its path
   */
  constructor(issues: Issue[], wording?: string | { locale?: LocaleChoice }) {
    const errors = issues.filter((i) => i.severity === 'error');
    const words = localeMessages(typeof wording === 'object' ? wording.locale : undefined);
    const head = errors.slice(0, 3).map((i) => `${formatPath(i.path, words)}${i.demande === undefined ? '' : ` (${words.demande(i.demande.index, i.demande.numeroEditeur)})`}: ${i.message}`);
    super(typeof wording === 'string' ? wording : words.validationError(errors.length, head, Math.max(0, errors.length - 3)));
    this.issues = issues;
    brand(this, VALIDATION_BRAND);
  }

  /**
   * Whether `value` is a {@link SoldeValidationError} of this package, whichever of its builds
   * (ESM or CommonJS) threw it — where `instanceof` answers only for its own build.
   *
   * @example
   * ```ts
   * import { SoldeValidationError } from 'segur-sgl-solde';
   * SoldeValidationError.is(new SoldeValidationError([])); // true
   * SoldeValidationError.is(new Error('autre')); // false
   * ```
   */
  static is(value: unknown): value is SoldeValidationError {
    return hasBrand(value, VALIDATION_BRAND);
  }
}

/**
 * Writes a wire path as text: `lignesImport[0].facture.dateFacture`; the file itself (an
 * empty path) is `(racine)`, or `(root)` in English.
 *
 * @example
 * ```ts
 * formatPath(['lignesImport', 0, 'facture']); // 'lignesImport[0].facture'
 * formatPath([], 'en'); // '(root)'
 * ```
 */
export function formatPath(path: readonly (string | number)[], locale?: LocaleChoice): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out !== '' ? out : localeMessages(locale).root;
}

