import type { Issue } from '../issues/types.js';
import { requestIndex } from './request-index.js';

/**
 * The issues of one part of a deposit: the file's own (its structure, its header), one
 * request's (by its 0-based index in `lignesImport`), or the zip's as a whole. Data only: the
 * words of a title (« Demande n° 3 », "Attachments (zip)") are the caller's.
 */
export type IssueGroup =
  | { kind: 'file'; issues: Issue[] }
  | { kind: 'request'; /** 0-based index in `lignesImport`. */ index: number; issues: Issue[] }
  | { kind: 'deposit'; issues: Issue[] };

/** Where a group sorts: the file first, then the requests by index, the zip last. */
function rank(group: IssueGroup): number {
  if (group.kind === 'file') return -1;
  return group.kind === 'request' ? group.index : Number.POSITIVE_INFINITY;
}

/**
 * Groups issues by the part of the deposit they are about: the file's first, then one group
 * per request in the order of `lignesImport`, the zip's last. An issue is in a request's group
 * when its path names the request ({@link requestIndex}) — a zip issue about one request's
 * piece included —, else in the zip's group when its scope is `'deposit'`, else in the file's.
 * Nothing is dropped or merged: within a group the issues keep the order they were given in
 * (a report's: errors first, each in file order), duplicates included. Empty groups are left
 * out.
 *
 * @param issues - the issues to group, e.g. `report.issues` (or `localizeIssues(report.issues, 'en')`)
 * @returns the non-empty groups, file first, requests by index, zip last
 * @example
 * ```ts
 * groupIssues(validateSoldeFile('[]').issues).map((g) => g.kind); // ['file']
 * ```
 * @example
 * ```ts
 * for (const group of groupIssues(report.issues)) {
 *   const title = group.kind === 'request' ? `Demande n° ${group.index + 1}` : group.kind === 'file' ? 'Fichier' : 'Pièces (zip)';
 *   console.log(title, group.issues.length);
 * }
 * ```
 */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  let file: IssueGroup | undefined;
  let deposit: IssueGroup | undefined;
  const requests = new Map<number, IssueGroup>();
  for (const issue of issues) {
    const index = requestIndex(issue);
    let group: IssueGroup;
    if (index !== undefined) {
      group = requests.get(index) ?? { kind: 'request', index, issues: [] };
      requests.set(index, group);
    } else if (issue.scope === 'deposit') group = deposit ??= { kind: 'deposit', issues: [] };
    else group = file ??= { kind: 'file', issues: [] };
    group.issues.push(issue);
  }
  const groups = [...requests.values()];
  if (file) groups.push(file);
  if (deposit) groups.push(deposit);
  return groups.sort((a, b) => rank(a) - rank(b));
}
