import { checkPiecesZipFile } from '../../node/check-pieces-zip-file.js';
import { validateSoldeFile } from '../../validate/validate-file.js';
import { DEFAULT_MAX_BYTES } from '../../validate/options.js';
import { depositDateOf, UsageError } from '../args.js';
import { checkReadableFile, readFailure, readInputText } from '../io/read-input.js';
import { isSystemError } from '../io/system-error.js';
import { cliText } from '../messages.js';
import { jsonReport } from '../output/json-report.js';
import { printReport } from '../output/print-report.js';
import type { Terminal } from '../output/terminal.js';
import { openCommand } from './open-command.js';

export const VALIDATE_HELP = `segur-solde validate <fichier.json> [--zip <pieces.zip> [--inspect]] [--deposit-date JJ/MM/AAAA] [--json] [--lang fr|en]

  Vérifie un fichier de demandes de solde (et son zip de pièces) avant le dépôt.
  Checks a balance-request file (and its zip of attachments) before upload.

  --zip <pieces.zip>         vérifie aussi le zip : pièces manquantes, en trop, tailles, contenus
  --inspect                  lit aussi chaque pièce : s'ouvre-t-elle, montre-t-elle le montant, la date, les FINESS
                             de sa demande (avec --zip) / also reads what each piece says
  --deposit-date JJ/MM/AAAA  jour du dépôt (Europe/Paris), ou AAAA-MM-JJ ; défaut : aujourd'hui
  --json                     écrit le rapport (ValidationReport, avec "reportVersion": 1) seul, en JSON,
                             sur la sortie standard ; en cas d'erreur (code 2) : { "reportVersion": 1,
                             "ok": false, "error": { "code", "message" } } — forme : segur-sgl-solde/report-schema.json
  --lang fr|en               langue des messages (défaut fr)

  Code de sortie : 0 valide, 1 invalide, 2 erreur d'utilisation ou fichier illisible.`;

/**
 * `segur-solde validate`: exit 0 when valid, 1 when not, 2 on a usage error or an unreadable file.
 *
 * @example
 * ```ts
 * const code = await validateCommand(['demandes.json', '--lang', 'en'], processTerminal());
 * ```
 */
export async function validateCommand(argv: string[], term: Terminal): Promise<number> {
  const opened = openCommand(argv, term, {
    help: VALIDATE_HELP,
    options: { zip: { type: 'string' }, inspect: { type: 'boolean' }, 'deposit-date': { type: 'string' }, json: { type: 'boolean' } },
    file: 'required',
  });
  if (opened === undefined) return 0;
  const { values, file, locale } = opened;
  const t = cliText(locale);
  if (values.inspect === true && values.zip === undefined) throw new UsageError(VALIDATE_HELP);
  const depositDate = depositDateOf(values['deposit-date'], t.badDate);
  const text = await readInputText(file, { maxBytes: DEFAULT_MAX_BYTES, locale });
  let report;
  if (values.zip !== undefined) {
    await checkReadableFile(values.zip, locale);
    // Read by slices from the disk: a 200 MB zip is never held whole.
    const zip = values.zip;
    report = await checkPiecesZipFile(zip, text, { depositDate, locale, inspectContent: values.inspect === true }).catch((err: unknown) => {
      throw isSystemError(err) ? readFailure(zip, err, locale) : err;
    });
  } else {
    report = validateSoldeFile(text, { depositDate, locale });
  }
  if (values.json === true) term.out(jsonReport(report));
  else printReport(term, report, locale);
  return report.ok ? 0 : 1;
}
