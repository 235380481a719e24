import type { Locale } from '../../issues/types.js';

/** Every sentence about the CSV of `build` (and the pieces it names), in French and English. */
export interface CsvText {
  unreadable: (reason: string) => string;
  empty: (file: string) => string;
  duplicateColumn: (name: string, places: readonly string[]) => string;
  unknownColumn: (name: string, near: string | undefined) => string;
  missingColumn: string;
  ignoredAbsent: (name: string) => string;
  ignoredKnown: (name: string) => string;
  cellCount: (got: number, expected: number) => string;
  cellOutsideColumns: (place: string) => string;
  yesNo: (value: string) => string;
  amount: (value: string) => string;
  amountDecimals: (value: string) => string;
  leadingZeros: (value: string, digits: number, padded: string) => string;
  pieceExtension: (file: string) => string;
  pieceNotFound: (type: string, lookedFor: readonly string[], folder: string) => string;
  pieceAmbiguous: (type: string, found: readonly string[]) => string;
  pieceFileMissing: (path: string) => string;
  portal: (ans: string, count: number) => string;
  aspFiles: (count: number) => string;
  sourceUnmatched: (editeurs: readonly string[]) => string;
  noSource: string;
  templateWritten: (file: string, encoding: string) => string;
}

const list = (names: readonly string[]): string => names.join(', ');

const fr: CsvText = {
  unreadable: (reason) => `CSV illisible : ${reason}`,
  empty: (file) => `${file} : aucune demande (fichier vide, ou la seule ligne d’en-tête). Une ligne par demande est attendue sous l’en-tête ; « segur-solde modele-csv » écrit un modèle.`,
  duplicateColumn: (name, places) => `la colonne « ${name} » est donnée plusieurs fois (colonnes ${list(places)}) : gardez-en une seule.`,
  unknownColumn: (name, near) =>
    `colonne inconnue « ${name} »${near === undefined ? '.' : ` : vouliez-vous dire « ${near} » ?`} Pour la lire sans l’utiliser : --ignore-column ${JSON.stringify(name)}.`,
  missingColumn: 'colonne obligatoire absente de la ligne d’en-tête.',
  ignoredAbsent: (name) => `--ignore-column « ${name} » : aucune colonne de ce nom dans l’en-tête.`,
  ignoredKnown: (name) => `--ignore-column « ${name} » : c’est une colonne connue, elle ne peut pas être ignorée.`,
  cellCount: (got, expected) => `${got} cellule(s) sur cette ligne, ${expected} dans l’en-tête : un « ; » en trop ou en moins ?`,
  cellOutsideColumns: (place) => `une valeur en colonne ${place}, qui n’a pas de nom dans l’en-tête.`,
  yesNo: (value) => `« ${value} » : oui ou non attendu (oui, non, vrai, faux, true, false, 1, 0).`,
  amount: (value) => `« ${value} » n’est pas un montant : écrivez par exemple 27 450,00 ou 27450.00 (« € » ou « EUR » à la fin accepté).`,
  amountDecimals: (value) => `« ${value} » a plus de deux chiffres après la virgule : un montant s’écrit au centime près, par exemple 27 450,00. Rien n’est arrondi.`,
  leadingZeros: (value, digits, padded) => `« ${value} » doit faire ${digits} caractères. Excel a peut-être supprimé les zéros de tête : ${padded} ? (format de cellule « Texte »)`,
  pieceExtension: (file) => `« ${file} » : extension pdf, png, jpg, jpeg ou xml attendue.`,
  pieceNotFound: (type, lookedFor, folder) => `pièce ${type} introuvable : aucun de ${list(lookedFor)} dans ${folder} (ou donnez son nom dans la colonne).`,
  pieceAmbiguous: (type, found) => `pièce ${type} : plusieurs fichiers conviennent (${list(found)}) ; donnez le bon dans la colonne.`,
  pieceFileMissing: (path) => `pièce introuvable : ${path}`,
  portal: (ans, count) => `  Sur le portail : type de demande « solde » ; numéro ANS ${ans} ; ${String(count)} demande(s).`,
  aspFiles: (count) => `  Dossiers ASP (${String(count)}) :`,
  sourceUnmatched: (editeurs) =>
    `Colonnes montantBonDeCommande, facture et va laissées vides pour ${String(editeurs.length)} demande(s) absentes du CSV donné par --demandes, ou présentes plusieurs fois (numeroEditeur ${list(editeurs)}).`,
  noSource: 'Colonnes montantBonDeCommande, facture et va laissées vides : le fichier du portail ne les porte pas. Donnez le CSV lu par « build » (--demandes <csv>) pour les reprendre.',
  templateWritten: (file, encoding) => `Modèle écrit dans ${file} (${encoding}, séparateur « ; ») : une ligne d’exemple à remplacer par vos demandes.`,
};

const en: CsvText = {
  unreadable: (reason) => `unreadable CSV: ${reason}`,
  empty: (file) => `${file}: no request (empty file, or the header line alone). One line per request is expected under the header; "segur-solde modele-csv" writes a template.`,
  duplicateColumn: (name, places) => `the column "${name}" is given more than once (columns ${list(places)}): keep only one.`,
  unknownColumn: (name, near) => `unknown column "${name}"${near === undefined ? '.' : `: did you mean "${near}"?`} To read the file without it: --ignore-column ${JSON.stringify(name)}.`,
  missingColumn: 'required column missing from the header line.',
  ignoredAbsent: (name) => `--ignore-column "${name}": no column of that name in the header.`,
  ignoredKnown: (name) => `--ignore-column "${name}": it is a known column, it cannot be ignored.`,
  cellCount: (got, expected) => `${got} cell(s) on this line, ${expected} in the header: one ";" too many or too few?`,
  cellOutsideColumns: (place) => `a value in column ${place}, which has no name in the header.`,
  yesNo: (value) => `"${value}": yes or no expected (oui, non, vrai, faux, true, false, 1, 0).`,
  amount: (value) => `"${value}" is not an amount: write for instance 27 450,00 or 27450.00 (a trailing "€" or "EUR" is accepted).`,
  amountDecimals: (value) => `"${value}" has more than two digits after the decimal separator: an amount is given to the cent, for instance 27 450,00. Nothing is rounded.`,
  leadingZeros: (value, digits, padded) => `"${value}" must be ${digits} characters long. Excel may have removed the leading zeros: ${padded}? (cell format "Text")`,
  pieceExtension: (file) => `"${file}": extension pdf, png, jpg, jpeg or xml expected.`,
  pieceNotFound: (type, lookedFor, folder) => `${type} attachment not found: none of ${list(lookedFor)} in ${folder} (or give its name in the column).`,
  pieceAmbiguous: (type, found) => `${type} attachment: several files match (${list(found)}); give the right one in the column.`,
  pieceFileMissing: (path) => `attachment not found: ${path}`,
  portal: (ans, count) => `  On the portal: request type "solde"; ANS number ${ans}; ${String(count)} request(s).`,
  aspFiles: (count) => `  ASP files (${String(count)}):`,
  sourceUnmatched: (editeurs) =>
    `Columns montantBonDeCommande, facture and va left empty for ${String(editeurs.length)} request(s) absent from the CSV given by --demandes, or present more than once (numeroEditeur ${list(editeurs)}).`,
  noSource: 'Columns montantBonDeCommande, facture and va left empty: the portal’s file does not carry them. Give the CSV read by "build" (--demandes <csv>) to carry them over.',
  templateWritten: (file, encoding) => `Template written to ${file} (${encoding}, delimiter ";"): one example row to replace with your requests.`,
};

/**
 * The CSV's sentences in a locale.
 *
 * @example
 * ```ts
 * csvText('en').yesNo('peut-être'); // '"peut-être": yes or no expected (…).'
 * ```
 */
export function csvText(locale: Locale): CsvText {
  const texts: Readonly<Record<Locale, CsvText>> = { fr, en };
  return texts[locale];
}
