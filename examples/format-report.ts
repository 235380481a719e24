/**
 * A plain-text rendering of a validation report, grouped by demand: for the demo (and a
 * model for your own logs).
 *
 * @module
 */
import { formatPath, type Issue, type Locale, type ValidationReport } from '../src/index.js';

interface Labels {
  file: string;
  demande: (n: number, numeroEditeur: string | undefined) => string;
  clean: (title: string) => string;
  error: string;
  warning: string;
  verdict: (ok: boolean, errors: number, warnings: number, count: number) => string;
}

const LABELS: Readonly<Record<Locale, Labels>> = {
  fr: {
    file: 'Fichier',
    demande: (n, numeroEditeur) => `Demande n° ${n}${numeroEditeur === undefined ? '' : ` (numeroEditeur ${numeroEditeur})`}`,
    clean: (title) => `${title} : aucune remarque`,
    error: 'ERREUR',
    warning: 'avertissement',
    verdict: (ok, errors, warnings, count) =>
      `${ok ? 'Fichier valide' : 'Fichier NON valide'} : ${count} demande(s), ${errors} erreur(s), ${warnings} avertissement(s).`,
  },
  en: {
    file: 'File',
    demande: (n, numeroEditeur) => `Request #${n}${numeroEditeur === undefined ? '' : ` (numeroEditeur ${numeroEditeur})`}`,
    clean: (title) => `${title}: nothing to report`,
    error: 'ERROR',
    warning: 'warning',
    verdict: (ok, errors, warnings, count) => `${ok ? 'Valid file' : 'INVALID file'}: ${count} request(s), ${errors} error(s), ${warnings} warning(s).`,
  },
};

/**
 * The report as lines of text: file-level issues, then each demand (numbered from 1 in the
 * order the caller gave them, with its `numeroEditeur`), each issue with its severity, wire
 * path, code and message; then the verdict.
 *
 * @param report - a report from `validateSoldeFile` or `SoldeFileBuilder.validate`
 * @param options - the language of the labels (the messages are already in theirs), and
 * the demands' `numeroEditeur` in order, to list the demands without issue too
 * @returns the lines
 * @example
 * ```ts
 * for (const line of formatReport(builder.validate({ depositDate }), { locale: 'fr' })) console.log(line);
 * ```
 */
export function formatReport(report: ValidationReport, options: { locale?: Locale; numerosEditeur?: readonly (string | undefined)[] } = {}): string[] {
  const labels = LABELS[options.locale ?? 'fr'];
  const groups = new Map<number, Issue[]>();
  options.numerosEditeur?.forEach((_, index) => groups.set(index, []));
  for (const issue of report.issues) {
    const key = issue.demande?.index ?? -1;
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  const lines: string[] = [];
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    const issues = groups.get(key) ?? [];
    const numeroEditeur = issues[0]?.demande?.numeroEditeur ?? options.numerosEditeur?.[key];
    const title = key === -1 ? labels.file : labels.demande(key + 1, numeroEditeur);
    lines.push(issues.length === 0 ? labels.clean(title) : title);
    for (const issue of issues) {
      lines.push(`  ${issue.severity === 'error' ? labels.error : labels.warning}  ${formatPath(issue.path)}  ${issue.code}`);
      lines.push(`      ${issue.message}`);
    }
  }
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  lines.push(labels.verdict(report.ok, errors, report.issues.length - errors, report.summary.requestCount));
  return lines;
}
