import type { z } from 'zod/mini';
import { displayValue } from '../issues/make-issue.js';
import { formatAmount } from '../checks/amount.js';
import type { Finding } from '../read/finding.js';
import { finding } from '../read/finding.js';
import { jsonTypeName, jsonTypeOf } from '../read/json-type.js';
import { FORBIDDEN_KEYS } from '../read/forbidden-keys.js';
import { FIELD_ISSUE_CODES, type FieldRuleIssue as RuleIssue } from '../schema/fields.js';
import { AMOUNT_KEYS, WIRE_KINDS, WIRE_LAYOUT, type LayoutNode } from '../schema/layout.js';
import { hasKeyAt, valueAt } from './lenient.js';

/** The kind of a Zod issue raised by a field check, if it is one. */
function ruleIssue(issue: z.core.$ZodIssue): RuleIssue | undefined {
  switch (issue.code) {
    case 'invalid_format':
    case 'too_small':
    case 'too_big':
    case 'custom':
      return issue.code;
    case 'invalid_type':
      return issue.expected === 'int' ? 'not_integer' : undefined;
    default:
      return undefined;
  }
}

/**
 * Whether a Zod issue is a broken field rule (the value has the right type, its content is
 * wrong): with only such issues, the structure of the file was read.
 *
 * @example
 * ```ts
 * const structureRead = SoldeFileSchema.safeParse(value).error?.issues.every(isFieldRuleIssue) ?? true;
 * ```
 */
export function isFieldRuleIssue(issue: z.core.$ZodIssue): boolean {
  return ruleIssue(issue) !== undefined;
}

/**
 * Turns the issues of a Zod parse of the file into findings with our codes: the field
 * checks' issues through {@link FIELD_ISSUE_CODES}; Zod's type, value and key issues named
 * after the mistake (a missing key, `"null"` for null, `"true"` for true, `siret` for `SIRET`, …).
 *
 * @example
 * ```ts
 * const parsed = SoldeFileSchema.safeParse(value);
 * const findings = parsed.success ? [] : findingsFromZod(parsed.error.issues, value);
 * ```
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
    const rule = ruleIssue(issue);
    const code = rule === undefined ? undefined : FIELD_ISSUE_CODES[key]?.[rule];
    if (code !== undefined) {
      const value = valueAt(root, path);
      // The text "null" where null is allowed is the request rules' to name (NULL_AS_STRING, MSS_ADDRESS_MISSING).
      if (value === 'null' && WIRE_KINDS[key]?.includes('null') === true) continue;
      const count = issue.code === 'too_big' && typeof value === 'string' ? { count: value.length } : {};
      findings.push(finding(code, path, { key, value: displayValue(value), ...count }));
    } else if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && isMissing(root, path)) {
      // Zod calls a missing key a wrong type, or a wrong value for a literal or an enum (typeAction, formatFichier…).
      if (!wrongCase.has(JSON.stringify(path))) findings.push(finding('KEY_MISSING', path, { key }));
    } else if (issue.code === 'invalid_type') {
      findings.push(typeFinding(path, key, issue.expected, valueAt(root, path)));
    } else if (issue.code === 'invalid_value') {
      const value = valueAt(root, path);
      const code = value === 'null' ? 'NULL_AS_STRING' : (FIELD_ISSUE_CODES[key]?.invalid_value ?? 'TYPE_INVALID');
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
  if (path.length === 0) return finding('ROOT_NOT_OBJECT', path, { found: jsonTypeOf(value), value: shown });
  if (value === 'null' && (expected === 'null' || expected === 'array' || expected === 'string')) {
    return finding('NULL_AS_STRING', path, { key, value: shown });
  }
  if (expected === 'null') return finding(key === 'impId' ? 'IMPID_NOT_NULL' : 'VALUE_NOT_NULL', path, { key, value: shown });
  if (expected === 'boolean' && typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
    return finding('BOOLEAN_AS_STRING', path, { key, value: shown, expected: value.trim().toLowerCase() === 'true' ? 'true' : 'false' });
  }
  if (expected === 'number' && typeof value === 'string') {
    // Stryker disable next-line MethodExpression: Number() ignores the white space that trim() removes
    const n = Number(value.trim().replace(',', '.'));
    if (value.trim() !== '' && Number.isFinite(n)) {
      if (AMOUNT_KEYS.has(key)) return finding('AMOUNT_AS_STRING', path, { key, value: shown, expected: formatAmount(n) ?? String(n) });
      return finding('NUMBER_AS_STRING', path, { key, value: shown, expected: String(n) });
    }
  }
  const type = jsonTypeName(expected);
  return finding('TYPE_INVALID', path, type === undefined ? { key, value: shown } : { key, value: shown, expected: type });
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
