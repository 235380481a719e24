import { displayValue } from '../../issues/make-issue.js';
import type { FindingOut } from '../../read/finding.js';
import { finding } from '../../read/finding.js';
import { MAX_LINES } from '../../schema/fields.js';
import { asObject, asString } from '../lenient.js';

/**
 * Rules over the list of requests: its length, the numbering from 1 by 1, and the
 * uniqueness of `numeroEditeur` and `numeroASP` within the file. The findings go to `findings`.
 */
export function fileRules(lines: readonly unknown[], findings: FindingOut, maxLines: number = MAX_LINES): void {
  if (lines.length === 0) findings.push(finding('LINES_EMPTY', ['lignesImport'], {}));
  if (lines.length > maxLines) findings.push(finding('LINES_TOO_MANY', ['lignesImport'], { count: lines.length, limit: maxLines }));
  const firstEditeur = new Map<string, number>();
  const firstAsp = new Map<string, number>();
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is no request
  for (let i = 0; i < lines.length; i++) {
    const line = asObject(lines[i]);
    if (line === undefined) continue;
    const num = line.numLigne;
    if (typeof num === 'number' && Number.isInteger(num) && num !== i + 1) {
      findings.push(finding('LINE_NUMBER_SEQUENCE', ['lignesImport', i, 'numLigne'], { value: displayValue(num), expected: i + 1 }));
    }
    unique(firstEditeur, asString(line.numeroEditeur), i, 'numeroEditeur', findings);
    unique(firstAsp, asString(line.numeroASP), i, 'numeroASP', findings);
  }
}

function unique(seen: Map<string, number>, value: string | undefined, index: number, key: 'numeroEditeur' | 'numeroASP', out: FindingOut): void {
  if (value === undefined) return;
  const first = seen.get(value);
  if (first === undefined) {
    seen.set(value, index);
    return;
  }
  const code = key === 'numeroEditeur' ? 'NUMERO_EDITEUR_DUPLICATE' : 'NUMERO_ASP_DUPLICATE';
  out.push(finding(code, ['lignesImport', index, key], { key, value, other: first + 1 }));
}
