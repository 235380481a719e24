import { stringify } from 'csv-stringify/sync';
import { formatAmount } from '../../checks/amount.js';
import type { SoldeFile } from '../../schema/layout.js';
import { asArray, asObject } from '../../validate/lenient.js';
import { CSV_COLUMNS, LIST_SEPARATOR, type CsvColumn } from './columns.js';

const text = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));
const yesNo = (value: unknown): string => (value === true ? 'oui' : value === false ? 'non' : text(value));
const list = (value: unknown): string => (Array.isArray(value) ? value.map(text).join(LIST_SEPARATOR) : text(value));
/** Amounts as a French spreadsheet writes them (decimal comma), never rounded. */
const amount = (value: unknown): string => (typeof value === 'number' ? (formatAmount(value) ?? String(value)).replace('.', ',') : text(value));

/**
 * Writes requests as the CSV that `segur-solde build` reads (`;` delimiter, decimal comma,
 * `oui`/`non`, lists separated by `|`, UTF-8 with BOM so that Excel opens it right), for the
 * user to correct them in a spreadsheet. Pieces are left to their canonical names (empty
 * `facture` and `va` columns). Written with csv-stringify.
 *
 * @example
 * ```ts
 * writeFileSync('a-corriger.csv', demandesCsv(resubmissionFile(readAspReturn(text))));
 * ```
 */
export function demandesCsv(file: SoldeFile): string {
  const rows = (asArray(file.lignesImport) ?? []).map((raw): Record<CsvColumn, string> => {
    const line = asObject(raw) ?? {};
    const facture = asObject(line.facture) ?? {};
    const scenario = asObject(line.scenarioInstallation) ?? {};
    return {
      numeroASP: text(line.numeroASP),
      numeroEditeur: text(line.numeroEditeur),
      dateFacture: text(facture.dateFacture),
      montantSegurHTFacture: amount(facture.montantSegurHTFacture),
      montantBonDeCommande: '',
      beneficiaires: list(line.beneficiaires),
      isDirectToDMP: yesNo(scenario.isDirectToDMP),
      identDMP: list(scenario.identDMP),
      isDirectToMSSPro: yesNo(scenario.isDirectToMSSPro),
      adresseBoiteMSSPro: text(scenario.adresseBoiteMSSPro),
      isDirectToMSSCitoyen: yesNo(scenario.isDirectToMSSCitoyen),
      adresseBoiteMSSCitoyen: text(scenario.adresseBoiteMSSCitoyen),
      facture: '',
      va: '',
    };
  });
  return `\uFEFF${stringify(rows, { header: true, columns: [...CSV_COLUMNS], delimiter: ';', record_delimiter: '\r\n' })}`;
}
