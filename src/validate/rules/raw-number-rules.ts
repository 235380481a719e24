import { formatAmount, TWO_DECIMALS_TEXT } from '../../checks/amount.js';
import type { Finding } from '../../read/finding.js';
import { finding } from '../../read/finding.js';
import type { RawNumber } from '../../read/to-plain.js';
import { AMOUNT_KEYS } from '../../schema/layout.js';

/** The keys whose written form is checked on the raw text. */
export const RAW_NUMBER_KEYS: ReadonlySet<string> = new Set([...AMOUNT_KEYS, 'numLigne']);

/**
 * Rules on how numbers are written, which only the raw text shows: amounts with exactly two
 * decimals (`27450.00`, not `27450` nor `27450.0` nor `2.745e4`), `numLigne` without decimals.
 */
export function rawNumberRules(numbers: readonly RawNumber[]): Finding[] {
  const findings: Finding[] = [];
  for (const { path, text } of numbers) {
    const key = String(path[path.length - 1]);
    if (AMOUNT_KEYS.has(key)) {
      // Stryker disable next-line Regex: a minus sign elsewhere follows an exponent, which fails the two-decimal form anyway
      if (!TWO_DECIMALS_TEXT.test(text.replace(/^-/, ''))) {
        findings.push(finding('AMOUNT_DECIMALS', path, { key, value: text, expected: formatAmount(Number(text)) ?? '27450.00' }));
      }
    } else if (!/^-?\d+$/.test(text)) {
      findings.push(finding('LINE_NUMBER_INVALID', path, { key, value: text }));
    }
  }
  return findings;
}
