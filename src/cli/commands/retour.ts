import { basename, dirname, join } from 'node:path';
import { SoldeValidationError } from '../../issues/error.js';
import { displayValue } from '../../issues/make-issue.js';
import { readAspReturn } from '../../portal/read-asp-return.js';
import { resubmissionFile } from '../../portal/resubmission.js';
import { serializeSoldeFile } from '../../serialize/serialize-file.js';
import type { SoldeFile } from '../../schema/layout.js';
import { csvText } from '../csv/csv-messages.js';
import { readSourceCsv } from '../csv/source-csv.js';
import { DEFAULT_MAX_BYTES } from '../../validate/options.js';
import { UsageError } from '../args.js';
import { CliError } from '../io/cli-error.js';
import { readInputText } from '../io/read-input.js';
import { checkTargets, ensureFolder, writeOutputFile, type OutputPolicy } from '../io/write-output.js';
import { demandesCsv } from '../csv/write-demandes-csv.js';
import { cliText } from '../messages.js';
import { paint, type Terminal } from '../output/terminal.js';
import { openCommand } from './open-command.js';

export const RETOUR_HELP = `segur-solde retour <fichier-retourne.json> [--out <dossier>] [--csv [--demandes <demandes.csv>]] [--overwrite] [--lang fr|en]

  Lit le fichier que le portail renvoie après son contrôle, affiche les demandes acceptées et
  refusées avec les libellés du portail, et écrit un fichier des seules demandes refusées,
  renumérotées à partir de 1, champs du portail remis à null, à corriger puis renvoyer.
  Reads the portal's returned file and writes the rejected requests to correct and send again.

  --out <dossier>   où écrire « a-corriger-<nom>.json » (défaut : à côté du fichier lu)
  --csv             écrit aussi « a-corriger-<nom>.csv », à corriger dans le tableur puis à
                    redonner à « segur-solde build »
  --demandes <csv>  le CSV lu par « build » : le CSV à corriger en reprend montantBonDeCommande,
                    facture et va, que le fichier du portail ne porte pas (--ignore-column
                    NOM comme pour « build »)
  --overwrite       remplace ces fichiers s'ils existent (jamais le fichier lu)

  Code de sortie : 0 toutes acceptées, 1 des demandes refusées ou non traitées, 2 fichier illisible.`;

/** Writes a file as the library does, or as plain JSON when its layout is not ours (nothing is lost). */
function writeBack(file: SoldeFile): string {
  try {
    return serializeSoldeFile(file, { strictAmounts: false });
  } catch (err) {
    if (err instanceof SoldeValidationError) return `${JSON.stringify(file, null, 2)}\n`;
    throw err;
  }
}

/**
 * `segur-solde retour`: reads the portal's return, prints every verdict, writes the
 * resubmission file of the rejected requests.
 *
 * @example
 * ```ts
 * await retourCommand(['JSON-ANS0000001-20240320-001-retour.json'], processTerminal());
 * ```
 */
export async function retourCommand(argv: string[], term: Terminal): Promise<number> {
  const opened = openCommand(argv, term, {
    help: RETOUR_HELP,
    options: { out: { type: 'string' }, csv: { type: 'boolean' }, demandes: { type: 'string' }, 'ignore-column': { type: 'string', multiple: true }, overwrite: { type: 'boolean' } },
    file: 'required',
  });
  if (opened === undefined) return 0;
  const { values, file, locale } = opened;
  const t = cliText(locale);
  if (values.demandes !== undefined && values.csv !== true) throw new UsageError(RETOUR_HELP);
  const source = values.demandes === undefined ? undefined : await readSourceCsv(values.demandes, { ignoreColumns: values['ignore-column'], locale });
  const ret = readAspReturn(await readInputText(file, { maxBytes: DEFAULT_MAX_BYTES, locale }), { locale });
  if (!ret.ok) throw new CliError('FILE_UNREADABLE', t.cannotRead(file, ret.issues.map((i) => i.message).join(' ')), { path: file });
  const label = { accepted: t.accepted, rejected: t.rejected, pending: t.pending } as const;
  const colour = { accepted: 'green', rejected: 'red', pending: 'yellow' } as const;
  for (const r of ret.requests) {
    const who = [r.numLigne, r.numeroEditeur, r.numeroASP].map((v) => (v === undefined ? '?' : displayValue(v))).join('  ');
    const said = r.libelleTraitement === null ? '' : ` — ${displayValue(r.libelleTraitement, 500)}`;
    const code = r.codeTraitement === null ? '' : ` [${displayValue(r.codeTraitement)}]`;
    term.out(`${who}  ${paint(term, colour[r.verdict], label[r.verdict])}${code}${said}`);
  }
  const count = (v: 'accepted' | 'rejected' | 'pending'): number => ret.requests.filter((r) => r.verdict === v).length;
  term.out(t.returnSummary(count('accepted'), count('rejected'), count('pending')));
  const again = resubmissionFile(ret);
  if (again.lignesImport.length === 0) {
    term.out(t.nothingToResubmit);
  } else {
    const outDir = values.out ?? dirname(file);
    await ensureFolder(outDir, locale);
    const target = join(outDir, `a-corriger-${basename(file)}`);
    const csvTarget = values.csv === true ? target.replace(/\.json$/i, '') + '.csv' : undefined;
    const policy: OutputPolicy = { overwrite: values.overwrite === true, inputs: values.demandes === undefined ? [file] : [file, values.demandes], locale };
    // Both targets are checked before either is written: the command writes both or neither.
    await checkTargets(csvTarget === undefined ? [target] : [target, csvTarget], policy);
    await writeOutputFile(target, writeBack(again), policy);
    term.out(t.resubmissionWritten(target, again.lignesImport.length));
    if (csvTarget !== undefined) {
      const written = demandesCsv(again, source);
      await writeOutputFile(csvTarget, written.text, policy);
      term.out(t.resubmissionWritten(csvTarget, again.lignesImport.length));
      if (source === undefined) term.out(csvText(locale).noSource);
      else if (written.unmatched.length > 0) term.out(csvText(locale).sourceUnmatched(written.unmatched));
    }
  }
  return count('accepted') === ret.requests.length ? 0 : 1;
}
