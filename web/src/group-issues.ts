/**
 * Groups a report's issues as the command line prints them (`src/cli/output/print-report.ts`):
 * the file's own issues first, then one group per request (`numLigne`, `numeroEditeur`),
 * then the zip's; errors and warnings kept apart. Pure: no DOM.
 *
 * @module
 */
import type { Issue, ValidationReport } from '../../src/index.js';

/** Which part of the deposit a group is about. */
export type GroupKind = 'file' | 'request' | 'deposit';

/** The issues of one part of the deposit. */
export interface IssueGroup {
  /** Sort key, as in the command line: `a` the file, `r000000`… the requests, `z` the zip. */
  key: string;
  kind: GroupKind;
  /** 0-based index in `lignesImport` (requests only). */
  index?: number;
  /** 1-based request number (requests only). */
  number?: number;
  /** The request's `numeroEditeur`, when the file could be read (requests only). */
  numeroEditeur?: string;
  errors: Issue[];
  warnings: Issue[];
}

/**
 * The request an issue belongs to: its index in `lignesImport`, read from the wire path.
 *
 * @param issue - any issue
 * @returns the 0-based index, or `undefined` when the issue is not about one request
 * @example
 * ```ts
 * requestIndex({ ...issue, path: ['lignesImport', 2, 'facture'] }); // 2
 * ```
 */
export function requestIndex(issue: Issue): number | undefined {
  return issue.path[0] === 'lignesImport' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
}

/**
 * Groups issues by the part of the deposit they are about, in the command line's order.
 *
 * @param report - a report of `validateSoldeFile` or `checkPiecesZip`
 * @param issues - the issues to group (default the report's; pass them re-localised)
 * @returns the non-empty groups, file first, requests by number, zip last
 * @example
 * ```ts
 * for (const group of groupIssues(report)) console.log(group.key, group.errors.length, group.warnings.length);
 * ```
 */
export function groupIssues(report: ValidationReport, issues: readonly Issue[] = report.issues): IssueGroup[] {
  const lines = report.file?.lignesImport;
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const index = requestIndex(issue);
    const kind: GroupKind = index !== undefined ? 'request' : issue.scope === 'deposit' ? 'deposit' : 'file';
    const key = index !== undefined ? `r${String(index).padStart(6, '0')}` : kind === 'deposit' ? 'z' : 'a';
    let group = groups.get(key);
    if (!group) {
      group = { key, kind, errors: [], warnings: [] };
      if (index !== undefined) {
        group.index = index;
        group.number = index + 1;
        const editeur = lines?.[index]?.numeroEditeur;
        if (editeur !== undefined) group.numeroEditeur = editeur;
      }
      groups.set(key, group);
    }
    (issue.severity === 'error' ? group.errors : group.warnings).push(issue);
  }
  return [...groups.keys()].sort().flatMap((key) => groups.get(key) ?? []);
}
