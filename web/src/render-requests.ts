/**
 * The requests at a glance: one table row per request.
 *
 * @module
 */
import type { ValidationReport } from '../../src/index.js';
import { h } from './dom.js';
import type { PageText } from './i18n.js';
import { requestRows, totalAmount, type RequestRow, type RequestStatus } from './requests.js';

/** Formats euros in the page's language. */
function euros(t: PageText): (amount: number) => string {
  const format = new Intl.NumberFormat(t.numberLocale, { style: 'currency', currency: 'EUR' });
  return (amount) => format.format(amount);
}

function statusLabel(status: RequestStatus, t: PageText): string {
  switch (status) {
    case 'accepted':
      return t.statusAccepted;
    case 'refused':
      return t.statusRefused;
    case 'pieces':
      return t.statusPieces;
    case 'pending':
      return t.statusPending;
  }
}

function list(items: readonly string[], cls: string): HTMLElement {
  return h('ul', { class: `cell-list ${cls}` }, ...items.map((item) => h('li', {}, item)));
}

function statusCell(row: RequestRow, t: PageText): HTMLElement {
  const links: HTMLElement[] = [];
  if (row.errors > 0) links.push(h('a', { href: `#errors-r${row.index}`, class: 'count count--error' }, t.errorCount(row.errors)));
  if (row.warnings > 0) links.push(h('a', { href: `#warnings-r${row.index}`, class: 'count count--warning' }, t.warningCount(row.warnings)));
  return h('td', { class: 'col-status' }, h('span', { class: `status status--${row.status}` }, statusLabel(row.status, t)), ...links);
}

/**
 * The table of the requests of a report's file, or nothing when its structure could not
 * be read.
 *
 * @param report - the report
 * @param t - the page's sentences
 * @returns the section, or `undefined` when there is no request to show
 * @example
 * ```ts
 * const section = renderRequests(report, pageText('fr'));
 * if (section) results.append(section);
 * ```
 */
export function renderRequests(report: ValidationReport, t: PageText): HTMLElement | undefined {
  const rows = requestRows(report);
  if (rows.length === 0) return undefined;
  const money = euros(t);
  const head = h(
    'tr',
    {},
    ...[t.colNumber, t.colEditeur, t.colAsp, t.colFiness, t.colAmount, t.colPieces, t.colStatus].map((label, i) =>
      h('th', { scope: 'col', class: ['col-number', 'col-editeur', 'col-asp', 'col-finess', 'col-amount', 'col-pieces', 'col-status'][i] }, label),
    ),
  );
  const body = rows.map((row) =>
    h(
      'tr',
      { 'data-request': String(row.number), class: `row--${row.status}` },
      h('th', { scope: 'row', class: 'col-number' }, String(row.number)),
      h('td', { class: 'col-editeur mono' }, row.numeroEditeur),
      h('td', { class: 'col-asp mono' }, row.numeroASP),
      h('td', { class: 'col-finess' }, list(row.finess, 'mono')),
      h('td', { class: 'col-amount' }, money(row.amount)),
      h('td', { class: 'col-pieces' }, list(row.pieces, 'mono')),
      statusCell(row, t),
    ),
  );
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'requests-heading' },
    h('h2', { id: 'requests-heading' }, t.requestsHeading),
    h(
      'div',
      { class: 'table-wrap' },
      h('table', { class: 'requests' }, h('caption', {}, t.requestsCaption(rows.length, money(totalAmount(rows)))), h('thead', {}, head), h('tbody', {}, ...body)),
    ),
  );
}
