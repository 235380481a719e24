import { SoldeUsageError } from '../issues/error.js';
import type { Locale } from '../issues/types.js';
import { MAX_LINES } from '../schema/fields.js';
import { DEFAULT_MAX_ZIP_BYTES } from './estimate-zip-bytes.js';
import type { PieceSizes, PlanDepositsOptions } from './plan-types.js';
import { resolveLocale } from '../issues/locales/registry.js';

/**
 * The planner's options, checked, with their defaults.
 *
 * @example
 * ```ts
 * const checked: CheckedPlanOptions = checkPlanOptions({ numeroAns, siret, depositDate });
 * checked.maxLinesPerFile; // 200
 * ```
 */
export interface CheckedPlanOptions {
  readonly numeroAns: string;
  readonly siret: string;
  readonly depositDate: Date;
  readonly firstSequence: number;
  readonly maxLinesPerFile: number;
  readonly pieceSizes: PieceSizes | undefined;
  readonly maxZipBytes: number;
  readonly locale: Locale;
}

/**
 * Checks the planner's options (a misuse throws; the header's data faults are left to
 * `validate`).
 *
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` naming the option
 * @example
 * ```ts
 * const checked = checkPlanOptions({ numeroAns, siret, depositDate });
 * ```
 */
export function checkPlanOptions(options: PlanDepositsOptions): CheckedPlanOptions {
  if (typeof options !== 'object' || (options as unknown) === null) invalid('donnez { numeroAns, siret, depositDate, … }');
  const { numeroAns, siret, depositDate, firstSequence = 1, maxLinesPerFile = MAX_LINES, pieceSizes, maxZipBytes = DEFAULT_MAX_ZIP_BYTES, locale } = options;
  if (!(depositDate instanceof Date) || Number.isNaN(depositDate.getTime())) invalid('depositDate doit être une Date valide');
  if (!Number.isSafeInteger(firstSequence) || firstSequence < 1) invalid(`firstSequence doit être un entier ≥ 1, reçu ${String(firstSequence)}`);
  if (!Number.isSafeInteger(maxLinesPerFile) || maxLinesPerFile < 1 || maxLinesPerFile > MAX_LINES) {
    invalid(`maxLinesPerFile doit être un entier de 1 à ${MAX_LINES}, reçu ${String(maxLinesPerFile)}`);
  }
  if (!Number.isSafeInteger(maxZipBytes) || maxZipBytes < 1) invalid(`maxZipBytes doit être un entier d’octets positif, reçu ${String(maxZipBytes)}`);
  if (pieceSizes !== undefined && ((pieceSizes as unknown) === null || (typeof pieceSizes !== 'object' && typeof pieceSizes !== 'function'))) {
    invalid('pieceSizes doit être un objet, une Map ou une fonction');
  }
  return { numeroAns, siret, depositDate, firstSequence, maxLinesPerFile, pieceSizes, maxZipBytes, locale: resolveLocale(locale) };
}

function invalid(message: string): never {
  throw new SoldeUsageError('ARGUMENT_INVALID', `planDeposits : ${message}`);
}
