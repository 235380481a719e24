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
