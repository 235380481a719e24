import type { z } from 'zod/mini';
import type { IssueCode } from '../issues/codes.js';
import { displayValue, issueMessage } from '../issues/make-issue.js';
import type { IssueParams } from '../issues/types.js';

/**
 * A field rule for `z.superRefine` (zod/mini): when `check` returns a code, a Zod `custom`
 * issue is added whose `params.code` is that code (so that the validator can report it as
 * such) and whose message is the French one.
 *
 * @example
 * ```ts
 * const schema = z.string().check(z.superRefine(rule('numeroEditeur', (v: string) => (v.length === 5 ? undefined : 'NUMERO_EDITEUR_FORMAT'))));
 * ```
 */
export function rule<T>(key: string, check: (value: T) => IssueCode | undefined, extra?: (value: T) => IssueParams) {
  return (value: T, ctx: z.core.$RefinementCtx<T>): void => {
    const code = check(value);
    if (code === undefined) return;
    const params: IssueParams = { key, value: displayValue(value), ...extra?.(value) };
    ctx.addIssue({ code: 'custom', message: issueMessage(code, params), params: { code, ...params } });
  };
}
