/**
 * The error of a misuse of the API.
 *
 * @module
 */
import { brand, hasBrand, USAGE_BRAND } from './brand.js';

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
