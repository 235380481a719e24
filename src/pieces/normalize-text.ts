/**
 * The text of a piece as the matchers read it: every kind of space (no-break, narrow
 * no-break, thin, line and paragraph breaks, tabs) is one plain space, invisible joiners
 * are dropped, letters are lower case without accents, compatibility forms are folded
 * (NFKC: `ﬁ` → `fi`, full-width digits → digits).
 *
 * @module
 */

/**
 * Folds a text for matching.
 *
 * @param text - text as extracted (items joined)
 * @returns the folded text: single spaces, lower case, no diacritics
 * @example
 * ```ts
 * foldText('Total\u202F: 27\u202F450,00\u00A0€\nFévrier'); // 'total : 27 450,00 € fevrier'
 * ```
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200b-\u200d\u2060\u00ad]/g, '')
    .normalize('NFKC')
    .replace(/\s+/gu, ' ')
    .toLowerCase();
}
