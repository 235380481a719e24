/**
 * The issues, errors and warnings apart, each grouped by request as the command line
 * prints them; each issue with its code, its wire path and its message.
 *
 * @module
 */
import { formatPath, type Issue } from '../../src/index.js';
import { h } from './dom.js';
import { groupIssues, type IssueGroup } from './group-issues.js';
import type { PageText } from './i18n.js';

type Severity = 'error' | 'warning';

function groupTitle(group: IssueGroup, t: PageText): string {
  if (group.kind === 'request') return t.request(group.number ?? 0, group.numeroEditeur ?? '');
  return group.kind === 'deposit' ? t.depositGroup : t.fileGroup;
}

/** The anchor of a group, for the links of the requests table: `errors-r0`, `warnings-file`, … */
function groupId(severity: Severity, group: IssueGroup): string {
  const part = group.kind === 'request' ? `r${group.index ?? 0}` : group.kind;
  return `${severity === 'error' ? 'errors' : 'warnings'}-${part}`;
}

/** The piece a content issue is about (its `nomFichier`), named apart from the message. */
function pieceOf(issue: Issue): string | undefined {
  return issue.code.startsWith('CONTENT_') && issue.path.includes('piecesJustificatives') ? issue.params?.value : undefined;
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

function section(severity: Severity, groups: readonly IssueGroup[], t: PageText): HTMLElement {
  const title = severity === 'error' ? t.errorsHeading : t.warningsHeading;
  const headingId = `${severity}s-heading`;
  const withIssues = groups.filter((g) => (severity === 'error' ? g.errors : g.warnings).length > 0);
  const total = withIssues.reduce((n, g) => n + (severity === 'error' ? g.errors : g.warnings).length, 0);
  const content =
    withIssues.length === 0
      ? [h('p', { class: 'empty' }, severity === 'error' ? t.noErrors : t.noWarnings)]
      : withIssues.map((g) =>
          h(
            'article',
            { class: 'group', id: groupId(severity, g), 'aria-labelledby': `${groupId(severity, g)}-title` },
            h('h3', { id: `${groupId(severity, g)}-title` }, groupTitle(g, t)),
            h('ul', { class: 'issues' }, ...(severity === 'error' ? g.errors : g.warnings).map((i) => issueItem(i, t))),
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
export function renderIssues(report: Parameters<typeof groupIssues>[0], t: PageText): HTMLElement[] {
  const groups = groupIssues(report);
  return [section('error', groups, t), section('warning', groups, t)];
}
