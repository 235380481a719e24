/**
 * What `segur-solde validate --json` prints: the report with its version, or on exit 2 the
 * reason. Its shape is `schema/validate-report.schema.json` (`segur-sgl-solde/report-schema.json`).
 *
 * @module
 */
import type { ValidationReport } from '../../issues/types.js';
import type { CliError } from '../io/cli-error.js';

/** The version of the printed report's shape: raised on any change a parser would notice. */
export const REPORT_VERSION = 1;

/**
 * The report as printed: `reportVersion` first, then the `ValidationReport`.
 *
 * @example
 * ```ts
 * term.out(jsonReport(validateSoldeFile(text)));
 * ```
 */
export function jsonReport(report: ValidationReport): string {
  return JSON.stringify({ reportVersion: REPORT_VERSION, ...report }, null, 2);
}

/**
 * The object printed on exit 2: `{ reportVersion, ok: false, error: { code, message, path?, errno? } }`.
 *
 * @example
 * ```ts
 * term.out(jsonFailure(new CliError('FILE_UNREADABLE', 'Impossible de lire x.json : …', { path: 'x.json' })));
 * ```
 */
export function jsonFailure(error: CliError): string {
  const detail: { code: string; message: string; path?: string; errno?: string } = { code: error.code, message: error.message };
  if (error.path !== undefined) detail.path = error.path;
  if (error.errno !== undefined) detail.errno = error.errno;
  return JSON.stringify({ reportVersion: REPORT_VERSION, ok: false, error: detail }, null, 2);
}
