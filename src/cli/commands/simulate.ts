import { simulatePortalReturn } from '../../portal/simulate-return.js';
import { DEFAULT_MAX_BYTES } from '../../validate/options.js';
import { depositDateOf } from '../args.js';
import { readInputText } from '../io/read-input.js';
import { writeOutputFile } from '../io/write-output.js';
import { cliText } from '../messages.js';
import { printReport } from '../output/print-report.js';
import type { Terminal } from '../output/terminal.js';
import { openCommand } from './open-command.js';

export const SIMULATE_HELP = `segur-solde simulate <fichier.json> [--out <retour.json>] [--overwrite] [--deposit-date JJ/MM/AAAA] [--lang fr|en]

  Écrit le fichier tel que le portail le renverrait selon NOS contrôles : refusé en entier sur
  une erreur de structure, sinon chaque demande avec la première erreur trouvée (le portail
  s'arrête à la première) ou « Demande acceptée ». Les codes de traitement sont ceux de
  segur-sgl-solde, pas ceux de l'ASP.
  Writes the file as the portal would return it under OUR checks (our codes, not the ASP's).

  --out <retour.json>   défaut : <fichier>.retour-simule.json
  --overwrite           remplace le fichier s'il existe (jamais le fichier lu)

  Code de sortie : 0 toutes acceptées, 1 sinon, 2 erreur d'utilisation ou fichier illisible.`;

/**
 * `segur-solde simulate`.
 *
 * @example
 * ```ts
 * await simulateCommand(['demandes.json'], processTerminal());
 * ```
 */
export async function simulateCommand(argv: string[], term: Terminal): Promise<number> {
  const opened = openCommand(argv, term, { help: SIMULATE_HELP, options: { out: { type: 'string' }, overwrite: { type: 'boolean' }, 'deposit-date': { type: 'string' } }, file: 'required' });
  if (opened === undefined) return 0;
  const { values, file, locale } = opened;
  const t = cliText(locale);
  const depositDate = depositDateOf(values['deposit-date'], t.badDate);
  const sim = simulatePortalReturn(await readInputText(file, { maxBytes: DEFAULT_MAX_BYTES, locale }), { depositDate, locale });
  printReport(term, sim.report, locale);
  if (sim.text === undefined) return 1;
  const target = values.out ?? `${file.replace(/\.json$/i, '')}.retour-simule.json`;
  await writeOutputFile(target, sim.text, { overwrite: values.overwrite === true, inputs: [file], locale });
  term.out(t.simulationWritten(target));
  return sim.report.summary.rejectedRequests.length === 0 ? 0 : 1;
}
