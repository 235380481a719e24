/**
 * The whole verdict on a deposit whose zip is readable at random: the JSON's issues, then
 * the zip's — its size, its central directory, its entries' names, headers and the named
 * pieces' content.
 *
 * @module
 */
import { buildReport, makeIssue } from '../issues/make-issue.js';
import type { Issue, Locale, ValidationReport } from '../issues/types.js';
import type { SoldeFile } from '../schema/layout.js';
import type { ByteSource } from './byte-source.js';
import { readCentralDirectory } from './central-directory.js';
import { classifyEntries } from './classify-entries.js';
import { readDeposit } from './deposit.js';
import { inspectEntries } from './inspect-entries.js';
import { inspectZipContent } from './inspect-content.js';
import { resolveLimits, type CheckPiecesZipOptions } from './options.js';
import { resolveLocale } from '../issues/locales/registry.js';

/**
 * Checks a deposit: its JSON, and its zip read through `source`.
 *
 * @param fn - the public function's name, for usage errors
 * @example
 * ```ts
 * const report = await checkZipSource(bytesSource(zip), jsonText, { depositDate }, 'checkPiecesZip');
 * ```
 */
export async function checkZipSource(source: ByteSource, json: string | SoldeFile, options: CheckPiecesZipOptions, fn: string): Promise<ValidationReport> {
  const limits = resolveLimits(options, fn);
  const locale: Locale = resolveLocale(options.locale);
  const deposit = readDeposit(json, options);
  const issues: Issue[] = [...deposit.report.issues];
  if (source.size > limits.maxZipBytes) issues.push(makeIssue('ZIP_TOO_LARGE', ['zip'], { count: source.size, limit: limits.maxZipBytes }, locale));
  const directory = await readCentralDirectory(source, limits.maxZipBytes);
  if (!directory.ok) {
    issues.push(makeIssue('ZIP_INVALID', ['zip'], { fault: directory.detail }, locale));
  } else {
    const classification = classifyEntries(directory.entries, deposit.pieces, locale);
    issues.push(...classification.issues);
    issues.push(
      ...(await inspectEntries({
        source,
        entries: directory.entries,
        directoryOffset: directory.directoryOffset,
        classification,
        limits,
        verifyCrc: options.verifyCrc !== false,
        onProgress: options.onProgress,
        locale,
      })),
    );
    const inspect = options.inspectContent;
    if (inspect !== undefined && inspect !== false && deposit.report.file && deposit.pieces) {
      const [file, pieces] = [deposit.report.file, deposit.pieces];
      issues.push(...(await inspectZipContent({ source, directoryOffset: directory.directoryOffset, file, pieces, classification, issues, option: inspect, locale })));
    }
  }
  return buildReport(issues, deposit.report.summary.requestCount, deposit.report.file);
}
