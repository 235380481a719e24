import { formatPath } from '../../issues/error.js';
import { compareWithModel } from '../../model/compare-with-model.js';
import { DEFAULT_MAX_BYTES } from '../../validate/options.js';
import { CliError } from '../io/cli-error.js';
import { readInputText } from '../io/read-input.js';
import { cliText } from '../messages.js';
import { paint, type Terminal } from '../output/terminal.js';
import { openCommand } from './open-command.js';

export const MODELE_HELP = `segur-solde modele <modele-vierge.json> [--lang fr|en]

  Compare la structure du modèle JSON vierge téléchargé sur le portail (clés, imbrication, ordre
  des clés, type de chaque valeur) avec celle des fichiers que la bibliothèque écrit, et liste
  chaque différence par chemin.
  Compares the portal's blank JSON model with the structure the library writes.

  Code de sortie : 0 même structure, 1 différences, 2 fichier illisible.`;

/**
 * `segur-solde modele`.
 *
 * @example
 * ```ts
 * await modeleCommand(['modele-BIO.json'], processTerminal());
 * ```
 */
export async function modeleCommand(argv: string[], term: Terminal): Promise<number> {
  const opened = openCommand(argv, term, { help: MODELE_HELP, options: {}, file: 'required' });
  if (opened === undefined) return 0;
  const { file, locale } = opened;
  const t = cliText(locale);
  const { same, differences } = compareWithModel(await readInputText(file, { maxBytes: DEFAULT_MAX_BYTES, locale }), { locale });
  const unreadable = differences.find((d) => d.kind === 'unreadable');
  if (unreadable) throw new CliError('FILE_UNREADABLE', t.cannotRead(file, unreadable.message), { path: file });
  for (const d of differences) term.out(`  ${paint(term, 'red', '≠')} ${formatPath(d.path, locale)}  ${paint(term, 'dim', d.kind)}  ${d.message}`);
  term.out(same ? paint(term, 'green', t.modelSame) : paint(term, 'red', t.modelDifferent(differences.length)));
  return same ? 0 : 1;
}
