/**
 * The issues of what a piece says, against the request it justifies.
 *
 * @module
 */
import { makeIssue } from '../issues/make-issue.js';
import type { IssueParamsByCode } from '../issues/params.js';
import type { Issue, Locale } from '../issues/types.js';
import type { LigneImport } from '../schema/layout.js';
import type { PieceReading } from './inspection.js';
import { amountShown } from './match-amount.js';
import { dateShown } from './match-date.js';

/** The part of a request its pieces are read against. */
export type JustifiedRequest = Pick<LigneImport, 'facture' | 'beneficiaires'>;

/**
 * The issues of a piece on its own: cannot be opened, no text, out of time; and, for a
 * FACTURE with text, its amount and date.
 *
 * @param path - the piece's wire path (`['lignesImport', i, 'piecesJustificatives', j, 'nomFichier']`)
 * @example
 * ```ts
 * readingIssues({ kind: 'pdf-encrypted' }, piece, ligne, [...path], 15_000, 'fr')[0]?.code; // 'CONTENT_PDF_ENCRYPTED'
 * ```
 */
export function readingIssues(
  reading: PieceReading,
  piece: { nomFichier: string; typeFichier: string },
  request: JustifiedRequest,
  path: (string | number)[],
  timeoutMs: number,
  locale: Locale,
): Issue[] {
  const value = piece.nomFichier;
  switch (reading.kind) {
    case 'pdf-unreadable':
      return [makeIssue('CONTENT_PDF_UNREADABLE', path, { value, engineText: reading.detail }, locale)];
    case 'pdf-encrypted':
      return [makeIssue('CONTENT_PDF_ENCRYPTED', path, { value }, locale)];
    case 'pdf-no-text':
      return [makeIssue('CONTENT_PDF_NO_TEXT', path, { value, count: reading.pages }, locale)];
    case 'image-unreadable':
      return [makeIssue('CONTENT_IMAGE_UNREADABLE', path, { value, engineText: reading.detail }, locale)];
    case 'xml-malformed':
      return [makeIssue('CONTENT_XML_MALFORMED', path, xmlParams(value, reading), locale)];
    case 'timeout':
      return [makeIssue('CONTENT_TIMEOUT', path, { value, resource: 'time', limit: timeoutMs }, locale)];
    case 'too-heavy':
      return [makeIssue('CONTENT_TIMEOUT', path, { value, resource: 'memory', limit: reading.limitMb }, locale)];
    case 'text':
      return piece.typeFichier === 'FACTURE' ? factureIssues(reading.text, value, request, path, locale) : [];
    default:
      return [];
  }
}

/** The parameters of a malformed XML: where, or the encoding its bytes are not in; the engine's words apart. */
function xmlParams(value: string, reading: Extract<PieceReading, { kind: 'xml-malformed' }>): IssueParamsByCode['CONTENT_XML_MALFORMED'] {
  const params: IssueParamsByCode['CONTENT_XML_MALFORMED'] = { value, engineText: reading.detail };
  if (reading.encoding !== undefined) params.encoding = reading.encoding;
  if (reading.line !== undefined) params.line = reading.line;
  if (reading.column !== undefined) params.column = reading.column;
  return params;
}

function factureIssues(text: string, value: string, request: JustifiedRequest, path: (string | number)[], locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const { montantSegurHTFacture: amount, dateFacture } = request.facture;
  if (Number.isFinite(amount) && amount > 0 && !amountShown(text, amount)) {
    issues.push(makeIssue('CONTENT_AMOUNT_NOT_FOUND', path, { value, expected: amount.toFixed(2) }, locale));
  }
  if (/^\d{2}\/\d{2}\/\d{4}$/.test(dateFacture) && !dateShown(text, dateFacture)) {
    issues.push(makeIssue('CONTENT_DATE_NOT_FOUND', path, { value, expected: dateFacture }, locale));
  }
  return issues;
}
