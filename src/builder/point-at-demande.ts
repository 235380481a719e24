import type { Issue } from '../issues/types.js';

/**
 * What the builder knows of each demand it was given, to point issues back at it.
 *
 * @example
 * ```ts
 * const ref: DemandeRef = { index: 0, numeroEditeur: '00001' };
 * ```
 */
export interface DemandeRef {
  /** 0-based index among the demands the caller gave. */
  readonly index: number;
  /** The `numeroEditeur` as given, when it is a string. */
  readonly numeroEditeur: string | undefined;
}

/**
 * Adds `demande: { index, numeroEditeur }` to every issue located under `lignesImport[i]`,
 * so that it points at the caller's own demand, and orders the issues by demand (file-level
 * issues first), keeping their order within a demand.
 *
 * @param issues - issues with wire paths
 * @param refs - the demand behind each line, by line index
 * @returns new issue objects, ordered
 * @example
 * ```ts
 * pointAtDemande(report.issues, [{ index: 0, numeroEditeur: '00001' }]);
 * ```
 */
export function pointAtDemande(issues: readonly Issue[], refs: readonly DemandeRef[]): Issue[] {
  const located = issues.map((issue, order) => {
    const line = lineIndexOf(issue);
    const ref = refs[line];
    if (ref === undefined) return { issue: { ...issue }, line: -1, order };
    const demande = ref.numeroEditeur === undefined ? { index: ref.index } : { index: ref.index, numeroEditeur: ref.numeroEditeur };
    return { issue: { ...issue, demande }, line, order };
  });
  located.sort((a, b) => a.line - b.line || a.order - b.order);
  return located.map((l) => l.issue);
}

/** The line an issue is under, or -1 (a file-level issue). */
function lineIndexOf(issue: Issue): number {
  const [head, index] = issue.path;
  return head === 'lignesImport' && typeof index === 'number' ? index : -1;
}
