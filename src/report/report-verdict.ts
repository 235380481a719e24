import type { ValidationReport } from '../issues/types.js';

/** The counts every verdict carries. */
interface VerdictCounts {
  /** Requests in the file (0 when it could not be read). */
  requestCount: number;
  /** Issues of severity `'error'`. */
  errors: number;
  /** Issues of severity `'warning'`. */
  warnings: number;
}

/**
 * What the portal would do with a deposit, worst first, as data (the words are the caller's).
 * Every kind carries `requestCount` (the requests in the file, 0 when it could not be read),
 * `errors` and `warnings` (the issues of each severity):
 *
 * - `'refused-whole'`: an error of scope `'file'` — the portal refuses the whole file;
 * - `'requests-refused'`: some requests would be rejected (`refusedCount` of `requestCount`),
 *   and `depositErrors` errors of the zip besides;
 * - `'deposit-refused'`: every request passes but errors remain (the zip of attachments is to
 *   fix);
 * - `'valid'`: no error (warnings may remain).
 */
export type ReportVerdict =
  | (VerdictCounts & { kind: 'refused-whole'; /** Errors of scope `'file'`. */ fileErrors: number })
  | (VerdictCounts & { kind: 'requests-refused'; /** Requests the portal would reject. */ refusedCount: number; /** Errors of scope `'deposit'`. */ depositErrors: number })
  | (VerdictCounts & { kind: 'deposit-refused'; /** Errors of scope `'deposit'`. */ depositErrors: number })
  | (VerdictCounts & { kind: 'valid' });

/** The kind of a {@link ReportVerdict}: `'refused-whole'`, `'requests-refused'`, `'deposit-refused'` or `'valid'`. */
export type ReportVerdictKind = ReportVerdict['kind'];

/**
 * The verdict of a report, from its `summary` and its issues: the one decision the command
 * line and the page both show.
 *
 * @param report - a report of `validateSoldeFile`, `checkPiecesZip` or `buildReport`
 * @returns the verdict and the counts behind it
 * @example
 * ```ts
 * reportVerdict(validateSoldeFile('{')).kind; // 'refused-whole'
 * ```
 * @example
 * ```ts
 * const verdict = reportVerdict(validateSoldeFile(text));
 * if (verdict.kind === 'requests-refused') console.log(`${verdict.refusedCount} / ${verdict.requestCount}`);
 * ```
 */
export function reportVerdict(report: Pick<ValidationReport<unknown>, 'ok' | 'issues' | 'summary'>): ReportVerdict {
  let errors = 0;
  let fileErrors = 0;
  let depositErrors = 0;
  for (const issue of report.issues) {
    if (issue.severity !== 'error') continue;
    errors += 1;
    if (issue.scope === 'file') fileErrors += 1;
    else if (issue.scope === 'deposit') depositErrors += 1;
  }
  const { fileRefused, rejectedRequests, requestCount } = report.summary;
  const counts: VerdictCounts = { requestCount, errors, warnings: report.issues.length - errors };
  if (fileRefused) return { kind: 'refused-whole', ...counts, fileErrors };
  if (rejectedRequests.length > 0) return { kind: 'requests-refused', ...counts, refusedCount: rejectedRequests.length, depositErrors };
  if (!report.ok) return { kind: 'deposit-refused', ...counts, depositErrors };
  return { kind: 'valid', ...counts };
}
