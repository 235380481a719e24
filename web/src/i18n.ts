/**
 * Every sentence of the page, in French (default) and English. The table is typed: a
 * sentence missing in one language is a compile error.
 *
 * @module
 */
import type { Locale } from '../../src/index.js';

/** The page's sentences in one language. */
export interface PageText {
  /** BCP 47 tag for `<html lang>` and number formatting. */
  lang: string;
  /** The BCP 47 tag amounts are written in (`fr-FR`: `27 450,00 €`). */
  numberLocale: string;
  title: string;
  subtitle: string;
  privacy: string;
  language: string;
  inputsHeading: string;
  dropTitle: string;
  dropHint: string;
  pickJson: string;
  pickZip: string;
  jsonLabel: string;
  zipLabel: string;
  noJson: string;
  noZip: string;
  removeZip: string;
  depositDate: string;
  depositDateHint: string;
  depositDateInvalid: string;
  idle: string;
  checking: string;
  /** The box that turns the reading of the pieces on (on by default). */
  inspectContent: string;
  inspectContentHint: string;
  /** The progress of the reading of the pieces. */
  readingPieces: (done: number, total: number, name: string) => string;
  /** The piece an issue is about. */
  pieceLabel: string;
  refusedWhole: string;
  structureErrors: (n: number) => string;
  requestsRefused: (refused: number, total: number) => string;
  depositRefused: string;
  valid: (total: number) => string;
  errorCount: (n: number) => string;
  warningCount: (n: number) => string;
  counts: (errors: number, warnings: number) => string;
  depositOn: (day: string) => string;
  zipChecked: string;
  zipNotChecked: string;
  cannotRead: (file: string, reason: string) => string;
  notUtf8: string;
  downloadReturn: string;
  downloadPieces: string;
  returnNote: string;
  returnUnavailable: string;
  requestsHeading: string;
  requestsCaption: (count: number, total: string) => string;
  colNumber: string;
  colEditeur: string;
  colAsp: string;
  colFiness: string;
  colAmount: string;
  colPieces: string;
  colStatus: string;
  statusAccepted: string;
  statusRefused: string;
  statusPieces: string;
  statusPending: string;
  errorsHeading: string;
  warningsHeading: string;
  noErrors: string;
  noWarnings: string;
  fileGroup: string;
  depositGroup: string;
  request: (n: number, editeur: string) => string;
  errorMark: string;
  warningMark: string;
  /** The locale of these sentences, for what the library words itself (wire paths). */
  locale: Locale;
  footer: string;
}

const plural = (n: number, one: string, many: string): string => (n <= 1 ? one : many);
const pluralEn = (n: number, one: string, many: string): string => (n === 1 ? one : many);

const fr: PageText = {
  lang: 'fr',
  numberLocale: 'fr-FR',
  title: 'Vérifier un dépôt de demandes de solde',
  subtitle: 'Ségur numérique — couloir BIO-SGL. Contrôle du fichier JSON et du zip des pièces justificatives avant l’envoi au portail de l’ASP.',
  privacy: 'Tout se passe dans votre navigateur : aucun fichier ne quitte votre ordinateur.',
  language: 'Langue',
  inputsHeading: 'Fichiers à vérifier',
  dropTitle: 'Déposez ici le fichier JSON et, si vous l’avez, le zip des pièces',
  dropHint: 'ou choisissez-les :',
  pickJson: 'Choisir le fichier JSON',
  pickZip: 'Choisir le zip des pièces',
  jsonLabel: 'JSON',
  zipLabel: 'Zip',
  noJson: 'aucun fichier choisi',
  noZip: 'facultatif — sans lui, les pièces ne sont pas vérifiées',
  removeZip: 'Retirer le zip',
  depositDate: 'Date de dépôt',
  depositDateHint: 'Jour du dépôt à Paris : aucune facture ne peut être datée après.',
  depositDateInvalid: 'Indiquez une date de dépôt valide.',
  idle: 'Choisissez un fichier JSON pour le vérifier.',
  checking: 'Vérification en cours…',
  inspectContent: 'Lire aussi ce que disent les pièces',
  inspectContentHint: 'Chaque pièce du zip est ouverte ici, comme l’instructeur de l’ASP le fera : s’ouvre-t-elle, la facture montre-t-elle le montant, la date et les FINESS de sa demande ? Un avertissement invite à regarder la pièce ; l’instructeur reste juge.',
  readingPieces: (d, t, name) => `Lecture des pièces : ${d} sur ${t} (${name})…`,
  pieceLabel: 'Pièce :',
  refusedWhole: 'Le portail refusera le fichier entier',
  structureErrors: (n) => `${n} ${plural(n, 'erreur de structure', 'erreurs de structure')} : aucune demande ne sera traitée.`,
  requestsRefused: (r, t) => `${r} ${plural(r, 'demande refusée', 'demandes refusées')} sur ${t}`,
  depositRefused: 'Le dépôt ne peut pas être fait tel quel : le zip des pièces est à corriger',
  valid: (t) => `Fichier valide : ${t} ${plural(t, 'demande acceptée', 'demandes acceptées')}`,
  errorCount: (n) => `${n} ${plural(n, 'erreur', 'erreurs')}`,
  warningCount: (n) => `${n} ${plural(n, 'avertissement', 'avertissements')}`,
  counts: (e, w) => `${fr.errorCount(e)}, ${fr.warningCount(w)}.`,
  depositOn: (day) => `Dépôt du ${day}.`,
  zipChecked: 'Pièces vérifiées dans le zip.',
  zipNotChecked: 'Zip non fourni : les pièces n’ont pas été vérifiées.',
  cannotRead: (file, reason) => `Impossible de lire ${file} : ${reason}`,
  notUtf8: 'le fichier n’est pas encodé en UTF-8.',
  downloadReturn: 'Télécharger le retour simulé',
  downloadPieces: 'Télécharger la liste des pièces attendues',
  returnNote: 'Le retour simulé porte les codes de traitement de segur-sgl-solde, pas ceux de l’ASP.',
  returnUnavailable: 'Pas de retour simulé : le portail refuserait le fichier entier.',
  requestsHeading: 'Demandes',
  requestsCaption: (n, total) => `${n} ${plural(n, 'demande', 'demandes')}, ${total} HT au total`,
  colNumber: 'N°',
  colEditeur: 'numeroEditeur',
  colAsp: 'numeroASP',
  colFiness: 'FINESS bénéficiaires',
  colAmount: 'Montant HT',
  colPieces: 'Pièces justificatives',
  colStatus: 'Statut',
  statusAccepted: 'Acceptée',
  statusRefused: 'Refusée',
  statusPieces: 'Pièces à corriger',
  statusPending: 'Non traitée',
  errorsHeading: 'Erreurs',
  warningsHeading: 'Avertissements',
  noErrors: 'Aucune erreur.',
  noWarnings: 'Aucun avertissement.',
  fileGroup: 'Fichier',
  depositGroup: 'Pièces (zip)',
  request: (n, editeur) => `Demande n° ${n}${editeur ? ` — numeroEditeur ${editeur}` : ''}`,
  errorMark: 'erreur',
  warningMark: 'avertissement',
  locale: 'fr',
  footer: 'segur-sgl-solde — les messages et les codes sont ceux de la bibliothèque ; le portail de l’ASP reste seul juge.',
};

const en: PageText = {
  lang: 'en',
  numberLocale: 'en-GB',
  title: 'Check a deposit of balance requests',
  subtitle: 'Ségur numérique — BIO-SGL corridor. Checks the JSON file and the zip of attachments before upload to the ASP portal.',
  privacy: 'Everything happens in your browser: no file leaves your computer.',
  language: 'Language',
  inputsHeading: 'Files to check',
  dropTitle: 'Drop the JSON file here and, if you have it, the zip of attachments',
  dropHint: 'or pick them:',
  pickJson: 'Pick the JSON file',
  pickZip: 'Pick the zip of attachments',
  jsonLabel: 'JSON',
  zipLabel: 'Zip',
  noJson: 'no file picked',
  noZip: 'optional — without it, the attachments are not checked',
  removeZip: 'Remove the zip',
  depositDate: 'Deposit date',
  depositDateHint: 'Day of the deposit in Paris: no invoice may be dated after it.',
  depositDateInvalid: 'Enter a valid deposit date.',
  idle: 'Pick a JSON file to check it.',
  checking: 'Checking…',
  inspectContent: 'Also read what the attachments say',
  inspectContentHint: 'Each attachment of the zip is opened here, as the ASP’s instructor will: does it open, does the invoice show its request’s amount, date and FINESS? A warning asks you to look at the attachment; the instructor remains the judge.',
  readingPieces: (d, t, name) => `Reading the attachments: ${d} of ${t} (${name})…`,
  pieceLabel: 'Attachment:',
  refusedWhole: 'The portal will refuse the whole file',
  structureErrors: (n) => `${n} ${pluralEn(n, 'structure error', 'structure errors')}: no request will be processed.`,
  requestsRefused: (r, t) => `${r} ${pluralEn(r, 'request', 'requests')} refused out of ${t}`,
  depositRefused: 'The deposit cannot be made as is: the zip of attachments must be fixed',
  valid: (t) => `Valid file: ${t} ${pluralEn(t, 'request', 'requests')} accepted`,
  errorCount: (n) => `${n} ${pluralEn(n, 'error', 'errors')}`,
  warningCount: (n) => `${n} ${pluralEn(n, 'warning', 'warnings')}`,
  counts: (e, w) => `${en.errorCount(e)}, ${en.warningCount(w)}.`,
  depositOn: (day) => `Deposit of ${day}.`,
  zipChecked: 'Attachments checked in the zip.',
  zipNotChecked: 'No zip given: the attachments were not checked.',
  cannotRead: (file, reason) => `Cannot read ${file}: ${reason}`,
  notUtf8: 'the file is not UTF-8 encoded.',
  downloadReturn: 'Download the simulated return',
  downloadPieces: 'Download the list of expected attachments',
  returnNote: 'The simulated return carries segur-sgl-solde’s processing codes, not the ASP’s.',
  returnUnavailable: 'No simulated return: the portal would refuse the whole file.',
  requestsHeading: 'Requests',
  requestsCaption: (n, total) => `${n} ${pluralEn(n, 'request', 'requests')}, ${total} excl. VAT in total`,
  colNumber: 'No.',
  colEditeur: 'numeroEditeur',
  colAsp: 'numeroASP',
  colFiness: 'Beneficiary FINESS',
  colAmount: 'Amount excl. VAT',
  colPieces: 'Attachments',
  colStatus: 'Status',
  statusAccepted: 'Accepted',
  statusRefused: 'Refused',
  statusPieces: 'Attachments to fix',
  statusPending: 'Not processed',
  errorsHeading: 'Errors',
  warningsHeading: 'Warnings',
  noErrors: 'No error.',
  noWarnings: 'No warning.',
  fileGroup: 'File',
  depositGroup: 'Attachments (zip)',
  request: (n, editeur) => `Request no. ${n}${editeur ? ` — numeroEditeur ${editeur}` : ''}`,
  errorMark: 'error',
  warningMark: 'warning',
  locale: 'en',
  footer: 'segur-sgl-solde — messages and codes are the library’s; the ASP portal alone decides.',
};

/**
 * The page's sentences in a locale.
 *
 * @param locale - `'fr'` or `'en'`
 * @returns the table of sentences
 * @example
 * ```ts
 * pageText('en').valid(3); // 'Valid file: 3 requests accepted'
 * ```
 */
export function pageText(locale: Locale): PageText {
  const texts: Readonly<Record<Locale, PageText>> = { fr, en };
  return texts[locale];
}
