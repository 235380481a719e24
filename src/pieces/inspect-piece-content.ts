import type { Issue } from '../issues/types.js';
import { openInspection } from './inspection.js';
import type { InspectContentOptions } from './options.js';
import { readingIssues, type JustifiedRequest } from './reading-issues.js';

/** One piece to inspect: its bytes and how the JSON declares it. */
export interface PieceToInspect {
  /** The piece's bytes (not modified). */
  bytes: Uint8Array;
  nomFichier: string;
  /** `'PDF'`, `'PNG'`, `'JPG'` or `'XML'`. */
  formatFichier: string;
  /** `'FACTURE'` or `'VA'`. */
  typeFichier: string;
}

/** Options of {@link inspectPieceContent}: the inspection's, and where the piece is in the file. */
export interface InspectPieceContentOptions extends InspectContentOptions {
  /** 0-based index of the request in `lignesImport` (default 0), for the issue's path. */
  requestIndex?: number;
  /** 0-based index of the piece in its `piecesJustificatives` (default 0), for the issue's path. */
  pieceIndex?: number;
}

/**
 * Reads one piece as the ASP's instructor will, against the request it justifies: a PDF
 * that does not open (`CONTENT_PDF_UNREADABLE`) or asks for a password
 * (`CONTENT_PDF_ENCRYPTED`), a PDF without text (`CONTENT_PDF_NO_TEXT`), an image that does
 * not decode (`CONTENT_IMAGE_UNREADABLE`), an XML not well-formed (`CONTENT_XML_MALFORMED`),
 * a piece that took too long (`CONTENT_TIMEOUT`); and, for a FACTURE with text (PDF or
 * XML), its text not showing the request's `montantSegurHTFacture`
 * (`CONTENT_AMOUNT_NOT_FOUND`) or `dateFacture` (`CONTENT_DATE_NOT_FOUND`). The
 * beneficiaries' FINESS are looked for across a request's pieces by {@link inspectPieces}.
 *
 * A warning is a prompt to look at the piece, not a verdict: the ASP's instructor judges.
 *
 * @param piece - the bytes, `nomFichier`, `formatFichier` and `typeFichier`
 * @param request - the request it justifies: a `lignesImport` element (its `facture` and `beneficiaires`)
 * @param options - `locale`, `timeoutMs`, `pdfWorker`, `requestIndex`, `pieceIndex`
 * @returns the issues, each on `['lignesImport', requestIndex, 'piecesJustificatives', pieceIndex, 'nomFichier']`
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` on a bad option
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { inspectPieceContent } from 'segur-sgl-solde/pieces';
 *
 * const issues = await inspectPieceContent(
 *   { bytes: await readFile('BIO-SGL-Va1-FACTURE-00001.pdf'), nomFichier: 'BIO-SGL-Va1-FACTURE-00001.pdf', formatFichier: 'PDF', typeFichier: 'FACTURE' },
 *   { facture: { dateFacture: '15/03/2024', montantSegurHTFacture: 27450 }, beneficiaires: ['750000010'] },
 *   { locale: 'en' },
 * );
 * for (const i of issues) console.log(i.code, i.message);
 * ```
 */
export async function inspectPieceContent(piece: PieceToInspect, request: JustifiedRequest, options: InspectPieceContentOptions = {}): Promise<Issue[]> {
  const inspection = openInspection(options, 'inspectPieceContent');
  try {
    const reading = await inspection.read(piece.bytes, piece.formatFichier);
    const path = ['lignesImport', options.requestIndex ?? 0, 'piecesJustificatives', options.pieceIndex ?? 0, 'nomFichier'];
    const issues = readingIssues(reading, piece, request, path, inspection.timeoutMs, inspection.locale);
    options.onProgress?.({ done: 1, total: 1, name: piece.nomFichier });
    return issues;
  } finally {
    await inspection.close();
  }
}
