import { parisDay } from '../time/paris-day.js';
import { SoldeUsageError } from '../issues/error.js';
import { buildReport, makeIssue } from '../issues/make-issue.js';
import type { Issue, ValidationReport } from '../issues/types.js';
import type { Finding } from '../read/finding.js';
import { finding } from '../read/finding.js';
import { readJsonText } from '../read/read-json-text.js';
import { toPlain } from '../read/to-plain.js';
import { SoldeFileSchema, type SoldeFile } from '../schema/layout.js';
import { asArray, asObject } from './lenient.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, type ValidateOptions } from './options.js';
import { fileRules } from './rules/file-rules.js';
import { RAW_NUMBER_KEYS, rawNumberRules, rawNumberWrittenWell } from './rules/raw-number-rules.js';
import { requestRules } from './rules/request-rules.js';
import { findingsFromZod, isFieldRuleIssue } from './zod-findings.js';

/**
 * Checks a balance-request file against every rule of the ASP guide and of our format
 * decisions, and reports every problem found (not only the first per request, as the portal
 * does), each located by its wire path, with a stable code and a French (or English) message.
 *
 * Pass the raw text when you have it: only the text shows whether amounts are written with
 * two decimals. Given a parsed value, amounts with at most two decimals are accepted.
 *
 * @param input - the file's raw JSON text, or an already parsed value (anything)
 * @param options - deposit date (default now), locale, reading limits
 * @returns the report: `ok`, the issues (errors first), the typed file when its structure
 * could be read, and what the portal would refuse (`summary`)
 * @throws {SoldeUsageError} only when an option is invalid (never for the input)
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { validateSoldeFile } from 'segur-sgl-solde';
 *
 * const report = validateSoldeFile(readFileSync('JSON-ANS0000001-20240320-001.json', 'utf8'), {
 *   depositDate: new Date('2024-03-20T09:00:00Z'),
 * });
 * for (const issue of report.issues) console.log(issue.path.join('.'), issue.code, issue.message);
 * ```
 */
export function validateSoldeFile(input: unknown, options: ValidateOptions = {}): ValidationReport {
  const depositDate = options.depositDate ?? new Date();
  if (!(depositDate instanceof Date) || Number.isNaN(depositDate.getTime())) {
    throw new SoldeUsageError('ARGUMENT_INVALID', 'validateSoldeFile: depositDate doit être une Date valide');
  }
  const locale = options.locale === 'en' ? 'en' : 'fr';
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  let findings: Finding[];
  let file: SoldeFile | undefined;
  let requestCount = 0;
  try {
    ({ findings, file, requestCount } = collect(input, options.maxBytes ?? DEFAULT_MAX_BYTES, maxDepth, depositDate));
  } catch (err) {
    findings = [finding('INPUT_UNREADABLE', [], { detail: err instanceof Error ? err.message : 'exception' })];
  }
  const issues: Issue[] = dedupe(findings).map((f) => makeIssue(f.code, f.path, f.params, locale));
  return buildReport(issues, requestCount, file);
}

function collect(
  input: unknown,
  maxBytes: number,
  maxDepth: number,
  depositDate: Date,
): { findings: Finding[]; file: SoldeFile | undefined; requestCount: number } {
  const findings: Finding[] = [];
  let root: unknown;
  if (typeof input === 'string') {
    const read = readJsonText(input, { maxBytes, maxDepth, rawKeys: RAW_NUMBER_KEYS, acceptRaw: rawNumberWrittenWell });
    findings.push(...read.findings, ...rawNumberRules(read.rawNumbers));
    if (!read.parsed) return { findings, file: undefined, requestCount: 0 };
    // JSON.parse gives fresh plain objects, no deeper than the scan allowed: copied only to drop a forbidden key (already reported).
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the scan already bounded the depth and reported the forbidden keys (a second report of the same code and path is merged)
    root = read.findings.some((f) => f.code === 'JSON_FORBIDDEN_KEY') ? toPlain(read.value, { maxDepth, rawKeys: new Set(), reportForbidden: false }).value : read.value;
  } else {
    const plain = toPlain(input, { maxDepth, rawKeys: new Set(), reportForbidden: true });
    findings.push(...plain.findings);
    root = plain.value;
  }

  const parsed = SoldeFileSchema.safeParse(root);
  const zodIssues = parsed.success ? [] : parsed.error.issues;
  findings.push(...findingsFromZod(zodIssues, root));

  const lines = asArray(asObject(root)?.lignesImport) ?? [];
  if (asArray(asObject(root)?.lignesImport) !== undefined) findings.push(...fileRules(lines));
  const depositDay = parisDay(depositDate);
  lines.forEach((line, i) => findings.push(...requestRules(line, i, depositDay)));

  const structureRead = zodIssues.every(isFieldRuleIssue) && !findings.some((f) => f.code === 'JSON_TOO_DEEP' || f.code === 'INPUT_UNREADABLE');
  const file = structureRead ? (parsed.success ? parsed.data : (root as SoldeFile)) : undefined;
  return { findings, file, requestCount: lines.length };
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const id = `${f.code} ${JSON.stringify(f.path)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
