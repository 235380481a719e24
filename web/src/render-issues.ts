/**
 * The issues, errors and warnings apart, each grouped by request as the command line
 * prints them; each issue with its code, its wire path and its message.
 *
 * @module
 */
import { formatPath, groupIssues, type Issue, type IssueGroup, type Severity, type ValidationReport } from '../../src/index.js';
import { h } from './dom.js';
import type { PageText } from './i18n.js';

/** A group of the report and its title in the page's language. */
interface TitledGroup {
  group: IssueGroup;
  title: string;
}

function groupTitle(group: IssueGroup, report: ValidationReport, t: PageText): string {
  if (group.kind === 'request') return t.request(group.index + 1, report.file?.lignesImport[group.index]?.numeroEditeur ?? '');
  return group.kind === 'deposit' ? t.depositGroup : t.fileGroup;
}

/** The anchor of a group, for the links of the requests table: `errors-r0`, `warnings-file`, … */
function groupId(severity: Severity, group: IssueGroup): string {
  const part = group.kind === 'request' ? `r${group.index}` : group.kind;
  return `${severity === 'error' ? 'errors' : 'warnings'}-${part}`;
}

/** The piece a content issue is about (its `nomFichier`), named apart from the message. */
function pieceOf(issue: Issue): string | undefined {
  if (!issue.code.startsWith('CONTENT_') || !issue.path.includes('piecesJustificatives')) return undefined;
  return 'value' in issue.params ? issue.params.value : undefined;
}

function issueItem(issue: Issue, t: PageText): HTMLElement {
  const path = formatPath(issue.path, t.locale);
  const piece = pieceOf(issue);
  return h(
    'li',
    { class: `issue issue--${issue.severity}`, 'data-code': issue.code, 'data-path': path },
    h(
      'div',
      { class: 'issue-head' },
      h('span', { class: 'sr-only' }, `${issue.severity === 'error' ? t.errorMark : t.warningMark} — `),
      h('code', { class: 'issue-code' }, issue.code),
      h('code', { class: 'issue-path' }, path),
      ...(piece === undefined ? [] : [h('span', { class: 'issue-piece', 'data-piece': piece }, `${t.pieceLabel} `, h('code', {}, piece))]),
    ),
    h('p', { class: 'issue-message' }, issue.message),
  );
}

function section(severity: Severity, groups: readonly TitledGroup[], t: PageText): HTMLElement {
  const title = severity === 'error' ? t.errorsHeading : t.warningsHeading;
  const headingId = `${severity}s-heading`;
  const withIssues = groups.flatMap((g) => {
    const issues = g.group.issues.filter((i) => i.severity === severity);
    return issues.length === 0 ? [] : [{ ...g, issues }];
  });
  const total = withIssues.reduce((n, g) => n + g.issues.length, 0);
  const content =
    withIssues.length === 0
      ? [h('p', { class: 'empty' }, severity === 'error' ? t.noErrors : t.noWarnings)]
      : withIssues.map(({ group, title: groupName, issues }) =>
          h(
            'article',
            { class: 'group', id: groupId(severity, group), 'aria-labelledby': `${groupId(severity, group)}-title` },
            h('h3', { id: `${groupId(severity, group)}-title` }, groupName),
            h('ul', { class: 'issues' }, ...issues.map((i) => issueItem(i, t))),
          ),
        );
  return h(
    'section',
    { class: `card issues-section issues-section--${severity}`, 'aria-labelledby': headingId, 'data-section': `${severity}s` },
    h('h2', { id: headingId }, title, ' ', h('span', { class: total === 0 ? 'badge badge--zero' : 'badge' }, String(total))),
    ...content,
  );
}

/**
 * The errors section and the warnings section of a report.
 *
 * @param report - the report, its issues already in the page's language
 * @param t - the page's sentences
 * @returns the two sections, errors first
 * @example
 * ```ts
 * results.append(...renderIssues(report, pageText('en')));
 * ```
 */
export function renderIssues(report: ValidationReport, t: PageText): HTMLElement[] {
  const groups = groupIssues(report.issues).map((group): TitledGroup => ({ group, title: groupTitle(group, report, t) }));
  return [section('error', groups, t), section('warning', groups, t)];
}
