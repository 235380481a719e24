/**
 * The build's verdict: any error, of the JSON or of the pieces, refuses the build, with
 * every issue found.
 *
 * @module
 */
import { SoldeValidationError } from '../issues/error.js';
import { buildReport } from '../issues/make-issue.js';
import type { Issue, Locale } from '../issues/types.js';

/**
 * Throws when any issue is an error; the error carries every issue, errors first.
 *
 * @throws {SoldeValidationError} when there is an error
 * @example
 * ```ts
 * refuseOnErrors([...deposit.report.issues, ...plan.issues], deposit.report.summary.requestCount, 'fr');
 * ```
 */
export function refuseOnErrors(issues: readonly Issue[], requestCount: number, locale: Locale): void {
  const report = buildReport(issues, requestCount);
  if (!report.ok) throw new SoldeValidationError(report.issues, { locale });
}
