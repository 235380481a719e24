import { formatPath } from '../../issues/error.js';
import type { Issue, Locale, ValidationReport } from '../../issues/types.js';
import { cliText } from '../messages.js';
import { paint, type Terminal } from './terminal.js';

interface Group {
  title: string;
  issues: Issue[];
}

/** The request an issue belongs to (its index in lignesImport), if any. */
function requestIndex(issue: Issue): number | undefined {
  return issue.path[0] === 'lignesImport' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
}

/**
 * Prints a report for people: issues grouped by request (`numLigne`, `numeroEditeur`), each
 * with its path, code and message, errors before warnings, then a one-line verdict.
 *
 * @example
 * ```ts
 * printReport(processTerminal(), validateSoldeFile(text), 'fr');
 * ```
 */
export function printReport(term: Terminal, report: ValidationReport, locale: Locale): void {
  const t = cliText(locale);
  const lines = report.file?.lignesImport;
  const groups = new Map<string, Group>();
  const groupOf = (issue: Issue): Group => {
    const index = requestIndex(issue);
    const key = index !== undefined ? `r${String(index).padStart(6, '0')}` : issue.scope === 'deposit' ? 'z' : 'a';
    let group = groups.get(key);
    if (!group) {
      const editeur = index !== undefined ? (lines?.[index]?.numeroEditeur ?? '') : '';
      const title = index !== undefined ? t.request(index + 1, editeur) : issue.scope === 'deposit' ? t.depositGroup : t.fileGroup;
      group = { title, issues: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (const issue of report.issues) groupOf(issue).issues.push(issue);
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key);
    if (!group) continue;
    term.out(paint(term, 'bold', group.title));
    const ordered = [...group.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const issue of ordered) {
      const mark = issue.severity === 'error' ? paint(term, 'red', '✗') : paint(term, 'yellow', '!');
      term.out(`  ${mark} ${formatPath(issue.path, locale)}  ${paint(term, 'dim', issue.code)}  ${issue.message}`);
    }
    term.out('');
  }
  const errors = report.issues.filter((i) => i.severity === 'error');
  const warnings = report.issues.length - errors.length;
  const total = report.summary.requestCount;
  let verdict: string;
  if (report.summary.fileRefused) verdict = paint(term, 'red', t.refusedWhole(errors.filter((i) => i.scope === 'file').length));
  else if (report.summary.rejectedRequests.length > 0) verdict = paint(term, 'red', t.requestsRefused(report.summary.rejectedRequests.length, total));
  else if (!report.ok) verdict = paint(term, 'red', t.depositRefused);
  else verdict = paint(term, 'green', t.valid(total));
  term.out(`${verdict} ${t.counts(errors.length, warnings)}`);
}
