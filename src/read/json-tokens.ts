/**
 * Small readers of raw JSON text shared by the counting pass (`count-json.ts`) and the
 * locating one (`scan-json.ts`): where a string ends, where white space ends, the number
 * written at a place, a key with its escapes resolved.
 *
 * @module
 */

/**
 * The index of the quote that closes a string opened before `from` (one not escaped by an
 * odd run of backslashes), or the text's length.
 *
 * @example
 * ```ts
 * closingQuote('"a\\"b" x', 1); // 5
 * ```
 */
export function closingQuote(text: string, from: number): number {
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (quote - backslashes - 1 >= from && text.charCodeAt(quote - backslashes - 1) === 0x5c /* \\ */) backslashes++;
    if (backslashes % 2 === 0) return quote;
    at = quote + 1;
  }
}

/**
 * The index of the first character that is not JSON white space, from `from` (the text's
 * length if none).
 *
 * @example
 * ```ts
 * nextNonSpace('a: \n 1', 2); // 5
 * ```
 */
export function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
  return i;
}

/**
 * The number token written at `at` (`-`, digits, `.`, `e`, `+`), or `undefined` when no
 * number starts there.
 *
 * @example
 * ```ts
 * numberAt('{"m": 27450.00}', 6); // '27450.00'
 * ```
 */
export function numberAt(text: string, at: number): string | undefined {
  const first = text.charCodeAt(at);
  if (first !== 0x2d /* - */ && !(first >= 0x30 && first <= 0x39)) return undefined;
  let end = at + 1;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (!((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d)) break;
  }
  return text.slice(at, end);
}

/**
 * A key as JSON reads it (escapes resolved); as written when an escape is broken.
 *
 * @example
 * ```ts
 * unescapeKey('\\u0061b'); // 'ab'
 * ```
 */
export function unescapeKey(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
