import { formatAmount } from '../../checks/amount.js';
import type { FindingOut } from '../../read/finding.js';
import { finding } from '../../read/finding.js';
import type { RawNumber } from '../../read/to-plain.js';
import { AMOUNT_KEYS } from '../../schema/layout.js';

/** The keys whose written form is checked on the raw text. */
export const RAW_NUMBER_KEYS: ReadonlySet<string> = new Set([...AMOUNT_KEYS, 'numLigne']);

/**
 * Whether a number of {@link RAW_NUMBER_KEYS} is written as the format wants: an amount with
 * exactly two decimals, `numLigne` without any.
 *
 * @example
 * ```ts
 * rawNumberWrittenWell('montantSegurHTFacture', '27450.00'); // true
 * rawNumberWrittenWell('numLigne', '1.0'); // false
 * ```
 */
export function rawNumberWrittenWell(key: string, written: string): boolean {
  // Read by hand rather than by a regular expression: the validator asks this for every amount and line number.
  const start = written.charCodeAt(0) === 0x2d /* - */ ? 1 : 0;
  if (!AMOUNT_KEYS.has(key)) return allDigits(written, start, written.length);
  const dot = written.length - 3;
  return written.charCodeAt(dot) === 0x2e /* . */ && allDigits(written, start, dot) && allDigits(written, dot + 1, written.length);
}

/** Whether the characters from `start` to `end` are ASCII digits, and there is at least one. */
function allDigits(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Rules on how numbers are written, which only the raw text shows: amounts with exactly two
 * decimals (`27450.00`, not `27450` nor `27450.0` nor `2.745e4`), `numLigne` without decimals.
 * The findings go to `findings`.
 */
export function rawNumberRules(numbers: readonly RawNumber[], findings: FindingOut): void {
  for (const { path, text } of numbers) {
    const key = String(path[path.length - 1]);
    if (rawNumberWrittenWell(key, text)) continue;
    if (AMOUNT_KEYS.has(key)) findings.push(finding('AMOUNT_DECIMALS', path, { key, value: text, expected: formatAmount(Number(text)) ?? '27450.00' }));
    else findings.push(finding('LINE_NUMBER_INVALID', path, { key, value: text }));
  }
}
