import type { Issue } from '../../issues/types.js';
import { formatPath } from '../../issues/error.js';
import { columnOfKey } from './columns.js';
import type { CsvDemande, CsvProblem } from './read-demandes-csv.js';

/**
 * Points an issue of a built file back at the CSV: the line of the request's row and the
 * column its field came from (a piece's issue points at the `facture` or `va` column).
 *
 * @example
 * ```ts
 * locateIssue(issue, csvDemandes); // { line: 3, column: 'dateFacture', message: '…' }
 * ```
 */
export function locateIssue(issue: Issue, rows: readonly CsvDemande[]): CsvProblem {
  const index = issue.demande?.index;
  const row = index === undefined ? undefined : rows[index];
  const keys = issue.path.filter((p): p is string => typeof p === 'string');
  let column = '';
  for (let i = keys.length - 1; i >= 0 && column === ''; i--) column = columnOfKey(keys[i] ?? '') ?? '';
  if (keys.includes('piecesJustificatives')) {
    const pieceIndex = issue.path[issue.path.indexOf('piecesJustificatives') + 1];
    const type = typeof pieceIndex === 'number' ? row?.demande.piecesJustificatives[pieceIndex]?.typeFichier : undefined;
    column = type === 'VA' ? 'va' : 'facture';
  }
  if (column === '') column = formatPath(issue.path);
  return { line: row?.line ?? 0, column, message: `${issue.code} ${issue.message}` };
}

/**
 * All the problems of one run, in the order of the file: those read from the CSV and its
 * pieces first, then the later ones (the validator's, located by {@link locateIssue}) except
 * those on a cell already named — the validator's « JSON number » on an amount the CSV
 * reader has already worded for a spreadsheet, say.
 *
 * @example
 * ```ts
 * mergeProblems(csvProblems, issues.map((i) => locateIssue(i, rows)));
 * ```
 */
export function mergeProblems(first: readonly CsvProblem[], later: readonly CsvProblem[]): CsvProblem[] {
  const named = new Set(first.map((p) => `${String(p.line)}\u0000${p.column}`));
  return [...first, ...later.filter((p) => !named.has(`${String(p.line)}\u0000${p.column}`))].sort((a, b) => a.line - b.line);
}
