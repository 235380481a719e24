import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { localeOf, UnreadableFileError, UsageError } from '../args.js';
import { csvText } from '../csv/csv-messages.js';
import { csvTemplate } from '../csv/csv-template.js';
import type { Terminal } from '../output/terminal.js';

export const MODELE_CSV_HELP = `segur-solde modele-csv [<demandes.csv>] [--encoding utf8|win1252] [--overwrite] [--lang fr|en]

  Écrit le modèle du CSV de « build » : la ligne d'en-tête et une ligne d'exemple, comme Excel
  les attend en France (séparateur « ; », fin de ligne CRLF, UTF-8 avec BOM).
  Writes the template of build's CSV: the header and one example row, as Excel expects in France.

  <demandes.csv>             défaut : demandes.csv
  --encoding utf8|win1252    défaut utf8 (avec BOM) ; win1252 pour un Excel ancien
  --overwrite                remplace le fichier s'il existe (sinon, refus)

  Code de sortie : 0 modèle écrit, 2 erreur d'utilisation ou fichier existant.`;

/**
 * `segur-solde modele-csv`: writes the CSV template, never over an existing file unless `--overwrite`.
 *
 * @example
 * ```ts
 * await modeleCsvCommand(['demandes.csv'], processTerminal());
 * ```
 */
export async function modeleCsvCommand(argv: string[], term: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { encoding: { type: 'string' }, overwrite: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true) {
    term.out(MODELE_CSV_HELP);
    return 0;
  }
  const t = csvText(localeOf(values.lang));
  const [file = 'demandes.csv', ...rest] = positionals;
  const encoding = values.encoding ?? 'utf8';
  if (rest.length > 0 || (encoding !== 'utf8' && encoding !== 'win1252')) throw new UsageError(MODELE_CSV_HELP);
  try {
    // 'wx' fails when the file exists, without a window between a check and the write.
    await writeFile(file, csvTemplate(encoding), { flag: values.overwrite === true ? 'w' : 'wx' });
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'code' in err && err.code === 'EEXIST') throw new UsageError(t.templateExists(file));
    throw new UnreadableFileError(err instanceof Error ? err.message : String(err));
  }
  term.out(t.templateWritten(file, encoding === 'utf8' ? 'UTF-8 + BOM' : 'Windows-1252'));
  return 0;
}
