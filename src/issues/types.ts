import type { SoldeFile } from '../schema/layout.js';
import type { IssueCode, IssueScope, Severity } from './codes.js';

/** The language of the messages: French (default) or English. */
export type Locale = 'fr' | 'en';

/**
 * The values a message is built from. Every field is optional; each code's message uses
 * the ones it needs.
 */
export interface IssueParams {
  /** The wire key concerned (`SIRET`, `dateFacture`, …). */
  key?: string;
  /** The offending value, as found (already shortened for display). */
  value?: string;
  /** What was expected: the canonical name, the right key, the JSON type, … */
  expected?: string;
  /** A numeric limit (200 requests, 3 000 000 bytes, …). */
  limit?: number;
  /** A count found (requests, bytes, depth, …). */
  count?: number;
  /** The 1-based number of another request involved (duplicates). */
  other?: number;
  /** A detail from a lower layer (the JSON parser's own words, …). */
  detail?: string;
  /** 1-based line of the text (JSON syntax errors). */
  line?: number;
  /** 1-based column of the text (JSON syntax errors). */
  column?: number;
}

/**
 * One problem found in a file, located by its wire path.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'DATE_INVALID', severity: 'error', scope: 'request',
 *   path: ['lignesImport', 0, 'facture', 'dateFacture'],
 *   message: 'dateFacture « 31/02/2024 » n’est pas une date du calendrier.',
 * };
 * ```
 */
export interface Issue {
  /** Stable code, documented in the README table. */
  code: IssueCode;
  severity: Severity;
  /** `'file'`: the portal refuses the whole file; `'request'`: only that request; `'deposit'`: the zip. */
  scope: IssueScope;
  /** Wire path: `['lignesImport', 0, 'facture', 'dateFacture']`. */
  path: (string | number)[];
  /** French by default, English with `{ locale: 'en' }`. */
  message: string;
  /** The values the message was built from, to re-localise or format it yourself. */
  params?: IssueParams;
  /**
   * Set by the builder: the demand as the caller gave it (its 0-based index in the calls to
   * `addDemande`, and its `numeroEditeur` when it has one), so that an error points back at
   * the caller's own data and not only at the wire path.
   */
  demande?: { index: number; numeroEditeur?: string };
}

/**
 * What the portal would do with the file, as far as our checks can tell.
 */
export interface ReportSummary {
  /** Number of requests in `lignesImport` (0 when it could not be read). */
  requestCount: number;
  /** True when an error would make the portal refuse the whole file. */
  fileRefused: boolean;
  /** 0-based indices (in `lignesImport`) of the requests with at least one request error. */
  rejectedRequests: number[];
  /**
   * True when the zip of attachments as a whole would not pass (its size, its structure, an
   * entry that is no piece of the file…); false when no zip was checked.
   */
  zipRefused: boolean;
  /**
   * 0-based indices (in `lignesImport`) of the requests whose pieces are missing from the zip
   * or refused there: the portal creates them "incomplete". Empty when no zip was checked.
   */
  incompleteRequests: number[];
}

/**
 * The result of a validation.
 *
 * @example
 * ```ts
 * const report: ValidationReport = validateSoldeFile(text);
 * if (!report.ok) for (const i of report.issues) console.log(i.path.join('.'), i.message);
 * ```
 */
export interface ValidationReport<T = SoldeFile> {
  /** True when no issue has severity `'error'`. */
  ok: boolean;
  issues: Issue[];
  /** The typed file, when its structure could be read (even if some rules failed). */
  file?: T;
  summary: ReportSummary;
}
