/**
 * Does a text show a date? Written `15/03/2024`, `15.03.2024`, `15-03-2024` (day and month
 * with or without their leading zero, the year in four or two digits), `2024-03-15`, or in
 * words: `15 mars 2024`, `1er mars 2024`, `15 janv. 2024` (any case, with or without
 * accents), a space anywhere inside.
 *
 * @module
 */
import { isDigit, loose, matchesOf } from './loose-pattern.js';

/** The French names of each month, full and abbreviated, folded (lower case, no accents). */
const MONTHS: readonly (readonly string[])[] = [
  ['janvier', 'janv'],
  ['fevrier', 'fevr', 'fev'],
  ['mars'],
  ['avril', 'avr'],
  ['mai'],
  ['juin'],
  ['juillet', 'juil'],
  ['aout'],
  ['septembre', 'sept'],
  ['octobre', 'oct'],
  ['novembre', 'nov'],
  ['decembre', 'dec'],
];

/** `03` or `3`. */
function number(two: string): string {
  return two.startsWith('0') ? `(?:0 ?)?${two.slice(1)}` : loose(two);
}

/**
 * The written forms of a `JJ/MM/AAAA` date, as one pattern; undefined when the date is
 * not written so (the validator reports that).
 *
 * @example
 * ```ts
 * new RegExp(datePattern('15/03/2024') ?? '').test('le 15 mars 2024'); // true
 * ```
 */
export function datePattern(dateFacture: string): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(dateFacture);
  if (!m) return undefined;
  const [, dd = '', mm = '', yyyy = ''] = m;
  const names = MONTHS[Number(mm) - 1];
  if (names === undefined || Number(dd) < 1 || Number(dd) > 31) return undefined;
  const day = number(dd);
  const month = number(mm);
  const year = `(?:${loose(yyyy)}|${loose(yyyy.slice(2))})`;
  const sep = ' ?[/.-] ?';
  const dayWord = dd === '01' ? `(?:${day}|1 ?er|premier)` : day;
  const forms = [
    `${day}${sep}${month}${sep}${year}`,
    `${loose(yyyy)} ?- ?${loose(mm)} ?- ?${loose(dd)}`,
    `${dayWord} ?(?:${names.map((n) => loose(n)).join('|')})\\.? ?${loose(yyyy)}`,
  ];
  return forms.join('|');
}

/**
 * True when `text` (folded) shows the date, not inside a longer number.
 *
 * @param text - the piece's text, folded (`foldText`)
 * @param dateFacture - `JJ/MM/AAAA`
 * @example
 * ```ts
 * dateShown('facture du 15/03/2024', '15/03/2024'); // true
 * dateShown('facture du 15 mars 2024', '15/03/2024'); // true
 * dateShown('facture du 25/03/2024', '05/03/2024'); // false
 * ```
 */
export function dateShown(text: string, dateFacture: string): boolean {
  const pattern = datePattern(dateFacture);
  if (pattern === undefined) return false;
  for (const { start, end } of matchesOf(text, new RegExp(pattern))) {
    if (!isDigit(text[start - 1]) && !isDigit(text[end])) return true;
  }
  return false;
}
