/**
 * The first characters that make a spreadsheet read a cell as a formula (OWASP, « CSV
 * injection »): `=`, `+`, `-`, `@`, a tab, a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The prefix that makes a spreadsheet read such a cell as text. */
const TEXT_PREFIX = "'";

/**
 * Neutralises a cell the package writes into a CSV: one that starts like a formula gets a
 * `'` in front (OWASP's rule), so that `=HYPERLINK(…)` opens as text; any other cell is
 * written as it is. {@link restoreCell} undoes it.
 *
 * @example
 * ```ts
 * neutraliseCell('=HYPERLINK("x")'); // "'=HYPERLINK(\"x\")"
 * neutraliseCell('-5,00');           // "'-5,00"
 * neutraliseCell('27 450,00');       // '27 450,00'
 * ```
 */
export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) ? `${TEXT_PREFIX}${cell}` : cell;
}

/**
 * Reads back a cell neutralised by {@link neutraliseCell}: the one `'` before a formula's
 * first character is taken off; a `'` before anything else is the user's and is kept.
 *
 * @example
 * ```ts
 * restoreCell("'-5,00");   // '-5,00'
 * restoreCell("'00001");   // "'00001" (not ours: kept)
 * restoreCell("''=x");     // "''=x"
 * ```
 */
export function restoreCell(cell: string): string {
  return cell.startsWith(TEXT_PREFIX) && FORMULA_START.test(cell.slice(TEXT_PREFIX.length)) ? cell.slice(TEXT_PREFIX.length) : cell;
}
