/**
 * Is a zip entry's name a plain file name at the root? Names that could land outside the
 * folder the zip is extracted to are unsafe; names with a folder part are in a folder.
 *
 * @module
 */
import { makeIssue } from '../issues/make-issue.js';
import type { UnsafePathReason } from '../issues/params.js';
import type { Issue, Locale } from '../issues/types.js';

/** Why a name is unsafe. */
export type UnsafeReason = UnsafePathReason;

/** What is wrong with an entry's name, if anything. */
export type EntryNameProblem = { code: 'ZIP_ENTRY_UNSAFE_PATH'; reason: UnsafeReason } | { code: 'ZIP_ENTRY_IN_FOLDER' };

/**
 * The problem of an entry name, or undefined when it is a plain name at the root.
 * Unsafe first (empty, control character, backslash, absolute or drive path, a `..`
 * segment), then in a folder (a `/` anywhere, a trailing `/`, or a directory entry).
 *
 * @param name - the entry's name as decoded
 * @param isDirectory - the entry is a directory by its attributes
 * @example
 * ```ts
 * entryNameProblem('../etc/passwd'); // { code: 'ZIP_ENTRY_UNSAFE_PATH', reason: 'dot-segment' }
 * entryNameProblem('pieces/a.pdf'); // { code: 'ZIP_ENTRY_IN_FOLDER' }
 * entryNameProblem('BIO-SGL-Va1-VA-00001.pdf'); // undefined
 * ```
 */
export function entryNameProblem(name: string, isDirectory = false): EntryNameProblem | undefined {
  const reason = unsafeReason(name);
  if (reason) return { code: 'ZIP_ENTRY_UNSAFE_PATH', reason };
  if (isDirectory || name.includes('/')) return { code: 'ZIP_ENTRY_IN_FOLDER' };
  return undefined;
}

function unsafeReason(name: string): UnsafeReason | undefined {
  if (name === '') return 'empty';
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute';
  if (name.split('/').includes('..')) return 'dot-segment';
  return undefined;
}

/**
 * The issue of a name problem, on the entry or the declared piece at `path`.
 *
 * @example
 * ```ts
 * nameProblemIssue({ code: 'ZIP_ENTRY_IN_FOLDER' }, ['zip', 'a/b.pdf'], 'a/b.pdf', 'en').code; // 'ZIP_ENTRY_IN_FOLDER'
 * ```
 */
export function nameProblemIssue(problem: EntryNameProblem, path: (string | number)[], name: string, locale: Locale): Issue {
  return problem.code === 'ZIP_ENTRY_UNSAFE_PATH'
    ? makeIssue(problem.code, path, { value: name, reason: problem.reason }, locale)
    : makeIssue(problem.code, path, { value: name }, locale);
}
