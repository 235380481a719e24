import { ISSUE_CODES, type IssueCode } from './codes.js';
import { messagesEn } from './messages/en.js';
import { messagesFr, type MessageTable } from './messages/fr.js';
import { requestIndex } from '../report/request-index.js';
import type { Issue, IssueParams, Locale, ReportSummary, ValidationReport } from './types.js';

const TABLES: Readonly<Record<Locale, MessageTable>> = { fr: messagesFr, en: messagesEn };

/**
 * The message of a code in a locale.
 *
 * @param code - the issue code
 * @param params - the values the message is built from
 * @param locale - `'fr'` (default) or `'en'`
 * @returns the localised message
 * @example
 * ```ts
 * issueMessage('SIRET_FORMAT', { value: '123' }, 'en');
 * // 'The SIRET "123" must be exactly 14 digits, without spaces.'
 * ```
 */
export function issueMessage(code: IssueCode, params: IssueParams = {}, locale: Locale = 'fr'): string {
  return TABLES[locale][code](params);
}

/**
 * Builds an issue with the severity and scope of its code and a localised message.
 *
 * @example
 * ```ts
 * makeIssue('DATE_INVALID', ['lignesImport', 0, 'facture', 'dateFacture'], { value: '31/02/2024' });
 * ```
 */
export function makeIssue(code: IssueCode, path: (string | number)[], params: IssueParams = {}, locale: Locale = 'fr'): Issue {
  const info = ISSUE_CODES[code];
  return { code, severity: info.severity, scope: info.scope, path, message: issueMessage(code, params, locale), params };
}

/**
 * Rewrites the messages of issues in another locale.
 *
 * @example
 * ```ts
 * const english = localizeIssues(report.issues, 'en');
 * ```
 */
export function localizeIssues(issues: readonly Issue[], locale: Locale): Issue[] {
  return issues.map((i) => ({ ...i, message: issueMessage(i.code, i.params, locale) }));
}

/** Shortens a value for display inside a message. */
export function displayValue(value: unknown, max = 80): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === undefined) text = 'undefined';
  else {
    try {
      text = jsonText(value) ?? typeof value;
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `JSON.stringify`, typed as it behaves: `undefined` for functions, symbols and `undefined`. */
function jsonText(value: unknown): string | undefined {
  return JSON.stringify(value);
}

/**
 * The portal's verdict as far as the issues tell, from each error's scope and path: a
 * `'file'` error refuses the file; a `'request'` error rejects its request; a `'deposit'`
 * error (the zip) pointing at a request's piece makes that request incomplete, and one that
 * points at no request (the zip's size, its structure, an entry that is no piece) refuses
 * the zip as a whole.
 *
 * @example
 * ```ts
 * summarize(report.issues, 3);
 * // { requestCount: 3, fileRefused: false, rejectedRequests: [1], zipRefused: false, incompleteRequests: [] }
 * ```
 */
export function summarize(issues: readonly Issue[], requestCount: number): ReportSummary {
  const rejected = new Set<number>();
  const incomplete = new Set<number>();
  let fileRefused = false;
  let zipRefused = false;
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    const index = requestIndex(issue);
    if (issue.scope === 'file') fileRefused = true;
    else if (issue.scope === 'request') {
      if (index !== undefined) rejected.add(index);
    } else if (index !== undefined) incomplete.add(index);
    else zipRefused = true;
  }
  const sorted = (set: Set<number>): number[] => [...set].sort((a, b) => a - b);
  return { requestCount, fileRefused, rejectedRequests: sorted(rejected), zipRefused, incompleteRequests: sorted(incomplete) };
}

/**
 * Puts issues together into a report: errors first then warnings, each in file order.
 *
 * @example
 * ```ts
 * const report = buildReport(issues, 2, file);
 * ```
 */
export function buildReport<T>(issues: readonly Issue[], requestCount: number, file?: T): ValidationReport<T> {
  const sorted = [...issues].sort((a, b) => rank(a) - rank(b));
  const report: ValidationReport<T> = {
    ok: !sorted.some((i) => i.severity === 'error'),
    issues: sorted,
    summary: summarize(sorted, requestCount),
  };
  if (file !== undefined) report.file = file;
  return report;
}

function rank(issue: Issue): number {
  return issue.severity === 'error' ? 0 : 1;
}
