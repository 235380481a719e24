import iconv from 'iconv-lite';

/** The encodings a French spreadsheet writes CSV in. */
export type CsvEncoding = 'utf8' | 'win1252';

/**
 * Decodes CSV bytes as French spreadsheets write them: UTF-8 with or without BOM, or
 * Windows-1252 (Excel's default in France) when the bytes are not valid UTF-8 (decoded with
 * iconv-lite). A forced encoding skips the guess.
 *
 * @example
 * ```ts
 * decodeCsv(readFileSync('demandes.csv')).text;
 * ```
 */
export function decodeCsv(bytes: Uint8Array, forced?: CsvEncoding): { text: string; encoding: CsvEncoding } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (forced === 'win1252') return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'win1252' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf8' };
  } catch {
    if (forced === 'utf8' || hasBom) throw new Error('CSV: octets UTF-8 invalides / invalid UTF-8 bytes');
    return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'win1252' };
  }
}

/**
 * The delimiter of a CSV text, read from its header line: `;` (French spreadsheets, whose
 * decimal separator is the comma) or `,`.
 *
 * @example
 * ```ts
 * detectDelimiter('numeroASP;numeroEditeur\n…'); // ';'
 * ```
 */
export function detectDelimiter(text: string): ';' | ',' {
  const header = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const count = (c: string): number => header.split(c).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}
