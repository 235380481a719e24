import { makeIssue } from '../issues/make-issue.js';
import type { Issue } from '../issues/types.js';
import type { PieceJustificative, SoldeFile } from '../schema/layout.js';
import { openInspection, type PieceReading } from './inspection.js';
import { finessShown } from './match-finess.js';
import type { InspectContentOptions } from './options.js';
import { readingIssues } from './reading-issues.js';

/**
 * Gives a piece's bytes, or undefined when there are none to read (a piece missing from the
 * zip, or one the zip checks already refused).
 *
 * @example
 * ```ts
 * const getBytes: PieceBytes = async (piece) => readFile(join('pieces', piece.nomFichier));
 * ```
 */
export type PieceBytes = (piece: PieceJustificative, where: { requestIndex: number; pieceIndex: number }) => Promise<Uint8Array | undefined> | Uint8Array | undefined;

/**
 * Reads every piece of a file against the request it justifies, as
 * {@link inspectPieceContent} does for one, one piece at a time, each piece (by
 * `nomFichier`) read at most once; then, for each request, each beneficiary FINESS that
 * appears in none of its pieces' text (FACTURE and VA together) gives
 * `CONTENT_FINESS_NOT_FOUND` on `['lignesImport', i, 'beneficiaires', k]` — when at least
 * one of them has text (a scan or an image cannot be searched).
 *
 * A warning is a prompt to look at the piece, not a verdict: the ASP's instructor judges.
 *
 * @param file - the typed file (`report.file` of a validation)
 * @param getBytes - gives a piece's bytes; undefined skips it
 * @param options - `locale`, `timeoutMs`, `pdfWorker`, `onProgress({ done, total, name })`
 * @returns the issues, in file order; a piece's on its wire path (`['lignesImport', i, 'piecesJustificatives', j, 'nomFichier']`)
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` on a bad option; whatever `getBytes` or `onProgress` throws
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { join } from 'node:path';
 * import { validateSoldeFile } from 'segur-sgl-solde';
 * import { inspectPieces } from 'segur-sgl-solde/pieces';
 *
 * const { file } = validateSoldeFile(await readFile('demandes.json', 'utf8'), { depositDate: new Date() });
 * if (file) {
 *   const issues = await inspectPieces(file, (piece) => readFile(join('pieces', piece.nomFichier)));
 *   for (const i of issues) console.log(i.path.join('.'), i.code, i.message);
 * }
 * ```
 */
export async function inspectPieces(file: SoldeFile, getBytes: PieceBytes, options: InspectContentOptions = {}): Promise<Issue[]> {
  const inspection = openInspection(options, 'inspectPieces');
  const { locale } = inspection;
  const readings = new Map<string, PieceReading | undefined>();
  const total = new Set(file.lignesImport.flatMap((l) => l.piecesJustificatives.map((p) => p.nomFichier))).size;
  const issues: Issue[] = [];
  try {
    for (const [requestIndex, request] of file.lignesImport.entries()) {
      const texts: string[] = [];
      const searched: string[] = [];
      for (const [pieceIndex, piece] of request.piecesJustificatives.entries()) {
        let reading = readings.get(piece.nomFichier);
        if (!readings.has(piece.nomFichier)) {
          const bytes = await getBytes(piece, { requestIndex, pieceIndex });
          reading = bytes === undefined ? undefined : await inspection.read(bytes, piece.formatFichier);
          readings.set(piece.nomFichier, reading);
          options.onProgress?.({ done: readings.size, total, name: piece.nomFichier });
        }
        if (reading === undefined) continue;
        const path = ['lignesImport', requestIndex, 'piecesJustificatives', pieceIndex, 'nomFichier'];
        issues.push(...readingIssues(reading, piece, request, path, inspection.timeoutMs, locale));
        if (reading.kind === 'text') {
          texts.push(reading.text);
          searched.push(piece.nomFichier);
        }
      }
      if (texts.length === 0) continue;
      for (const [k, finess] of request.beneficiaires.entries()) {
        if (!texts.some((text) => finessShown(text, finess))) {
          issues.push(makeIssue('CONTENT_FINESS_NOT_FOUND', ['lignesImport', requestIndex, 'beneficiaires', k], { value: finess, expected: searched.join(', ') }, locale));
        }
      }
    }
    return issues;
  } finally {
    await inspection.close();
  }
}
