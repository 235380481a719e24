import { formatPath } from '../../issues/error.js';
import type { Issue, Locale, ValidationReport } from '../../issues/types.js';
import { groupIssues, type IssueGroup } from '../../report/group-issues.js';
import { reportVerdict, type ReportVerdict } from '../../report/report-verdict.js';
import { cliText, type CliText } from '../messages.js';
import { paint, type Terminal } from './terminal.js';

/** A group's title: the file, the request (`numLigne`, `numeroEditeur`) or the zip. */
function groupTitle(group: IssueGroup, report: ValidationReport, t: CliText): string {
  if (group.kind === 'request') return t.request(group.index + 1, report.file?.lignesImport[group.index]?.numeroEditeur ?? '');
  return group.kind === 'deposit' ? t.depositGroup : t.fileGroup;
}

/** The verdict's sentence. */
function verdictLine(verdict: ReportVerdict, t: CliText): string {
  switch (verdict.kind) {
    case 'refused-whole':
      return t.refusedWhole(verdict.fileErrors);
    case 'requests-refused':
      return t.requestsRefused(verdict.refusedCount, verdict.requestCount);
    case 'deposit-refused':
      return t.depositRefused;
    case 'valid':
      return t.valid(verdict.requestCount);
  }
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
  const line = (issue: Issue): string => {
    const mark = issue.severity === 'error' ? paint(term, 'red', '✗') : paint(term, 'yellow', '!');
    return `  ${mark} ${formatPath(issue.path, locale)}  ${paint(term, 'dim', issue.code)}  ${issue.message}`;
  };
  for (const group of groupIssues(report.issues)) {
    term.out(paint(term, 'bold', groupTitle(group, report, t)));
    for (const issue of group.issues.filter((i) => i.severity === 'error')) term.out(line(issue));
    for (const issue of group.issues.filter((i) => i.severity !== 'error')) term.out(line(issue));
    term.out('');
  }
  const verdict = reportVerdict(report);
  term.out(`${paint(term, verdict.kind === 'valid' ? 'green' : 'red', verdictLine(verdict, t))} ${t.counts(verdict.errors, verdict.warnings)}`);
}
