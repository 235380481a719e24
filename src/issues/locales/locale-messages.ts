/**
 * The shape of a locale: every word the library shows, as functions of typed data. A locale
 * is one module exporting one object of this type (a missing code is a compile error);
 * registering it is one line in `registry.ts`.
 *
 * @module
 */
import type { IssueCode } from '../codes.js';
import type { IssueParamsByCode, UnsafePathReason, ZipFault } from '../params.js';

/** The words of one code: its message, written from the code's parameters. */
export type IssueWording<C extends IssueCode> = (params: IssueParamsByCode[C]) => string;

/**
 * Every word of a locale.
 *
 * @example
 * ```ts
 * import { LOCALES, type LocaleMessages } from 'segur-sgl-solde';
 * const french: LocaleMessages = LOCALES.fr;
 * french.issues.LINES_TOO_MANY({ count: 201, limit: 200 });
 * // 'lignesImport contient 201 demandes, au-delà de 200 par fichier : répartissez-les sur plusieurs fichiers.'
 * ```
 */
export interface LocaleMessages {
  /** The message of every issue code. */
  readonly issues: { readonly [C in IssueCode]: IssueWording<C> };
  /** How `formatPath` writes the file itself (an empty path): `(racine)`, `(root)`. */
  readonly root: string;
  /**
   * The message of a `SoldeValidationError`: how many errors, the first few (each already
   * `path: message`), and how many more are not shown.
   */
  readonly validationError: (errorCount: number, shown: readonly string[], more: number) => string;
  /** The demand as the builder's caller gave it (`issue.demande`): its 0-based index, its `numeroEditeur`. */
  readonly demande: (index: number, numeroEditeur?: string) => string;
  /** A zip fault (the `fault` of `ZIP_INVALID` and `ZIP_ENTRY_INCONSISTENT`), as the messages word it. */
  readonly zipFault: (fault: ZipFault) => string;
  /** Why a zip entry's path is unsafe (the `reason` of `ZIP_ENTRY_UNSAFE_PATH`). */
  readonly unsafePath: (reason: UnsafePathReason) => string;
}

/** One wording per kind of a union of faults, each taking its own kind's fields. */
export type KindWordings<T extends { kind: string }> = { readonly [K in T['kind']]: (fault: Extract<T, { kind: K }>) => string };

/**
 * Words a fault by its kind, from one wording per kind (a kind left out is a compile error):
 * the one place a union of faults is taken apart for the locales.
 *
 * @example
 * ```ts
 * const words = byKind<{ kind: 'a' } | { kind: 'b'; n: number }>({ a: () => 'A', b: (f) => `B${f.n}` });
 * words({ kind: 'b', n: 2 }); // 'B2'
 * ```
 */
export function byKind<T extends { kind: string }>(wordings: KindWordings<T>): (fault: T) => string {
  return (fault) => (wordings[fault.kind as T['kind']] as (f: T) => string)(fault);
}
