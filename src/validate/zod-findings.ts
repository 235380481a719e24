import type { z } from 'zod/mini';
import type { IssueCode } from '../issues/codes.js';
import { displayValue } from '../issues/make-issue.js';
import type { IssueParams } from '../issues/types.js';
import { formatAmount } from '../checks/amount.js';
import type { Finding } from '../read/finding.js';
import { finding } from '../read/finding.js';
import { FORBIDDEN_KEYS } from '../read/forbidden-keys.js';
import { AMOUNT_KEYS, WIRE_LAYOUT, type LayoutNode } from '../schema/layout.js';
import { hasKeyAt, valueAt } from './lenient.js';

/** Fields whose value is a closed list: a wrong value gets the field's own code. */
const CLOSED_VALUE_CODES: Readonly<Record<string, IssueCode>> = {
  typeAction: 'TYPE_ACTION_INVALID',
  formatFichier: 'PIECE_FORMAT_INVALID',
  typeFichier: 'PIECE_TYPE_INVALID',
};

/**
 * Turns the issues of a Zod parse of the file into findings with our codes: our own field
 * rules carry their code in `params.code`; Zod's type, value and key issues are named after
 * the mistake (a missing key, `"null"` for null, `"true"` for true, `siret` for `SIRET`, …).
 */
export function findingsFromZod(issues: readonly z.core.$ZodIssue[], root: unknown): Finding[] {
  const findings: Finding[] = [];
  const wrongCase = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path as (string | number)[];
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: Zod reports unknown keys only on objects of the layout
    const expected = layoutAt(path)?.keys ?? [];
    for (const key of issue.keys) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      const right = expected.find((k) => k.toLowerCase() === key.toLowerCase() && !hasKeyAt(root, path, k));
      if (right === undefined) findings.push(finding('KEY_UNKNOWN', [...path, key], { key }));
      else {
        findings.push(finding('KEY_WRONG_CASE', [...path, key], { key, expected: right }));
        wrongCase.add(JSON.stringify([...path, right]));
      }
    }
  }
  for (const issue of issues) {
    const path = issue.path as (string | number)[];
    const key = lastKey(path);
    if (issue.code === 'custom') {
      const { code, ...params } = (issue.params ?? {}) as IssueParams & { code: IssueCode };
      findings.push(finding(code, path, params));
    } else if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && isMissing(root, path)) {
      // Zod calls a missing key a wrong type, or a wrong value for a literal or an enum (typeAction, formatFichier…).
      if (!wrongCase.has(JSON.stringify(path))) findings.push(finding('KEY_MISSING', path, { key }));
    } else if (issue.code === 'invalid_type') {
      findings.push(typeFinding(path, key, issue.expected, valueAt(root, path)));
    } else if (issue.code === 'invalid_value') {
      const value = valueAt(root, path);
      const code = value === 'null' ? 'NULL_AS_STRING' : (CLOSED_VALUE_CODES[key] ?? 'TYPE_INVALID');
      findings.push(finding(code, path, { key, value: displayValue(value) }));
    } else if (issue.code !== 'unrecognized_keys') {
      findings.push(finding('TYPE_INVALID', path, { key, value: displayValue(valueAt(root, path)) }));
    }
  }
  return findings;
}

/** Whether the last key of a path is absent from its object. */
function isMissing(root: unknown, path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  return typeof last === 'string' && !hasKeyAt(root, path.slice(0, -1), last);
}

function typeFinding(path: (string | number)[], key: string, expected: string, value: unknown): Finding {
  const shown = displayValue(value);
  if (path.length === 0) return finding('ROOT_NOT_OBJECT', path, { expected: jsonType(value), value: shown });
  if (value === 'null' && (expected === 'null' || expected === 'array' || expected === 'string')) {
    return finding('NULL_AS_STRING', path, { key, value: shown });
  }
  if (expected === 'null') return finding(key === 'impId' ? 'IMPID_NOT_NULL' : 'VALUE_NOT_NULL', path, { key, value: shown });
  if (expected === 'boolean' && typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
    return finding('BOOLEAN_AS_STRING', path, { key, value: shown, expected: value.trim().toLowerCase() });
  }
  if (expected === 'number' && typeof value === 'string') {
    // Stryker disable next-line MethodExpression: Number() ignores the white space that trim() removes
    const n = Number(value.trim().replace(',', '.'));
    if (value.trim() !== '' && Number.isFinite(n)) {
      if (AMOUNT_KEYS.has(key)) return finding('AMOUNT_AS_STRING', path, { key, value: shown, expected: formatAmount(n) ?? String(n) });
      return finding('NUMBER_AS_STRING', path, { key, value: shown, expected: String(n) });
    }
  }
  return finding('TYPE_INVALID', path, { key, value: shown, expected });
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function lastKey(path: readonly (string | number)[]): string {
  // Stryker disable next-line ArithmeticOperator: starting past the end only reads undefined first
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (typeof part === 'string') return part;
  }
  // Stryker disable next-line StringLiteral: every path Zod reports below the root holds a key
  return '';
}

function layoutAt(path: readonly (string | number)[]): LayoutNode | undefined {
  let node: LayoutNode | undefined = WIRE_LAYOUT;
  for (const part of path) {
    if (typeof part === 'string') node = node?.children[part];
  }
  return node;
}
