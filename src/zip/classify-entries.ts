/**
 * Sorts a zip's entries by their names, from the central directory alone: which entry holds
 * which named piece, and what is wrong with the others — an unsafe path, a folder, a
 * duplicate, a name differing from another only by case (or Unicode normalisation), a file
 * no request names — each with its own code, one per entry (the most specific), and which
 * named pieces are missing.
 *
 * @module
 */
import { makeIssue } from '../issues/make-issue.js';
import type { Issue, Locale } from '../issues/types.js';
import type { CentralEntry } from './central-directory.js';
import type { DeclaredPiece } from './deposit.js';
import { entryNameProblem, nameProblemIssue } from './entry-name.js';

/** Which entry holds each named piece, and the issues of the names. */
export interface EntryClassification {
  /** The entry holding each named piece, by the piece's name. */
  matched: Map<string, { entry: CentralEntry; piece: DeclaredPiece }>;
  issues: Issue[];
}

/**
 * The key under which names clash on a case-insensitive file system.
 *
 * @example
 * ```ts
 * foldName('BIO.PDF') === foldName('bio.pdf'); // true
 * ```
 */
export function foldName(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * Classifies the entries of a zip against the pieces the JSON names.
 *
 * @param entries - the central directory's entries, in order
 * @param declared - the pieces named by the JSON, or undefined when it could not be read
 * (then only the names' own faults are reported)
 * @example
 * ```ts
 * const { matched, issues } = classifyEntries(cd.entries, deposit.pieces, 'fr');
 * ```
 */
export function classifyEntries(entries: readonly CentralEntry[], declared: readonly DeclaredPiece[] | undefined, locale: Locale): EntryClassification {
  const issues: Issue[] = [];
  const at = (entry: CentralEntry): (string | number)[] => ['zip', entry.name];
  const pieces = new Map((declared ?? []).map((p) => [p.name, p]));
  const firsts = new Map<string, CentralEntry>();
  for (const entry of entries) {
    const problem = entryNameProblem(entry.name, entry.isDirectory) ?? (entry.isSymlink ? { code: 'ZIP_ENTRY_UNSAFE_PATH' as const, reason: 'symlink' as const } : undefined);
    if (problem) {
      issues.push(nameProblemIssue(problem, at(entry), entry.name, locale));
    } else if (firsts.has(entry.name)) {
      issues.push(makeIssue('ZIP_ENTRY_DUPLICATE', at(entry), { value: entry.name }, locale));
    } else {
      firsts.set(entry.name, entry);
    }
  }
  // Among names that fold together, the named piece (or else the first) stands; the others clash.
  const primary = new Map<string, CentralEntry>();
  for (const entry of firsts.values()) {
    const key = foldName(entry.name);
    const held = primary.get(key);
    if (!held || (!pieces.has(held.name) && pieces.has(entry.name))) primary.set(key, entry);
  }
  const matched: EntryClassification['matched'] = new Map();
  for (const entry of firsts.values()) {
    const piece = pieces.get(entry.name);
    if (piece) matched.set(entry.name, { entry, piece });
    const standing = primary.get(foldName(entry.name)) ?? entry;
    if (standing !== entry) {
      issues.push(makeIssue('ZIP_ENTRY_CASE_CLASH', at(entry), { value: entry.name, expected: standing.name }, locale));
    } else if (!piece && declared) {
      issues.push(makeIssue('ZIP_PIECE_NOT_NAMED', at(entry), { value: entry.name }, locale));
    }
  }
  for (const piece of declared ?? []) {
    if (!matched.has(piece.name)) issues.push(makeIssue('ZIP_PIECE_MISSING', piece.path, { value: piece.name }, locale));
  }
  return { matched, issues };
}
