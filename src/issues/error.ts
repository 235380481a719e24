import type { Issue, Locale } from './types.js';

/**
 * Marks an error as made by this library, under a key shared by every copy of it: the ESM and
 * CJS builds (`dist/index.js`, `dist/index.cjs`) each have their own classes, so `instanceof`
 * fails across them, while `Symbol.for` gives both the same key. Non-enumerable: a brand never
 * shows in a log, a `JSON.stringify` or a deep equality.
 */
function brand(error: Error, key: symbol): void {
  Object.defineProperty(error, key, { value: true, enumerable: false, writable: false, configurable: false });
}

/** Whether `value` carries the brand `key` (see {@link brand}). */
function hasBrand(value: unknown, key: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[key] === true;
}

const VALIDATION_BRAND = Symbol.for('segur-sgl-solde.SoldeValidationError');
const USAGE_BRAND = Symbol.for('segur-sgl-solde.SoldeUsageError');

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

  constructor(issues: Issue[], message?: string) {
    const errors = issues.filter((i) => i.severity === 'error');
    const head = errors.slice(0, 3).map((i) => `${formatPath(i.path)}: ${i.message}`);
    const more = errors.length > 3 ? ` (+${errors.length - 3})` : '';
    super(message ?? `${errors.length} erreur(s) : ${head.join(' ; ')}${more}`);
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
export function formatPath(path: readonly (string | number)[], locale?: Locale): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out !== '' ? out : locale === 'en' ? '(root)' : '(racine)';
}

/**
 * Thrown on a misuse of the API (a bad argument, the 201st request): never for the data of
 * a file, which gets issues instead. `code` is stable. Test for it with
 * {@link SoldeUsageError.is}, which works across the ESM and CommonJS builds.
 *
 * @example
 * ```ts
 * import { pieceFileName, SoldeUsageError, type TypeFichier } from 'segur-sgl-solde';
 * try { pieceFileName({ typeFichier: 'X' as TypeFichier, numeroEditeur: '00001', formatFichier: 'PDF' }); }
 * catch (err) { if (SoldeUsageError.is(err)) console.log(err.code); } // 'ARGUMENT_INVALID'
 * ```
 */
export class SoldeUsageError extends Error {
  override readonly name = 'SoldeUsageError';
  readonly code: SoldeUsageErrorCode;

  constructor(code: SoldeUsageErrorCode, message: string) {
    super(message);
    this.code = code;
    brand(this, USAGE_BRAND);
  }

  /**
   * Whether `value` is a {@link SoldeUsageError} of this package, whichever of its builds (ESM
   * or CommonJS) threw it.
   *
   * @example
   * ```ts
   * import { SoldeUsageError } from 'segur-sgl-solde';
   * SoldeUsageError.is(new SoldeUsageError('LINE_CAP', '201 demandes')); // true
   * SoldeUsageError.is({ code: 'LINE_CAP' }); // false
   * ```
   */
  static is(value: unknown): value is SoldeUsageError {
    return hasBrand(value, USAGE_BRAND);
  }
}

/** Codes of {@link SoldeUsageError}. */
export type SoldeUsageErrorCode = 'ARGUMENT_INVALID' | 'LINE_CAP' | 'SEQUENCE_OVERFLOW';
