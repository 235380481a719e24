import { SoldeUsageError } from '../issues/error.js';
import { asParts } from './as-parts.js';
import { FORMATS_FICHIER, NUMERO_EDITEUR_PATTERN, TYPES_FICHIER } from '../schema/fields.js';
import type { FormatFichier, TypeFichier } from '../schema/layout.js';

/** The prefix of every BIO-SGL attachment name: couloir BIO, logiciel SGL, vague 1. */
export const PIECE_NAME_PREFIX = 'BIO-SGL-Va1';

/** What names an attachment. */
export interface PieceNameParts {
  typeFichier: TypeFichier;
  numeroEditeur: string;
  formatFichier: FormatFichier;
}

/**
 * The canonical name of an attachment (guide §3.3):
 * `BIO-SGL-Va1-<TYPE>-<numeroEditeur>.<ext>`, ext the lower-case format.
 *
 * @param parts - the attachment's type, its request's `numeroEditeur` and its format
 * @returns the name to use in `nomFichier` and in the zip
 * @throws {SoldeUsageError} code `ARGUMENT_INVALID` when a part is not valid
 * @example
 * ```ts
 * pieceFileName({ typeFichier: 'FACTURE', numeroEditeur: '00001', formatFichier: 'PDF' });
 * // 'BIO-SGL-Va1-FACTURE-00001.pdf'
 * ```
 */
export function pieceFileName(parts: PieceNameParts): string {
  const { typeFichier, numeroEditeur, formatFichier } = asParts<PieceNameParts>(parts);
  if (!(TYPES_FICHIER as readonly unknown[]).includes(typeFichier)) {
    throw new SoldeUsageError('ARGUMENT_INVALID', `pieceFileName: typeFichier doit être "FACTURE" ou "VA", reçu ${JSON.stringify(typeFichier)}`);
  }
  if (typeof numeroEditeur !== 'string' || !NUMERO_EDITEUR_PATTERN.test(numeroEditeur)) {
    throw new SoldeUsageError('ARGUMENT_INVALID', `pieceFileName: numeroEditeur doit faire 5 lettres ou chiffres, reçu ${JSON.stringify(numeroEditeur)}`);
  }
  if (!(FORMATS_FICHIER as readonly unknown[]).includes(formatFichier)) {
    throw new SoldeUsageError('ARGUMENT_INVALID', `pieceFileName: formatFichier doit être "PDF", "PNG", "JPG" ou "XML", reçu ${JSON.stringify(formatFichier)}`);
  }
  return canonicalPieceName(typeFichier as TypeFichier, numeroEditeur, formatFichier as FormatFichier);
}

/**
 * {@link pieceFileName} for parts already checked: the validator calls it for every piece.
 *
 * @example
 * ```ts
 * canonicalPieceName('VA', '00001', 'PDF'); // 'BIO-SGL-Va1-VA-00001.pdf'
 * ```
 */
export function canonicalPieceName(typeFichier: TypeFichier, numeroEditeur: string, formatFichier: FormatFichier): string {
  return `${PIECE_NAME_PREFIX}-${typeFichier}-${numeroEditeur}.${formatFichier.toLowerCase()}`;
}
