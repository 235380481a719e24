/**
 * Reading an issue's parameters in a test, whatever its code: `Issue['params']` is a union on
 * the code, and a test that has just filtered on the code reads a field by name.
 */
export function param(issue: { params: object } | undefined, name: string): unknown {
  return issue === undefined ? undefined : (issue.params as Record<string, unknown>)[name];
}

import { LOCALES, type Locale } from '../../src/index.js';
import type { UnsafePathReason, ZipFault } from '../../src/issues/params.js';

/**
 * The words of a zip issue's fault (its `fault`, or its unsafe `reason`) in a locale, French
 * by default: what the message shows in its parentheses.
 */
export function faultWords(issue: { params: object } | undefined, locale: Locale = 'fr'): string | undefined {
  const fault = param(issue, 'fault') as ZipFault | undefined;
  if (fault !== undefined) return LOCALES[locale].zipFault(fault);
  const reason = param(issue, 'reason') as UnsafePathReason | undefined;
  return reason === undefined ? undefined : LOCALES[locale].unsafePath(reason);
}
