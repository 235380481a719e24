import type { Finding } from '../read/finding.js';
import { requestIndex } from '../report/request-index.js';
import { ISSUE_CODES, type IssueCode } from './codes.js';
import type { IssueWording, LocaleMessages } from './locales/locale-messages.js';
import { localeMessages, type LocaleChoice } from './locales/registry.js';
import type { IssueParamsByCode } from './params.js';
import { SoldeUsageError } from './usage-error.js';
import type { Issue, ReportSummary, ValidationReport } from './types.js';

/**
 * The message of a code in a locale, written from the code's parameters.
 *
 * @param code - the issue code
 * @param params - the values the message is written from, typed for that code
 * @param locale - a registered tag (`'fr'`, the default, or `'en'`) or a locale module
 * @returns the message
 * @example
 * ```ts
 * issueMessage('SIRET_FORMAT', { key: 'SIRET', value: '123' }, 'en');
 * // 'The SIRET "123" must be exactly 14 digits, without spaces.'
 * ```
 */
export function issueMessage<C extends IssueCode>(code: C, params: IssueParamsByCode[C], locale?: LocaleChoice): string {
  const wording: IssueWording<C> = localeMessages(locale).issues[code];
  return wording(params);
}

/** The message of an issue in a locale's words (the one place its union is taken apart). */
function wordIssue(issue: Issue | Finding, words: LocaleMessages): string {
  const wording = words.issues[issue.code] as (params: Issue['params']) => string;
  return wording(issue.params);
}

/**
 * Builds an issue with the severity and scope of its code and its message in a locale.
 *
 * @example
 * ```ts
 * makeIssue('DATE_INVALID', ['lignesImport', 0, 'facture', 'dateFacture'], { key: 'dateFacture', value: '31/02/2024' });
 * ```
 */
export function makeIssue<C extends IssueCode>(code: C, path: (string | number)[], params: IssueParamsByCode[C], locale?: LocaleChoice): Issue {
  return issueOf({ code, path, params } as Finding, localeMessages(locale));
}

/**
 * The issue of a finding, worded in a locale.
 *
 * @example
 * ```ts
 * issueOf(finding('LINES_EMPTY', ['lignesImport'], {}), localeMessages('en')).message;
 * // 'lignesImport holds no request: at least one is needed.'
 * ```
 */
export function issueOf(f: Finding, words: LocaleMessages): Issue {
  const info = ISSUE_CODES[f.code];
  return { code: f.code, severity: info.severity, scope: info.scope, path: f.path, message: wordIssue(f, words), params: f.params } as Issue;
}

/**
 * Rewrites the messages of issues in another locale, from their parameters: any issue, made
 * in any locale, comes out wholly in the one asked.
 *
 * @param locale - a registered tag (`'fr'`, `'en'`) or a locale module of your own
 * @throws SoldeUsageError (`ARGUMENT_INVALID`) when an issue's code is not one of ours, or its
 *   `params` are not those of its code (an issue of an older version kept as JSON)
 * @example
 * ```ts
 * const english = localizeIssues(report.issues, 'en');
 * ```
 */
export function localizeIssues(issues: readonly Issue[], locale: LocaleChoice): Issue[] {
  const words = localeMessages(locale);
  return issues.map((issue, index) => ({ ...issue, message: rewordGiven(issue, index, words) }));
}

/**
 * The message of an issue handed back by a caller (kept, sent over the wire, read from a
 * file of an older version): its code must be one of ours and its parameters those of its
 * code, or a usage error says which issue is not — never a `TypeError` from inside a locale.
 */
function rewordGiven(issue: Issue, index: number, words: LocaleMessages): string {
  const given: unknown = issue;
  const code = typeof given === 'object' && given !== null ? (given as { code?: unknown }).code : undefined;
  const params = typeof given === 'object' && given !== null ? (given as { params?: unknown }).params : undefined;
  const known = typeof code === 'string' && Object.prototype.hasOwnProperty.call(ISSUE_CODES, code);
  if (known && typeof params === 'object' && params !== null) {
    try {
      return wordIssue(issue, words);
    } catch {
      // The parameters are not those of the code: said below.
    }
  }
  const what = known ? `its params are not those of ${code}` : `${typeof code === 'string' ? JSON.stringify(code) : typeof code} is not an issue code`;
  throw new SoldeUsageError('ARGUMENT_INVALID', `localizeIssues: issues[${String(index)}]: ${what}`);
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
