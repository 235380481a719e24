import iconv from 'iconv-lite';
import type { CsvEncoding } from './decode-csv.js';
import { blankCells, csvOfRows, type CsvCells } from './write-demandes-csv.js';

/**
 * The example row of the template: one request as a billing clerk types it (test FINESS
 * numbers, decimal commas, `oui`/`non`); the `facture` and `va` columns left empty, so that
 * `build` looks for the pieces under their canonical names.
 */
const EXAMPLE: Partial<CsvCells> = {
  numeroASP: 'FINBIO000001',
  numeroEditeur: '00001',
  dateFacture: '15/03/2024',
  montantSegurHTFacture: '27 450,00',
  montantBonDeCommande: '30 000,00',
  beneficiaires: '750000010|130000011',
  isDirectToDMP: 'oui',
  identDMP: '1750000010',
  isDirectToMSSPro: 'oui',
  adresseBoiteMSSPro: 'cr-biologie@labo.mssante.fr',
  isDirectToMSSCitoyen: 'non',
  adresseBoiteMSSCitoyen: '',
  facture: '',
  va: '',
};

/**
 * The template of the CSV of `build`: the header and one example row, as Excel expects a
 * CSV in France — `;` delimiter (the list separator of French Windows, whose decimal
 * separator is the comma), CRLF, and by default UTF-8 with a BOM (Excel 2016 and later,
 * LibreOffice and Numbers read it as UTF-8, and it holds every character); `win1252` writes
 * Windows-1252 without BOM, what older Excel reads and writes by default. `build` reads both.
 *
 * @example
 * ```ts
 * writeFileSync('demandes.csv', csvTemplate('utf8'));
 * ```
 */
export function csvTemplate(encoding: CsvEncoding = 'utf8'): Uint8Array {
  // A column without an example (a field added to the layout) is left empty.
  const text = csvOfRows([{ ...blankCells(), ...EXAMPLE }]);
  return encoding === 'utf8' ? new TextEncoder().encode(text) : iconv.encode(text.replace(/^\uFEFF/, ''), 'win1252');
}
