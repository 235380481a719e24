/**
 * Prints a validation report for people, with the package's public API only: the issues
 * grouped by request (its `numLigne` and `numeroEditeur`), errors before warnings, each with
 * its path, code and message, then a one-line verdict read from `report.summary`. Copy it
 * into your own software as a starting point (`segur-solde validate` prints the same way).
 *
 * @module
 */
import { formatPath, type Issue, type Locale, type ValidationReport } from 'segur-sgl-solde';

const TEXT = {
  fr: {
    file: 'Fichier',
    deposit: 'Pièces (zip)',
    request: (n: number, editeur: string) => `Demande n° ${n}${editeur ? ` (numeroEditeur ${editeur})` : ''}`,
    refusedWhole: (errors: number) => `Verdict : fichier refusé en entier (${errors} erreur(s) de structure).`,
    requestsRefused: (refused: number, total: number) => `Verdict : ${refused} demande(s) refusée(s) sur ${total}.`,
    depositRefused: 'Verdict : le dépôt ne peut pas être fait tel quel (le zip des pièces est à corriger).',
    valid: (total: number) => `Verdict : fichier valide, ${total} demande(s) acceptée(s).`,
    counts: (errors: number, warnings: number) => `${errors} erreur(s), ${warnings} avertissement(s).`,
  },
  en: {
    file: 'File',
    deposit: 'Attachments (zip)',
    request: (n: number, editeur: string) => `Request no. ${n}${editeur ? ` (numeroEditeur ${editeur})` : ''}`,
    refusedWhole: (errors: number) => `Verdict: the whole file is refused (${errors} structure error(s)).`,
    requestsRefused: (refused: number, total: number) => `Verdict: ${refused} request(s) refused out of ${total}.`,
    depositRefused: 'Verdict: the deposit cannot be made as is (the zip of attachments needs correcting).',
    valid: (total: number) => `Verdict: valid file, ${total} request(s) accepted.`,
    counts: (errors: number, warnings: number) => `${errors} error(s), ${warnings} warning(s).`,
  },
} as const;

/**
 * Prints `report` line by line through `log`.
 *
 * @param report - what `validateSoldeFile`, `builder.validate` or `checkPiecesZip` returned
 * @param locale - the language of the headings (the messages are already in the report's)
 * @param log - where each line goes
 * @example
 * ```ts
 * printSoldeReport(validateSoldeFile(text, { depositDate }), 'fr', console.log);
 * ```
 */
export function printSoldeReport(report: ValidationReport, locale: Locale, log: (line: string) => void): void {
  const t = TEXT[locale];
  const groups = new Map<string, { title: string; issues: Issue[] }>();
  for (const issue of report.issues) {
    const index = issue.path[0] === 'lignesImport' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
    // File-wide issues first, then each request in order, then the zip's.
    const key = index !== undefined ? `r${String(index).padStart(6, '0')}` : issue.scope === 'deposit' ? 'z' : 'a';
    const title = index !== undefined ? t.request(index + 1, report.file?.lignesImport[index]?.numeroEditeur ?? '') : issue.scope === 'deposit' ? t.deposit : t.file;
    const group = groups.get(key) ?? { title, issues: [] };
    group.issues.push(issue);
    groups.set(key, group);
  }
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key);
    if (group === undefined) continue;
    log(group.title);
    const ordered = [...group.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const issue of ordered) log(`  ${issue.severity === 'error' ? '✗' : '!'} ${formatPath(issue.path, locale)}  ${issue.code}  ${issue.message}`);
    log('');
  }
  const errors = report.issues.filter((i) => i.severity === 'error');
  const { fileRefused, rejectedRequests, requestCount } = report.summary;
  const verdict = fileRefused
    ? t.refusedWhole(errors.filter((i) => i.scope === 'file').length)
    : rejectedRequests.length > 0
      ? t.requestsRefused(rejectedRequests.length, requestCount)
      : !report.ok
        ? t.depositRefused
        : t.valid(requestCount);
  log(`${verdict} ${t.counts(errors.length, report.issues.length - errors.length)}`);
}
