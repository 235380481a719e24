import type { Locale } from '../../issues/types.js';
import { csvText } from './csv-messages.js';

/** The width the summary's lists are wrapped to: a terminal's 80 columns. */
const WIDTH = 80;
const INDENT = '    ';

/**
 * What to type on the portal for one deposit: the request type, the ANS number, the number
 * of requests, then the ASP file numbers wrapped to 80 columns, however many there are
 * (a deposit may hold 200).
 *
 * @example
 * ```ts
 * portalSummary('ANS0000001', ['FINBIO000006', 'FINBIO000007'], 'fr');
 * // ['  Sur le portail : … 2 demande(s).', '  Dossiers ASP (2) :', '    FINBIO000006, FINBIO000007']
 * ```
 */
export function portalSummary(ans: string, numerosAsp: readonly string[], locale: Locale): string[] {
  const t = csvText(locale);
  const lines = [t.portal(ans, numerosAsp.length), t.aspFiles(numerosAsp.length)];
  let current = '';
  for (const [i, numero] of numerosAsp.entries()) {
    const item = i < numerosAsp.length - 1 ? `${numero},` : numero;
    if (current !== '' && INDENT.length + current.length + 1 + item.length > WIDTH) {
      lines.push(`${INDENT}${current}`);
      current = item;
    } else current = current === '' ? item : `${current} ${item}`;
  }
  if (current !== '') lines.push(`${INDENT}${current}`);
  return lines;
}
