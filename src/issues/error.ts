import type { Issue, Locale } from './types.js';

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
 * a file, which gets issues instead. `code` is stable.
 *
 * @example
 * ```ts
 * try { pieceFileName({ typeFichier: 'X', numeroEditeur: '00001', formatFichier: 'PDF' }); }
 * catch (err) { if (err instanceof SoldeUsageError) console.log(err.code); } // 'ARGUMENT_INVALID'
 * ```
 */
export class SoldeUsageError extends Error {
  override readonly name = 'SoldeUsageError';
  readonly code: SoldeUsageErrorCode;

  constructor(code: SoldeUsageErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** Codes of {@link SoldeUsageError}. */
export type SoldeUsageErrorCode = 'ARGUMENT_INVALID' | 'LINE_CAP' | 'SEQUENCE_OVERFLOW';
