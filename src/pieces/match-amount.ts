/**
 * Does a text show an amount? In any usual writing: `27 450,00`, `27450,00`, `27.450,00`,
 * `27,450.00`, `27450.00`, `27'450.00`, with or without `€` / `EUR` (and, for a whole
 * amount, `27 450 €`), any kind of space, a space or a line break anywhere inside.
 *
 * @module
 */
import { isDigit, loose, matchesOf } from './loose-pattern.js';

const THOUSANDS = ['.', ',', "'", '’'] as const;
const SEPARATORS = new Set(['.', ',', "'", '’']);

/**
 * The written forms of an amount, as patterns (before the boundary checks).
 *
 * @param cents - the amount in cents (a positive integer)
 * @example
 * ```ts
 * amountPatterns(2745000).length > 0; // true
 * ```
 */
export function amountPatterns(cents: number): string[] {
  const whole = String(Math.floor(cents / 100));
  const decimals = String(cents % 100).padStart(2, '0');
  const groups: string[] = [];
  for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
  const forms: string[] = [];
  for (const decimal of [',', '.']) {
    forms.push(loose(`${whole}${decimal}${decimals}`));
    if (groups.length > 1) for (const sep of THOUSANDS) if (sep !== decimal) forms.push(loose(`${groups.join(sep)}${decimal}${decimals}`));
  }
  if (decimals === '00') {
    // A whole amount written without decimals counts only next to its currency.
    const bare = [whole, ...(groups.length > 1 ? THOUSANDS.map((s) => groups.join(s)) : [])].map((w) => loose(w));
    for (const b of bare) forms.push(`${b} ?(?:€|eur\\b|euros?\\b)`, `(?:€|eur) ?${b}(?![\\d.,])`);
  }
  return forms;
}

/**
 * True when `text` (folded) shows the amount, as a number on its own: not the end of a
 * longer number (`127 450,00` does not show `27 450,00`) nor its start (`27 450,001`).
 *
 * @param text - the piece's text, folded (`foldText`)
 * @param amount - `montantSegurHTFacture`
 * @example
 * ```ts
 * amountShown('total ht : 27 450,00 €', 27450); // true
 * amountShown('total ht : 127 450,00 €', 27450); // false
 * ```
 */
export function amountShown(text: string, amount: number): boolean {
  const cents = Math.round(amount * 100);
  if (!Number.isSafeInteger(cents) || cents <= 0) return false;
  const firstGroup = String(Math.floor(cents / 100)).length % 3 || 3;
  const pattern = new RegExp(amountPatterns(cents).join('|'));
  for (const { start, end } of matchesOf(text, pattern)) {
    if (!startsAlone(text, start, firstGroup === 3) || !endsAlone(text, end)) continue;
    return true;
  }
  return false;
}

function startsAlone(text: string, start: number, mayContinue: boolean): boolean {
  const before = text[start - 1];
  const before2 = text[start - 2];
  if (isDigit(before)) return false;
  if (before !== undefined && SEPARATORS.has(before) && isDigit(before2)) return false;
  // `1 450,00` may be 1 450,00: a three-digit first group after `digit space` is not alone.
  if (mayContinue && before === ' ' && isDigit(before2)) return false;
  return true;
}

function endsAlone(text: string, end: number): boolean {
  const after = text[end];
  if (isDigit(after)) return false;
  if ((after === ',' || after === '.') && isDigit(text[end + 1])) return false;
  return true;
}
