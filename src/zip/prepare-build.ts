/**
 * The common start of both builds (in memory and to a file): validate the JSON, plan the
 * zip, refuse with every issue when anything is wrong.
 *
 * @module
 */
import { SoldeValidationError } from '../issues/error.js';
import type { Locale } from '../issues/types.js';
import type { SoldeFile } from '../schema/layout.js';
import { readDeposit } from './deposit.js';
import { resolveLimits, type BuildPiecesZipOptions } from './options.js';
import { planPiecesZip, type PiecesZipPlan, type PlanInput } from './plan.js';
import { refuseOnErrors } from './refuse.js';
import { resolveLocale } from '../issues/locales/registry.js';

/**
 * Validates, plans, and returns the plan of a zip that may be written.
 *
 * @param fn - the public function's name, for usage errors
 * @throws {SoldeValidationError} with every issue (JSON and pieces) when one is an error
 * @throws {SoldeUsageError} on a bad option
 * @example
 * ```ts
 * const plan = await prepareBuild(json, { find: (n) => sources.get(n), given: sources.keys() }, options, 'buildPiecesZip');
 * ```
 */
export async function prepareBuild(
  json: string | SoldeFile,
  pieces: Pick<PlanInput, 'find' | 'given'>,
  options: BuildPiecesZipOptions,
  fn: string,
): Promise<PiecesZipPlan> {
  const limits = resolveLimits(options, fn);
  const locale: Locale = resolveLocale(options.locale);
  const deposit = readDeposit(json, options);
  if (!deposit.pieces) throw new SoldeValidationError(deposit.report.issues, { locale });
  const plan = await planPiecesZip({ declared: deposit.pieces, ...pieces, limits, locale });
  refuseOnErrors([...deposit.report.issues, ...plan.issues], deposit.report.summary.requestCount, locale);
  return plan;
}
