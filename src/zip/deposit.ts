/**
 * The JSON side of a deposit: its validation report and the pieces it names, each with
 * the wire path of its `nomFichier`, so that a zip issue names the piece and its request.
 *
 * @module
 */
import type { ValidationReport } from '../issues/types.js';
import type { SoldeFile } from '../schema/layout.js';
import { validateSoldeFile } from '../validate/validate-file.js';
import type { ValidateOptions } from '../validate/options.js';

/** A piece named by the JSON. */
export interface DeclaredPiece {
  /** `nomFichier`: the entry's name in the zip. */
  name: string;
  /** `formatFichier`. */
  format: string;
  /** `['lignesImport', i, 'piecesJustificatives', j, 'nomFichier']`. */
  path: (string | number)[];
}

/** The JSON's report and, when its structure could be read, the pieces it names. */
export interface Deposit {
  report: ValidationReport;
  /** Every piece named, in JSON order; a name given twice is listed once (its first place). */
  pieces: DeclaredPiece[] | undefined;
}

/**
 * The pieces a file names, in JSON order, each name once.
 *
 * @example
 * ```ts
 * declaredPieces(file)[0]; // { name: 'BIO-SGL-Va1-FACTURE-00001.pdf', format: 'PDF', path: ['lignesImport', 0, 'piecesJustificatives', 0, 'nomFichier'] }
 * ```
 */
export function declaredPieces(file: SoldeFile): DeclaredPiece[] {
  const seen = new Set<string>();
  const out: DeclaredPiece[] = [];
  file.lignesImport.forEach((line, i) => {
    line.piecesJustificatives.forEach((piece, j) => {
      if (seen.has(piece.nomFichier)) return;
      seen.add(piece.nomFichier);
      out.push({ name: piece.nomFichier, format: piece.formatFichier, path: ['lignesImport', i, 'piecesJustificatives', j, 'nomFichier'] });
    });
  });
  return out;
}

/**
 * Validates the JSON (text or typed file) and lists its pieces.
 *
 * @example
 * ```ts
 * const { report, pieces } = readDeposit(jsonText, { depositDate: new Date() });
 * ```
 */
export function readDeposit(json: string | SoldeFile, options: ValidateOptions): Deposit {
  const report = validateSoldeFile(json, options);
  return { report, pieces: report.file ? declaredPieces(report.file) : undefined };
}
