import { UsageError } from '../args.js';
import { csvText } from '../csv/csv-messages.js';
import { csvTemplate } from '../csv/csv-template.js';
import { writeOutputFile } from '../io/write-output.js';
import { cliText } from '../messages.js';
import type { Terminal } from '../output/terminal.js';
import { openCommand } from './open-command.js';

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
  const opened = openCommand(argv, term, { help: MODELE_CSV_HELP, options: { encoding: { type: 'string' }, overwrite: { type: 'boolean' } }, file: 'optional' });
  if (opened === undefined) return 0;
  const { values, file = 'demandes.csv', locale } = opened;
  const t = csvText(locale);
  const encoding = values.encoding ?? 'utf8';
  if (encoding !== 'utf8' && encoding !== 'win1252') throw new UsageError(cliText(locale).badEncoding(encoding));
  // Under the rules of every file the command writes: never over an existing one unless
  // --overwrite, written to a temporary name and renamed once complete.
  await writeOutputFile(file, csvTemplate(encoding), { overwrite: values.overwrite === true, inputs: [], locale });
  term.out(t.templateWritten(file, encoding === 'utf8' ? 'UTF-8 + BOM' : 'Windows-1252'));
  return 0;
}
