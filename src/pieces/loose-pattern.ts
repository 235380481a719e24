/**
 * Patterns that tolerate the layout of a PDF's text: between any two characters of what
 * is looked for, one space may stand (text items joined, a number broken across lines or
 * items, a space of any kind — the text is folded first, see `foldText`).
 *
 * @module
 */

/**
 * Escapes a literal for a regular expression.
 *
 * @example
 * ```ts
 * escapeRegExp('27.450,00'); // '27\\.450,00'
 * ```
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern matching `literal` with at most one space between any two of its characters.
 *
 * @example
 * ```ts
 * new RegExp(loose('27450,00')).test('27 4 50,00'); // true
 * ```
 */
export function loose(literal: string): string {
  return Array.from(literal, escapeRegExp).join(' ?');
}

/**
 * Every index where `pattern` matches in `text`, overlapping matches included, with the
 * length of each match.
 *
 * @example
 * ```ts
 * [...matchesOf('a1a1', /a1/)].length; // 2
 * ```
 */
export function* matchesOf(text: string, pattern: RegExp): Generator<{ start: number; end: number }> {
  const re = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield { start: m.index, end: m.index + m[0].length };
    re.lastIndex = m.index + 1;
  }
}

/** True for an ASCII digit. */
export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
