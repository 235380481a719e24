import type { Locale } from '../../issues/types.js';
import { UsageError } from '../args.js';
import { CliError } from '../io/cli-error.js';
import { cliText } from '../messages.js';
import { readInputBytes } from '../io/read-input.js';
import { DEFAULT_MAX_BYTES } from '../../validate/options.js';
import { csvText } from './csv-messages.js';
import { decodeCsv } from './decode-csv.js';
import { readCsvTable, type CsvRow } from './read-csv-table.js';

/**
 * Reads the rows of the CSV a deposit was built from (`retour --demandes`), for the
 * correction CSV to carry the columns the portal's file does not. A header `build` would
 * refuse is a usage error, as is an empty file; rows are read as `build` reads them.
 *
 * @throws {CliError} when the file cannot be read or is over 20 MB
 * @throws {CliError} `FILE_NOT_UTF8` when it starts with a UTF-8 BOM but is not UTF-8
 * @throws {UsageError} when its header is refused or it holds no row
 * @example
 * ```ts
 * const rows = await readSourceCsv('demandes.csv', { locale: 'fr' });
 * ```
 */
export async function readSourceCsv(path: string, options: { ignoreColumns?: readonly string[]; locale: Locale }): Promise<CsvRow[]> {
  const t = csvText(options.locale);
  // Bounded as every input of the command: a missing file or /dev/zero is a usage error in words.
  const bytes = await readInputBytes(path, { maxBytes: DEFAULT_MAX_BYTES, locale: options.locale });
  let text: string;
  try {
    text = decodeCsv(bytes).text;
  } catch {
    // The one refusal of decodeCsv: bytes not UTF-8 after a UTF-8 BOM.
    throw new CliError('FILE_NOT_UTF8', cliText(options.locale).notUtf8(path), { path });
  }
  const table = readCsvTable(text, options);
  if (table.empty) throw new UsageError(t.empty(path));
  if (table.rows.length === 0) throw new UsageError(table.problems.map((p) => `${path} (${String(p.line)}, ${p.column}) : ${p.message}`).join('\n'));
  return table.rows;
}
