import type { z } from 'zod';
import type { IssueCode } from '../issues/codes.js';
import { displayValue, issueMessage } from '../issues/make-issue.js';
import type { IssueParams } from '../issues/types.js';

/**
 * A field rule for `.superRefine`: when `check` returns a code, a Zod `custom` issue is added
 * whose `params.code` is that code (so that the validator can report it as such) and whose
 * message is the French one.
 */
export function rule<T>(key: string, check: (value: T) => IssueCode | undefined, extra?: (value: T) => IssueParams) {
  return (value: T, ctx: z.RefinementCtx): void => {
    const code = check(value);
    if (code === undefined) return;
    const params: IssueParams = { key, value: displayValue(value), ...extra?.(value) };
    ctx.addIssue({ code: 'custom', message: issueMessage(code, params), params: { code, ...params } });
  };
}
