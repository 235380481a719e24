import type { IssueParams } from '../types.js';
import type { MessageTable } from './fr.js';
import { FINESS_LENGTH } from '../../checks/finess.js';
import { SIRET_LENGTH } from '../../checks/siret.js';
import { IDENT_DMP_LENGTH_BELOW, MAX_LINES, MSS_ADDRESS_LENGTH_BELOW, NOM_FICHIER_LENGTH_BELOW, NUMERO_ANS_LENGTH, NUMERO_ASP_DIGITS, NUMERO_ASP_PREFIX, NUMERO_EDITEUR_LENGTH } from '../../schema/fields.js';

const k = (p: IssueParams): string => p.key ?? '?';
const v = (p: IssueParams): string => `"${p.value ?? ''}"`;
/** A size limit in megabytes, for the reader: ` (200 MB)`, ` (2.5 MB)`. */
const mb = (bytes: number | undefined): string => (bytes === undefined || bytes < 100_000 ? '' : ` (${String(Math.round(bytes / 10_000) / 100)} MB)`);

/**
 * English messages (`{ locale: 'en' }`).
 *
 * @example
 * ```ts
 * import { messagesEn } from 'segur-sgl-solde';
 * messagesEn.LINES_TOO_MANY({ count: 201, limit: 200 });
 * ```
 */
export const messagesEn: MessageTable = {
  INPUT_TOO_LARGE: (p) => `The text is ${p.count ?? '?'} bytes, over the limit of ${p.limit ?? '?'}: it is not read (a 200-request file is a few hundred kB).`,
  INPUT_UNREADABLE: (p) => `The input cannot be read as a JSON file (${p.detail ?? 'unreadable value'}).`,
  JSON_SYNTAX: (p) => `The text is not valid JSON (line ${p.line ?? '?'}, column ${p.column ?? '?'}): ${p.detail ?? ''}. The portal will refuse the whole file.`,
  ISSUES_REPEATED: (p) => `${p.detail ?? '?'}: ${p.count ?? '?'} occurrences here; only the first ${p.limit ?? '?'} are listed.`,
  LIST_ITEM_UNCHECKED: (p) => `Item not checked: past its first ${p.count ?? '?'} items, this list already gave more than ${p.limit ?? '?'} faults.`,
  JSON_TOO_DEEP: (p) => `The JSON is nested more than ${p.limit ?? '?'} levels deep: this is not a balance-request file.`,
  JSON_DUPLICATE_KEY: (p) => `The key "${k(p)}" appears twice in the same object: which value counts is unknowable. Write it once.`,
  JSON_FORBIDDEN_KEY: (p) => `The key "${k(p)}" is forbidden (it is used in prototype attacks) and is not part of the format.`,
  BOM_PRESENT: () => `The file starts with a byte order mark (BOM): save it as UTF-8 without BOM.`,
  ROOT_NOT_OBJECT: (p) => `The file must be a JSON object { "impId": null, "numeroAns": …, "SIRET": …, "lignesImport": [ … ] }, not ${p.expected ?? 'this value'}.`,
  KEY_MISSING: (p) => `The required key "${k(p)}" is missing.`,
  KEY_UNKNOWN: (p) => `The key "${k(p)}" does not exist in the ASP format: remove it.`,
  KEY_WRONG_CASE: (p) => `The key "${k(p)}" must be written exactly "${p.expected ?? '?'}" (key names are case-sensitive).`,
  TYPE_INVALID: (p) => `"${k(p)}" must be of JSON type ${p.expected ?? '?'}, not ${v(p)}.`,
  NULL_AS_STRING: (p) => `"${k(p)}" holds the string "null": write the JSON value null, without quotes.`,
  BOOLEAN_AS_STRING: (p) => `"${k(p)}" holds the string ${v(p)}: write the JSON boolean ${p.expected ?? 'true or false'}, without quotes.`,
  NUMBER_AS_STRING: (p) => `"${k(p)}" holds the string ${v(p)}: write the JSON number ${p.expected ?? ''}, without quotes.`,
  AMOUNT_AS_STRING: (p) => `The amount "${k(p)}" is written as a string ${v(p)}: write a JSON number with two decimals, without quotes (e.g. ${p.expected ?? '27450.00'}).`,
  IMPID_NOT_NULL: (p) => `impId must be null when sent (the ASP fills it in), not ${v(p)}.`,
  NUMERO_ANS_FORMAT: (p) => `numeroAns ${v(p)} must be exactly ${String(NUMERO_ANS_LENGTH)} letters and digits (the software's ANS referencing number).`,
  SIRET_FORMAT: (p) => `The SIRET ${v(p)} must be exactly ${String(SIRET_LENGTH)} digits, without spaces.`,
  SIRET_KEY: (p) => `The SIRET ${v(p)} has a wrong check digit (Luhn algorithm): check it against your registration.`,
  LINES_EMPTY: () => `lignesImport holds no request: at least one is needed.`,
  LINES_TOO_MANY: (p) => `lignesImport holds ${p.count ?? '?'} requests, over the ${p.limit ?? MAX_LINES} allowed per file: spread them over several files.`,
  LINE_NUMBER_INVALID: (p) => `numLigne ${v(p)} must be an integer written without decimals, from 1 to ${MAX_LINES}.`,
  LINE_NUMBER_SEQUENCE: (p) => `numLigne is ${p.value ?? '?'} but this is request no. ${p.expected ?? '?'}: number the requests from 1, one by one.`,
  TYPE_ACTION_INVALID: (p) => `typeAction must be "C" (creation of a balance request), not ${v(p)}.`,
  NUMERO_ASP_FORMAT: (p) => `numeroASP ${v(p)} must be ${NUMERO_ASP_PREFIX} followed by ${String(NUMERO_ASP_DIGITS)} digits (${String(NUMERO_ASP_PREFIX.length + NUMERO_ASP_DIGITS)} characters), the file number received for the advance.`,
  NUMERO_ASP_DUPLICATE: (p) => `numeroASP ${v(p)} is already used by request no. ${p.other ?? '?'} of this file.`,
  NUMERO_EDITEUR_FORMAT: (p) => `numeroEditeur ${v(p)} must be exactly ${String(NUMERO_EDITEUR_LENGTH)} letters and digits (the same number as for the advance).`,
  NUMERO_EDITEUR_DUPLICATE: (p) => `numeroEditeur ${v(p)} is already used by request no. ${p.other ?? '?'}: it must be unique in the file (it ties the request to its attachments).`,
  DATE_FORMAT: (p) => `dateFacture ${v(p)} must be written DD/MM/YYYY (e.g. 15/03/2024).`,
  DATE_INVALID: (p) => `dateFacture ${v(p)} is not a calendar date.`,
  DATE_AFTER_DEPOSIT: (p) => `dateFacture ${v(p)} is after the deposit date (${p.expected ?? '?'}): an invoice cannot be dated in the future.`,
  AMOUNT_NOT_POSITIVE: (p) => `montantSegurHTFacture ${v(p)} must be greater than zero.`,
  AMOUNT_DECIMALS: (p) => `montantSegurHTFacture ${v(p)} must be written with exactly two digits after the point, even when they are 00 (e.g. ${p.expected ?? '27450.00'}).`,
  AMOUNT_TOO_LARGE: (p) => `montantSegurHTFacture ${v(p)} has more than 13 digits before the point: such an amount cannot be read or written without being changed (at most 9999999999999.99).`,
  AMOUNT_OVER_PURCHASE_ORDER: (p) => `montantSegurHTFacture ${v(p)} is over the purchase-order amount (${p.expected ?? '?'}): the invoiced amount can only be equal or lower.`,
  BENEFICIAIRES_EMPTY: () => `beneficiaires must list at least one geographical FINESS number.`,
  FINESS_FORMAT: (p) => `The FINESS ${v(p)} must be ${String(FINESS_LENGTH)} characters: a digit, a digit or a letter (2A, 2B), then ${String(FINESS_LENGTH - 2)} digits.`,
  FINESS_DUPLICATE: (p) => `The FINESS ${v(p)} is listed twice among this request's beneficiaries.`,
  FINESS_KEY: (p) => `The FINESS ${v(p)} has a check digit that does not match (Luhn): check the number (the guide's test numbers, such as 999999991, have no valid key).`,
  PIECE_NAME_TOO_LONG: (p) => `nomFichier ${v(p)} is ${p.count ?? '?'} characters long: ${NOM_FICHIER_LENGTH_BELOW - 1} at most.`,
  PIECE_NAME_MISMATCH: (p) => `nomFichier ${v(p)} does not follow the naming rule: for this request, type and format it must be "${p.expected ?? '?'}".`,
  PIECE_NAME_DUPLICATE: (p) => `The attachment ${v(p)} is declared twice in this request.`,
  PIECE_FORMAT_INVALID: (p) => `formatFichier ${v(p)} must be "PDF", "PNG", "JPG" or "XML" (upper case).`,
  PIECE_TYPE_INVALID: (p) => `typeFichier ${v(p)} must be "FACTURE" or "VA".`,
  PIECE_FACTURE_MISSING: () => `No attachment of type FACTURE: attach the invoice.`,
  PIECE_VA_MISSING: () => `No attachment of type VA: attach the vérification d'aptitude certificate.`,
  PIECE_XML_UNLISTED: (p) => `The attachment ${v(p)} is XML, which the naming rule (pdf, jpg, png) does not list: prefer a PDF.`,
  VALUE_NOT_NULL: (p) => `"${k(p)}" must be null when sent, not ${v(p)}.`,
  DMP_IDENT_MISSING: () => `isDirectToDMP is true: identDMP must list at least one DMP connection identifier (Struct_IdNat).`,
  DMP_IDENT_UNEXPECTED: () => `isDirectToDMP is false but identDMP lists identifiers: check the scenario (the portal expects null).`,
  DMP_IDENT_TOO_LONG: (p) => `The DMP identifier ${v(p)} is ${p.count ?? '?'} characters long: ${IDENT_DMP_LENGTH_BELOW - 1} at most.`,
  DMP_IDENT_FORM: (p) => `The DMP identifier ${v(p)} is not of a known Struct_IdNat form (0 + ADELI-rank, 1 + FINESS, 2 + SIREN, 3 + SIRET, 4 + RPPS-rank).`,
  MSS_ADDRESS_MISSING: (p) => `${p.expected ?? 'isDirectTo…'} is true: "${k(p)}" must give the address of the sending MSSanté box.`,
  MSS_ADDRESS_UNEXPECTED: (p) => `${p.expected ?? 'isDirectTo…'} is false: "${k(p)}" must be null, not ${v(p)}.`,
  MSS_ADDRESS_INVALID: (p) => `"${k(p)}" ${v(p)} is not a valid e-mail address.`,
  MSS_ADDRESS_TOO_LONG: (p) => `"${k(p)}" is ${p.count ?? '?'} characters long: ${MSS_ADDRESS_LENGTH_BELOW - 1} at most.`,
  MSS_DOMAIN_NOT_MSSANTE: (p) => `The address ${v(p)} is not under the mssante.fr domain: check that it is an MSSanté box.`,
  MSS_PATIENT_ADDRESS: (p) => `The address ${v(p)} is a patient address: the structure's sending box is expected here.`,
  ZIP_INVALID: (p) => `The file given is not a readable zip archive (${p.detail ?? 'unknown format'}).`,
  ZIP_TOO_MANY_PIECES: (p) =>
    `The JSON names ${p.count ?? '?'} pieces found in the zip, more than the ${p.limit ?? '?'} a valid deposit can name (200 requests × 2 types × 5 extensions): the content of the others is not checked.`,
  ZIP_TOO_LARGE: (p) => `The zip is ${p.count ?? '?'} bytes, over the limit of ${p.limit ?? '?'} bytes${mb(p.limit)}: spread the requests over several deposits.`,
  ZIP_PIECE_MISSING: (p) => `The attachment ${v(p)} is declared in the JSON but missing from the zip.`,
  ZIP_PIECE_NOT_NAMED: (p) => `The file ${v(p)} is not declared by any request of the JSON: remove it from the zip or declare it.`,
  ZIP_PIECE_TOO_LARGE: (p) => `The attachment ${v(p)} is ${p.count === undefined ? '' : `${p.count} bytes, `}over the limit of ${p.limit ?? '?'} bytes${mb(p.limit)}.`,
  ZIP_PIECE_EMPTY: (p) => `The attachment ${v(p)} is empty.`,
  ZIP_PIECE_CONTENT_MISMATCH: (p) => `The content of ${v(p)} is not a ${p.expected ?? '?'} file as formatFichier declares.`,
  ZIP_ENTRY_UNSAFE_PATH: (p) => `The zip entry ${v(p)} has an unsafe path (absolute, ".." or backslash): attachments must sit at the root.`,
  ZIP_ENTRY_IN_FOLDER: (p) => `The zip entry ${v(p)} is inside a folder: attachments must sit at the root of the zip.`,
  ZIP_ENTRY_DUPLICATE: (p) => `The zip entry ${v(p)} appears more than once.`,
  ZIP_ENTRY_CASE_CLASH: (p) => `The entries ${v(p)} and "${p.expected ?? '?'}" differ only by case.`,
  ZIP_ENTRY_ENCRYPTED: (p) => `The zip entry ${v(p)} is encrypted: the portal cannot read it.`,
  ZIP_ENTRY_INCONSISTENT: (p) => `The zip entry ${v(p)} is inconsistent (${p.detail ?? 'wrong sizes or headers'}).`,
  CONTENT_PDF_UNREADABLE: (p) => `The attachment ${v(p)} does not open as a PDF (${p.detail ?? 'unreadable structure'}): an unreadable attachment justifies nothing.`,
  CONTENT_PDF_ENCRYPTED: (p) => `The attachment ${v(p)} asks for a password: the instructor will not be able to open it.`,
  CONTENT_PDF_NO_TEXT: (p) => `The attachment ${v(p)} has no text (${p.count ?? '?'} page(s)): a scan cannot be checked automatically, look at it.`,
  CONTENT_AMOUNT_NOT_FOUND: (p) => `The invoice ${v(p)} does not show the request's Ségur amount excl. VAT (${p.expected ?? '?'}).`,
  CONTENT_DATE_NOT_FOUND: (p) => `The invoice ${v(p)} does not show the request's invoice date (${p.expected ?? '?'}).`,
  CONTENT_FINESS_NOT_FOUND: (p) => `The FINESS ${v(p)} appears in none of the request's attachments that were read (${p.expected ?? '?'}).`,
  CONTENT_IMAGE_UNREADABLE: (p) => `The image ${v(p)} does not decode (${p.detail ?? 'truncated or damaged'}): an unreadable attachment justifies nothing.`,
  CONTENT_XML_MALFORMED: (p) => `The XML ${v(p)} is not well-formed${p.line === undefined ? '' : ` (line ${p.line}, column ${p.column ?? '?'})`}: ${p.detail ?? 'mismatched tags'}.`,
  CONTENT_TIMEOUT: (p) =>
    p.detail === 'memory'
      ? `The attachment ${v(p)} could not be read within ${p.limit ?? '?'} MiB of memory (a hostile or very heavy PDF): open it to check that it is readable.`
      : `The attachment ${v(p)} could not be read within ${p.limit ?? '?'} ms: open it to check that it is readable.`,
};
