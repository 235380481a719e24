import { convertDemande } from '../builder/convert-demande.js';
import { SoldeUsageError } from '../issues/error.js';
import { displayValue } from '../issues/make-issue.js';
import { FORMATS_FICHIER } from '../schema/fields.js';
import type { FormatFichier, TypeFichier } from '../schema/layout.js';
import type { PieceRef, PieceSizes, PlannedPiece } from './plan-types.js';

/**
 * The attachments of a demand as the builder will write them (names generated the same
 * way), with their sizes looked up when sizes are given. An attachment whose name cannot
 * be known (the demand has a fault that `validate` reports) is left out of the zip plan.
 *
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` when a named attachment has no size, or its
 * size is not a whole number of bytes
 * @example
 * ```ts
 * plannedPieces(demande, 3, { 'BIO-SGL-Va1-FACTURE-00004.pdf': 1000, 'BIO-SGL-Va1-VA-00004.pdf': 800 });
 * ```
 */
export function plannedPieces(demande: object, index: number, sizes: PieceSizes | undefined): PlannedPiece[] {
  const { line, numeroEditeur } = convertDemande(demande, 0);
  const list = Array.isArray(line.piecesJustificatives) ? (line.piecesJustificatives as unknown[]) : [];
  const pieces: PlannedPiece[] = [];
  for (const raw of list) {
    if (typeof raw !== 'object' || raw === null) continue;
    const { nomFichier, formatFichier, typeFichier } = raw as Record<string, unknown>;
    if (typeof nomFichier !== 'string') continue;
    const ref = { nomFichier, formatFichier: formatFichier as FormatFichier, typeFichier: typeFichier as TypeFichier };
    const demandeRef = numeroEditeur === undefined ? { index } : { index, numeroEditeur };
    pieces.push({ ...ref, demandeIndex: index, size: sizes === undefined ? undefined : sizeOf(sizes, ref, demandeRef) });
  }
  return pieces;
}

/**
 * The format to bound a piece's zip entry with: its own when it is a known one, XML (the
 * larger, deflated bound) otherwise.
 *
 * @example
 * ```ts
 * estimateFormat('PDF'); // 'PDF'
 * estimateFormat('pdf'); // 'XML'
 * ```
 */
export function estimateFormat(format: unknown): FormatFichier {
  return (FORMATS_FICHIER as readonly unknown[]).includes(format) ? (format as FormatFichier) : 'XML';
}

function sizeOf(sizes: PieceSizes, piece: PieceRef, demande: { index: number; numeroEditeur?: string }): number {
  let size: unknown;
  if (typeof sizes === 'function') size = sizes(piece, demande);
  else if (sizes instanceof Map) size = (sizes as ReadonlyMap<string, unknown>).get(piece.nomFichier);
  else size = Object.hasOwn(sizes, piece.nomFichier) ? (sizes as Readonly<Record<string, unknown>>)[piece.nomFichier] : undefined;
  if (size === undefined) {
    throw new SoldeUsageError('ARGUMENT_INVALID', `planDeposits : pieceSizes ne donne pas la taille de la pièce « ${piece.nomFichier} » (demande n° ${demande.index})`);
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    throw new SoldeUsageError('ARGUMENT_INVALID', `planDeposits : la taille de la pièce « ${piece.nomFichier} » doit être un nombre entier d’octets, reçu ${displayValue(size)}`);
  }
  return size;
}
