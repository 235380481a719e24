import type { SoldeFile } from '../schema/layout.js';
import type { IssueCode, IssueScope, Severity } from './codes.js';
import type { IssueParamsByCode } from './params.js';
export type { Locale, LocaleChoice } from './locales/registry.js';

/**
 * One problem found in a file, located by its wire path; `params` typed by its `code` (see
 * {@link IssueOf} for the issue of one code).
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'DATE_INVALID', severity: 'error', scope: 'request',
 *   path: ['lignesImport', 0, 'facture', 'dateFacture'],
 *   message: 'dateFacture « 31/02/2024 » n’est pas une date du calendrier.',
 *   params: { key: 'dateFacture', value: '31/02/2024' },
 * };
 * if (issue.code === 'DATE_INVALID') console.log(issue.params.value); // '31/02/2024'
 * ```
 */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

/**
 * The issue of one code, its `params` typed for that code.
 *
 * @example
 * ```ts
 * const decimals: IssueOf<'AMOUNT_DECIMALS'>[] = report.issues.filter((i): i is IssueOf<'AMOUNT_DECIMALS'> => i.code === 'AMOUNT_DECIMALS');
 * decimals[0]?.params.expected; // '27450.50'
 * ```
 */
export interface IssueOf<C extends IssueCode> {
  /** Stable code, documented in the README table. */
  code: C;
  severity: Severity;
  /** `'file'`: the portal refuses the whole file; `'request'`: only that request; `'deposit'`: the zip. */
  scope: IssueScope;
  /** Wire path: `['lignesImport', 0, 'facture', 'dateFacture']`. */
  path: (string | number)[];
  /** Worded in the locale of the call (French by default); {@link localizeIssues} re-words it. */
  message: string;
  /** What the message is written from: the facts, typed per code, in no language. */
  params: IssueParamsByCode[C];
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
