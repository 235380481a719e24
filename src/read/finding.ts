import type { IssueCode } from '../issues/codes.js';
import type { IssueParams } from '../issues/types.js';

/** An issue before its message is written in a locale. */
export interface Finding {
  code: IssueCode;
  path: (string | number)[];
  params: IssueParams;
}

/** Shorthand to build a finding. */
export function finding(code: IssueCode, path: (string | number)[], params: IssueParams = {}): Finding {
  return { code, path, params };
}

/**
 * Where findings go: an array, or anything with an array's `push` (the validator's capped
 * collector), so that a text with millions of faults never holds millions of findings.
 */
export interface FindingOut {
  push(f: Finding): unknown;
}
