import type { Locale } from '../issues/types.js';

/** Every sentence the command prints, in French and English. */
export interface CliText {
  fileGroup: string;
  depositGroup: string;
  request: (n: number, editeur: string) => string;
  refusedWhole: (errors: number) => string;
  requestsRefused: (refused: number, total: number) => string;
  depositRefused: string;
  valid: (total: number) => string;
  counts: (errors: number, warnings: number) => string;
  usage: string;
  cannotRead: (file: string, reason: string) => string;
  badDate: (value: string) => string;
  accepted: string;
  rejected: string;
  pending: string;
  returnSummary: (accepted: number, rejected: number, pending: number) => string;
  resubmissionWritten: (file: string, count: number) => string;
  nothingToResubmit: string;
  simulationWritten: (file: string) => string;
  modelSame: string;
  modelDifferent: (n: number) => string;
  cannotWrite: (file: string, reason: string) => string;
  notAFolder: (dir: string) => string;
  notUtf8: (file: string) => string;
  tooLarge: (file: string, limit: number, size: number | undefined) => string;
  exists: (file: string) => string;
  isInput: (file: string) => string;
  interrupted: (signal: string) => string;
  unknownOption: (option: string) => string;
  missingValue: (option: string) => string;
  takesNoValue: (option: string) => string;
  unexpectedArgument: (argument: string) => string;
  pageNotBuilt: (file: string) => string;
  pageWritten: (file: string, bytes: number) => string;
  badFirstSequence: (value: string, max: number) => string;
  badMaxZipBytes: (value: string) => string;
  badEncoding: (value: string) => string;
  /** `--deposit-date` not a day. */
  badDepositDate: (value: string) => string;
  /** Where in the CSV: `ligne 3, colonne numeroASP`. */
  lineColumn: (line: number, column: string) => string;
  /** The run refused, nothing written. */
  nothingWritten: (problems: number) => string;
  /** A system error without a phrase of its own. */
  systemRefused: (code: string) => string;
}

const fr: CliText = {
  fileGroup: 'Fichier',
  depositGroup: 'Pièces (zip)',
  request: (n, editeur) => `Demande n° ${n}${editeur ? ` (numeroEditeur ${editeur})` : ''}`,
  refusedWhole: (errors) => `Verdict : fichier refusé en entier (${errors} erreur(s) de structure).`,
  requestsRefused: (refused, total) => `Verdict : ${refused} demande(s) refusée(s) sur ${total}.`,
  depositRefused: 'Verdict : le dépôt ne peut pas être fait tel quel (le zip des pièces est à corriger).',
  valid: (total) => `Verdict : fichier valide, ${total} demande(s) acceptée(s).`,
  counts: (errors, warnings) => `${errors} erreur(s), ${warnings} avertissement(s).`,
  usage: 'Utilisation',
  cannotRead: (file, reason) => `Impossible de lire ${file} : ${reason}`,
  badDate: (value) => `--deposit-date « ${value} » doit être un jour du calendrier, JJ/MM/AAAA ou AAAA-MM-JJ.`,
  accepted: 'acceptée',
  rejected: 'refusée',
  pending: 'non traitée',
  returnSummary: (a, r, p) => `${a} demande(s) acceptée(s), ${r} refusée(s), ${p} non traitée(s).`,
  resubmissionWritten: (file, count) => `${count} demande(s) à corriger écrite(s) dans ${file}.`,
  nothingToResubmit: 'Aucune demande refusée : rien à renvoyer.',
  simulationWritten: (file) => `Retour simulé écrit dans ${file} (codes de traitement de segur-sgl-solde, pas ceux de l’ASP).`,
  modelSame: 'Le modèle a la même structure que les fichiers écrits par la bibliothèque.',
  modelDifferent: (n) => `${n} différence(s) entre le modèle et les fichiers écrits par la bibliothèque.`,
  cannotWrite: (file, reason) => `Impossible d’écrire ${file} : ${reason}`,
  notAFolder: (dir) => `Impossible d’écrire dans ${dir} : ce n’est pas un dossier`,
  notUtf8: (file) => `Impossible de lire ${file} : le texte n’est pas en UTF-8`,
  tooLarge: (file, limit, size) =>
    `Impossible de lire ${file} : fichier trop grand (${size === undefined ? `plus de ${String(limit)}` : String(size)} octets, au-delà de la limite de ${String(limit)} octets ; un fichier de 200 demandes fait quelques centaines de ko)`,
  exists: (file) => `${file} existe déjà : rien n’a été écrit (--overwrite pour le remplacer)`,
  isInput: (file) => `${file} est un des fichiers lus par la commande : il n’est jamais remplacé, même avec --overwrite`,
  interrupted: (signal) => `Interrompu (${signal}) : rien n’a été écrit, les fichiers temporaires sont supprimés.`,
  unknownOption: (option) => `option inconnue « ${option} »`,
  missingValue: (option) => `l’option « ${option} » attend une valeur`,
  takesNoValue: (option) => `l’option « ${option} » ne prend pas de valeur`,
  unexpectedArgument: (argument) => `argument inattendu « ${argument} »`,
  pageNotBuilt: (file) => `Impossible de lire ${file} : la page n’est pas construite (npm run build)`,
  pageWritten: (file, bytes) => `Page écrite : ${file} (${String(bytes)} octets).`,
  badFirstSequence: (value, max) => `--first-sequence « ${value} » doit être un nombre entier de 1 à ${String(max)}.`,
  badMaxZipBytes: (value) => `--max-zip-bytes « ${value} » doit être un nombre entier d’octets, au moins 1.`,
  badEncoding: (value) => `--encoding « ${value} » : utf8 ou win1252 attendu.`,
  badDepositDate: (value) => `--deposit-date « ${value} » : JJ/MM/AAAA ou AAAA-MM-JJ attendu`,
  lineColumn: (line, column) => `ligne ${String(line)}, colonne ${column}`,
  nothingWritten: (problems) => `${String(problems)} problème(s) : rien n’a été écrit.`,
  systemRefused: (code) => `le système a refusé (${code})`,
};

const en: CliText = {
  fileGroup: 'File',
  depositGroup: 'Attachments (zip)',
  request: (n, editeur) => `Request no. ${n}${editeur ? ` (numeroEditeur ${editeur})` : ''}`,
  refusedWhole: (errors) => `Verdict: the whole file is refused (${errors} structure error(s)).`,
  requestsRefused: (refused, total) => `Verdict: ${refused} request(s) refused out of ${total}.`,
  depositRefused: 'Verdict: the deposit cannot be made as is (the zip of attachments must be fixed).',
  valid: (total) => `Verdict: valid file, ${total} request(s) accepted.`,
  counts: (errors, warnings) => `${errors} error(s), ${warnings} warning(s).`,
  usage: 'Usage',
  cannotRead: (file, reason) => `Cannot read ${file}: ${reason}`,
  badDate: (value) => `--deposit-date "${value}" must be a calendar day, DD/MM/YYYY or YYYY-MM-DD.`,
  accepted: 'accepted',
  rejected: 'rejected',
  pending: 'not processed',
  returnSummary: (a, r, p) => `${a} request(s) accepted, ${r} rejected, ${p} not processed.`,
  resubmissionWritten: (file, count) => `${count} request(s) to correct written to ${file}.`,
  nothingToResubmit: 'No rejected request: nothing to send again.',
  simulationWritten: (file) => `Simulated return written to ${file} (processing codes are segur-sgl-solde's, not the ASP's).`,
  modelSame: 'The model has the same structure as the files the library writes.',
  modelDifferent: (n) => `${n} difference(s) between the model and the files the library writes.`,
  cannotWrite: (file, reason) => `Cannot write ${file}: ${reason}`,
  notAFolder: (dir) => `Cannot write into ${dir}: it is not a folder`,
  notUtf8: (file) => `Cannot read ${file}: the text is not UTF-8`,
  tooLarge: (file, limit, size) =>
    `Cannot read ${file}: file too large (${size === undefined ? `more than ${String(limit)}` : String(size)} bytes, over the limit of ${String(limit)} bytes; a 200-request file is a few hundred kB)`,
  exists: (file) => `${file} already exists: nothing was written (--overwrite to replace it)`,
  isInput: (file) => `${file} is one of the files the command reads: it is never replaced, even with --overwrite`,
  interrupted: (signal) => `Interrupted (${signal}): nothing was written, the temporary files are removed.`,
  unknownOption: (option) => `unknown option "${option}"`,
  missingValue: (option) => `option "${option}" needs a value`,
  takesNoValue: (option) => `option "${option}" takes no value`,
  unexpectedArgument: (argument) => `unexpected argument "${argument}"`,
  pageNotBuilt: (file) => `Cannot read ${file}: the page is not built (npm run build)`,
  pageWritten: (file, bytes) => `Page written: ${file} (${String(bytes)} bytes).`,
  badFirstSequence: (value, max) => `--first-sequence "${value}" must be a whole number from 1 to ${String(max)}.`,
  badMaxZipBytes: (value) => `--max-zip-bytes "${value}" must be a whole number of bytes, at least 1.`,
  badEncoding: (value) => `--encoding "${value}": utf8 or win1252 expected.`,
  badDepositDate: (value) => `--deposit-date "${value}": DD/MM/YYYY or YYYY-MM-DD expected`,
  lineColumn: (line, column) => `line ${String(line)}, column ${column}`,
  nothingWritten: (problems) => `${String(problems)} problem(s): nothing was written.`,
  systemRefused: (code) => `the system refused (${code})`,
};

/**
 * The command's sentences in a locale.
 *
 * @example
 * ```ts
 * cliText('en').valid(3); // 'Verdict: valid file, 3 request(s) accepted.'
 * ```
 */
export function cliText(locale: Locale): CliText {
  const texts: Readonly<Record<Locale, CliText>> = { fr, en };
  return texts[locale];
}
