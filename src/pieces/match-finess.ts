/**
 * Does a text show a FINESS number? Its nine characters in order, a space allowed between
 * any two (`750 000 001`, `75 000 0001`), any case (`2A`), not inside a longer number.
 *
 * @module
 */
import { isDigit, loose, matchesOf } from './loose-pattern.js';

/**
 * True when `text` (folded) shows the FINESS.
 *
 * @param text - the piece's text, folded (`foldText`)
 * @param finess - a beneficiary's FINESS
 * @example
 * ```ts
 * finessShown('finess : 750 000 001', '750000001'); // true
 * finessShown('siret 17500000100014', '750000001'); // false
 * ```
 */
export function finessShown(text: string, finess: string): boolean {
  if (finess.length === 0) return false;
  const pattern = new RegExp(loose(finess.toLowerCase()));
  for (const { start, end } of matchesOf(text, pattern)) {
    if (!isDigit(text[start - 1]) && !isDigit(text[end])) return true;
  }
  return false;
}
