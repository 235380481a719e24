import type { IssueCode } from '../issues/codes.js';
import type { IssueParamsByCode } from '../issues/params.js';

/** An issue before its message is written in a locale: its code and that code's parameters. */
export type Finding = { [C in IssueCode]: { code: C; path: (string | number)[]; params: IssueParamsByCode[C] } }[IssueCode];

/**
 * Shorthand to build a finding, its parameters typed by its code.
 *
 * @example
 * ```ts
 * finding('JSON_DUPLICATE_KEY', ['SIRET'], { key: 'SIRET' });
 * ```
 */
export function finding<C extends IssueCode>(code: C, path: (string | number)[], params: IssueParamsByCode[C]): Finding {
  return { code, path, params } as Finding;
}

/**
 * Where findings go: an array, or anything with an array's `push` (the validator's capped
 * collector), so that a text with millions of faults never holds millions of findings.
 */
export interface FindingOut {
  push(f: Finding): unknown;
}
