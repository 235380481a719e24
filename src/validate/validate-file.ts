import { parisDay } from '../time/paris-day.js';
import { SoldeUsageError } from '../issues/error.js';
import { buildReport, displayValue, issueOf } from '../issues/make-issue.js';
import { localeMessages } from '../issues/locales/registry.js';
import type { Issue, ValidationReport } from '../issues/types.js';
import type { FindingOut } from '../read/finding.js';
import { finding } from '../read/finding.js';
import { readJsonText } from '../read/read-json-text.js';
import { toPlain } from '../read/to-plain.js';
import type { SoldeFile } from '../schema/layout.js';
import type { ElidedMembers } from '../read/shrink-json.js';
import { parseBounded } from './bounded-parse.js';
import { FindingSink } from './finding-sink.js';
import { countElidedKeys, LAYOUT_KEYS } from './elided-keys.js';
import { asArray, asObject } from './lenient.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, type ValidateOptions } from './options.js';
import { fileRules } from './rules/file-rules.js';
import { RAW_NUMBER_KEYS, rawNumberRules, rawNumberWrittenWell } from './rules/raw-number-rules.js';
import { everyRequestRules } from './rules/every-request.js';

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
  const words = localeMessages(options.locale);
  const maxBytes = limitOption('maxBytes', options.maxBytes, DEFAULT_MAX_BYTES);
  const maxDepth = limitOption('maxDepth', options.maxDepth, DEFAULT_MAX_DEPTH);
  let sink = new FindingSink();
  let file: SoldeFile | undefined;
  let requestCount = 0;
  try {
    ({ file, requestCount } = collect(input, maxBytes, maxDepth, depositDate, sink));
  } catch (err) {
    // A getter that throws, a proxy…: the input as a whole cannot be read.
    sink = new FindingSink();
    sink.push(finding('INPUT_UNREADABLE', [], { fault: { kind: 'threw', thrown: displayValue(err instanceof Error ? err.message : err) } }));
  }
  const issues: Issue[] = sink.findings().map((f) => issueOf(f, words));
  return buildReport(issues, requestCount, file);
}

/** A limit option: a whole number of at least 1 (the default when left out), or a usage error. */
function limitOption(name: 'maxBytes' | 'maxDepth', given: unknown, fallback: number): number {
  if (given === undefined) return fallback;
  if (typeof given !== 'number' || !Number.isSafeInteger(given) || given < 1) {
    throw new SoldeUsageError('ARGUMENT_INVALID', `validateSoldeFile: ${name} doit être un nombre entier d’au moins 1 (reçu ${typeof given === 'number' ? String(given) : typeof given})`);
  }
  return given;
}

function collect(
  input: unknown,
  maxBytes: number,
  maxDepth: number,
  depositDate: Date,
  sink: FindingSink,
): { file: SoldeFile | undefined; requestCount: number } {
  let root: unknown;
  let elided: readonly ElidedMembers[] = [];
  // What the reading found that changes what follows (set as findings arrive).
  const seen = { forbidden: false, unreadable: false };
  if (typeof input === 'string') {
    const out: FindingOut = {
      push: (f) => {
        seen.forbidden ||= f.code === 'JSON_FORBIDDEN_KEY';
        seen.unreadable ||= f.code === 'JSON_TOO_DEEP';
        sink.push(f);
      },
    };
    const read = readJsonText(input, { maxBytes, maxDepth, rawKeys: RAW_NUMBER_KEYS, acceptRaw: rawNumberWrittenWell, keepKeys: LAYOUT_KEYS }, out);
    rawNumberRules(read.rawNumbers, sink);
    if (!read.parsed) return { file: undefined, requestCount: 0 };
    // JSON.parse gives fresh plain objects, no deeper than the scan allowed: copied only to drop a forbidden key (already reported).
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the scan already bounded the depth and reported the forbidden keys (a second report of the same code and path is merged)
    root = seen.forbidden ? toPlain(read.value, { maxDepth, rawKeys: new Set(), reportForbidden: false, shareRepeats: true }).value : read.value;
    elided = read.elided;
  } else {
    const out: FindingOut = {
      push: (f) => {
        seen.unreadable ||= f.code === 'JSON_TOO_DEEP' || f.code === 'INPUT_UNREADABLE';
        sink.push(f);
      },
    };
    root = toPlain(input, { maxDepth, rawKeys: new Set(), reportForbidden: true }, out).value;
  }

  const parsed = parseBounded(root, sink, typeof input === 'string');
  // After Zod's own unknown keys, which are kept; those left out are only counted.
  countElidedKeys(elided, root, sink);

  const lines = asArray(asObject(root)?.lignesImport);
  if (lines !== undefined) fileRules(lines, sink);
  const depositDay = parisDay(depositDate);
  if (lines !== undefined) everyRequestRules(lines, depositDay, sink);

  // An amount too large may already differ from the one written: no typed file holds it.
  const structureRead = parsed.structureRead && !seen.unreadable && !sink.has('AMOUNT_TOO_LARGE');
  const file = structureRead ? ((parsed.data ?? root) as SoldeFile) : undefined;
  return { file, requestCount: lines?.length ?? 0 };
}
