/**
 * What the portal would do with a deposit, in the command line's terms: the whole file
 * refused, some requests refused, the zip to fix, or all accepted. Pure: no DOM.
 *
 * @module
 */
import type { ValidationReport } from '../../src/index.js';

/** The outcome, worst first. */
export type VerdictKind = 'refused-whole' | 'requests-refused' | 'deposit-refused' | 'valid';

/** The verdict and the counts behind it. */
export interface Verdict {
  kind: VerdictKind;
  /** Requests in the file. */
  requestCount: number;
  /** Requests the portal would reject. */
  refusedCount: number;
  /** Errors of scope `file` (the structure check). */
  fileErrors: number;
  /** Errors of scope `deposit` (the zip). */
  depositErrors: number;
  errors: number;
  warnings: number;
}

/**
 * Reads the verdict of a report.
 *
 * @param report - a report of `validateSoldeFile` or `checkPiecesZip`
 * @returns the verdict, with its counts
 * @example
 * ```ts
 * verdictOf(validateSoldeFile(text)).kind; // 'valid'
 * ```
 */
export function verdictOf(report: ValidationReport): Verdict {
  const errors = report.issues.filter((i) => i.severity === 'error');
  const { fileRefused, rejectedRequests, requestCount } = report.summary;
  const depositErrors = errors.filter((i) => i.scope === 'deposit').length;
  let kind: VerdictKind;
  if (fileRefused) kind = 'refused-whole';
  else if (rejectedRequests.length > 0) kind = 'requests-refused';
  else if (!report.ok) kind = 'deposit-refused';
  else kind = 'valid';
  return {
    kind,
    requestCount,
    refusedCount: rejectedRequests.length,
    fileErrors: errors.filter((i) => i.scope === 'file').length,
    depositErrors,
    errors: errors.length,
    warnings: report.issues.length - errors.length,
  };
}
