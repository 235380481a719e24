/**
 * English (`locale: 'en'`).
 *
 * @module
 */
import { FINESS_LENGTH } from '../../checks/finess.js';
import { SIRET_LENGTH } from '../../checks/siret.js';
import { IDENT_DMP_LENGTH_BELOW, MAX_LINES, MSS_ADDRESS_LENGTH_BELOW, NOM_FICHIER_LENGTH_BELOW, NUMERO_ANS_LENGTH, NUMERO_ASP_DIGITS, NUMERO_ASP_PREFIX, NUMERO_EDITEUR_LENGTH } from '../../schema/fields.js';
import type { InputFault, JsonExpectation, JsonFound, JsonTypeName, UnsafePathReason, ZipFault } from '../params.js';
import { byKind, type LocaleMessages } from './locale-messages.js';

const q = (text: string): string => `"${text}"`;
/** A size limit in megabytes, for the reader: ` (200 MB)`, ` (2.5 MB)`. */
const mb = (bytes: number): string => (bytes < 100_000 ? '' : ` (${String(Math.round(bytes / 10_000) / 100)} MB)`);

const TYPE_NAMES: Readonly<Record<JsonTypeName, string>> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  null: 'null',
  undefined: 'a missing value',
  bigint: 'a big integer',
  symbol: 'a symbol',
  function: 'a function',
};

const EXPECTATIONS: Readonly<Record<JsonExpectation, string>> = {
  value: 'a JSON value was expected',
  'object-key': 'a quoted key was expected',
  colon: 'a colon ":" was expected after the key',
  'comma-or-object-end': 'a comma "," or the end of the object "}" was expected',
  'comma-or-array-end': 'a comma "," or the end of the array "]" was expected',
  'text-end': 'the end of the text was expected after the JSON value',
  'string-end': 'the closing quote \'"\' was expected',
  'escaped-control-character': 'a control character must be written \\u00XX',
  'four-hex-digits': 'four hexadecimal digits were expected after \\u',
  'escape-character': 'an escape character (" \\ / b f n r t u) was expected after \\',
  digit: 'a digit was expected',
  'well-formed-number': 'the number is malformed',
  'json-text': 'the JSON reader refuses the text',
};

const found = (f: JsonFound): string => (f.kind === 'end' ? 'the text ends there' : `found ${q(f.character)}`);

const inputFault = byKind<InputFault>({
  cycle: () => 'a value contains itself',
  'not-text': (f) => `${TYPE_NAMES[f.type]} instead of a text`,
  threw: (f) => `reading it threw an error: ${q(f.thrown)}`,
});

const UNSAFE: Readonly<Record<UnsafePathReason, string>> = {
  empty: 'empty name',
  control: 'control character in the name',
  backslash: 'backslash "\\"',
  absolute: 'absolute path',
  'dot-segment': '".." component',
  symlink: 'symbolic link',
};

const zipFault = byKind<ZipFault>({
  'too-small': () => 'fewer than 22 bytes',
  'no-end-record': () => 'end of central directory not found',
  'multi-disk': () => 'multi-volume archive',
  'zip64-corrupt': () => 'unreadable zip64 records',
  'directory-out-of-bounds': () => 'central directory outside the file',
  'directory-corrupt': () => 'corrupted central directory',
  'directory-too-large': (d) => `central directory of ${d.size} bytes, over the zip limit (${d.limit} bytes): not read`,
  'too-many-entries': (d) => `${d.count} entries, over 65535`,
  'local-header-missing': () => 'local header not found',
  'local-name-differs': () => 'the local header names another file than the central directory',
  'local-header-differs': () => 'the local header and the central directory disagree',
  'unicode-name-differs': (d) => `a second name ${q(d.other)} is declared (Unicode Path field)`,
  'data-out-of-bounds': () => 'data outside the archive',
  overlap: (d) => `its data overlaps entry ${q(d.other)}`,
  method: (d) => `compression method ${d.method} not supported: only stored (0) and deflate (8) are`,
  'stored-sizes': (d) => `stored entry whose compressed size (${d.compressed}) differs from its size (${d.size})`,
  'size-mismatch': (d) => `declared size ${d.declared} bytes, actual size ${d.actual}`,
  'size-over-declared': (d) => `declared size ${d.declared} bytes, but inflating gives more`,
  'crc-mismatch': () => 'the CRC-32 does not match the content (corrupted file)',
  'corrupt-data': () => 'unreadable compressed data',
  'changed-while-writing': () => 'the file changed while the zip was being written',
});

/**
 * The English words of the library.
 *
 * @example
 * ```ts
 * import { LOCALES } from 'segur-sgl-solde';
 * LOCALES.en.issues.SIRET_FORMAT({ key: 'SIRET', value: '123' });
 * // 'The SIRET "123" must be exactly 14 digits, without spaces.'
 * ```
 */
export const en: LocaleMessages = {
  root: '(root)',
  zipFault,
  demande: (index, numeroEditeur) => `demand no. ${index}${numeroEditeur === undefined ? '' : ` (numeroEditeur ${numeroEditeur})`}`,
  unsafePath: (reason) => UNSAFE[reason],
  validationError: (count, shown, more) => `${count} error(s): ${shown.join('; ')}${more > 0 ? ` (+${more})` : ''}`,
  issues: {
    INPUT_TOO_LARGE: (p) => `The text is ${p.count} bytes, over the limit of ${p.limit}: it is not read (a 200-request file is a few hundred kB).`,
    INPUT_UNREADABLE: (p) => `The input cannot be read as a JSON file (${inputFault(p.fault)}).`,
    JSON_SYNTAX: (p) => `The text is not valid JSON (line ${p.line}, column ${p.column}): ${EXPECTATIONS[p.fault.expected]}, ${found(p.fault.found)}. The portal will refuse the whole file.`,
    ISSUES_REPEATED: (p) => `${p.repeated}: ${p.count} occurrences here; only the first ${p.limit} are listed.`,
    LIST_ITEM_UNCHECKED: (p) => `Item not checked: past its first ${p.count} items, this list already gave more than ${p.limit} faults.`,
    JSON_TOO_DEEP: (p) => `The JSON is nested more than ${p.limit} levels deep: this is not a balance-request file.`,
    JSON_DUPLICATE_KEY: (p) => `The key ${q(p.key)} appears twice in the same object: which value counts is unknowable. Write it once.`,
    JSON_FORBIDDEN_KEY: (p) => `The key ${q(p.key)} is forbidden (it is used in prototype attacks) and is not part of the format.`,
    BOM_PRESENT: () => `The file starts with a byte order mark (BOM): save it as UTF-8 without BOM.`,
    ROOT_NOT_OBJECT: (p) => `The file must be a JSON object { "impId": null, "numeroAns": …, "SIRET": …, "lignesImport": [ … ] }, not ${TYPE_NAMES[p.found]}.`,
    KEY_MISSING: (p) => `The required key ${q(p.key)} is missing.`,
    KEY_UNKNOWN: (p) => `The key ${q(p.key)} does not exist in the ASP format: remove it.`,
    KEY_WRONG_CASE: (p) => `The key ${q(p.key)} must be written exactly ${q(p.expected)} (key names are case-sensitive).`,
    TYPE_INVALID: (p) => `${q(p.key)} must be ${p.expected === undefined ? 'of another JSON type' : `${TYPE_NAMES[p.expected]} in JSON`}${p.value === undefined ? '' : `, not ${q(p.value)}`}.`,
    NULL_AS_STRING: (p) => `${q(p.key)} holds the string "null": write the JSON value null, without quotes.`,
    BOOLEAN_AS_STRING: (p) => `${q(p.key)} holds the string ${q(p.value)}: write the JSON boolean ${p.expected}, without quotes.`,
    NUMBER_AS_STRING: (p) => `${q(p.key)} holds the string ${q(p.value)}: write the JSON number ${p.expected}, without quotes.`,
    AMOUNT_AS_STRING: (p) => `The amount ${q(p.key)} is written as a string ${q(p.value)}: write a JSON number with two decimals, without quotes (e.g. ${p.expected}).`,
    IMPID_NOT_NULL: (p) => `impId must be null when sent (the ASP fills it in), not ${q(p.value)}.`,
    NUMERO_ANS_FORMAT: (p) => `numeroAns ${q(p.value)} must be exactly ${String(NUMERO_ANS_LENGTH)} letters and digits (the software's ANS referencing number).`,
    SIRET_FORMAT: (p) => `The SIRET ${q(p.value)} must be exactly ${String(SIRET_LENGTH)} digits, without spaces.`,
    SIRET_KEY: (p) => `The SIRET ${q(p.value)} has a wrong check digit (Luhn algorithm): check it against your registration.`,
    LINES_EMPTY: () => `lignesImport holds no request: at least one is needed.`,
    LINES_TOO_MANY: (p) => `lignesImport holds ${p.count} requests, over the ${p.limit} allowed per file: spread them over several files.`,
    LINE_NUMBER_INVALID: (p) => `numLigne ${q(p.value)} must be an integer written without decimals, from 1 to ${MAX_LINES}.`,
    LINE_NUMBER_SEQUENCE: (p) => `numLigne is ${p.value} but this is request no. ${p.expected}: number the requests from 1, one by one.`,
    TYPE_ACTION_INVALID: (p) => `typeAction must be "C" (creation of a balance request), not ${q(p.value)}.`,
    NUMERO_ASP_FORMAT: (p) =>
      `numeroASP ${q(p.value)} must be ${NUMERO_ASP_PREFIX} followed by ${String(NUMERO_ASP_DIGITS)} digits (${String(NUMERO_ASP_PREFIX.length + NUMERO_ASP_DIGITS)} characters), the file number received for the advance.`,
    NUMERO_ASP_DUPLICATE: (p) => `numeroASP ${q(p.value)} is already used by request no. ${p.other} of this file.`,
    NUMERO_EDITEUR_FORMAT: (p) => `numeroEditeur ${q(p.value)} must be exactly ${String(NUMERO_EDITEUR_LENGTH)} letters and digits (the same number as for the advance).`,
    NUMERO_EDITEUR_DUPLICATE: (p) => `numeroEditeur ${q(p.value)} is already used by request no. ${p.other}: it must be unique in the file (it ties the request to its attachments).`,
    DATE_FORMAT: (p) => `dateFacture ${q(p.value)} must be written DD/MM/YYYY (e.g. 15/03/2024).`,
    DATE_INVALID: (p) => `dateFacture ${q(p.value)} is not a calendar date.`,
    DATE_AFTER_DEPOSIT: (p) => `dateFacture ${q(p.value)} is after the deposit date (${p.expected}): an invoice cannot be dated in the future.`,
    AMOUNT_NOT_POSITIVE: (p) => `montantSegurHTFacture ${q(p.value)} must be greater than zero.`,
    AMOUNT_DECIMALS: (p) => `montantSegurHTFacture ${q(p.value)} must be written with exactly two digits after the point, even when they are 00 (e.g. ${p.expected ?? '27450.00'}).`,
    AMOUNT_TOO_LARGE: (p) => `montantSegurHTFacture ${q(p.value)} has more than 13 digits before the point: such an amount cannot be read or written without being changed (at most 9999999999999.99).`,
    AMOUNT_OVER_PURCHASE_ORDER: (p) => `montantSegurHTFacture ${q(p.value)} is over the purchase-order amount (${p.expected}): the invoiced amount can only be equal or lower.`,
    BENEFICIAIRES_EMPTY: () => `beneficiaires must list at least one geographical FINESS number.`,
    FINESS_FORMAT: (p) => `The FINESS ${q(p.value)} must be ${String(FINESS_LENGTH)} characters: a digit, a digit or a letter (2A, 2B), then ${String(FINESS_LENGTH - 2)} digits.`,
    FINESS_DUPLICATE: (p) => `The FINESS ${q(p.value)} is listed twice among this request's beneficiaries.`,
    FINESS_KEY: (p) => `The FINESS ${q(p.value)} has a check digit that does not match (Luhn): check the number (the guide's test numbers, such as 999999991, have no valid key).`,
    PIECE_NAME_TOO_LONG: (p) => `nomFichier ${q(p.value)} is ${p.count} characters long: ${NOM_FICHIER_LENGTH_BELOW - 1} at most.`,
    PIECE_NAME_MISMATCH: (p) => `nomFichier ${q(p.value)} does not follow the naming rule: for this request, type and format it must be ${q(p.expected)}.`,
    PIECE_NAME_DUPLICATE: (p) => `The attachment ${q(p.value)} is declared twice in this request.`,
    PIECE_FORMAT_INVALID: (p) => `formatFichier ${q(p.value)} must be "PDF", "PNG", "JPG" or "XML" (upper case).`,
    PIECE_TYPE_INVALID: (p) => `typeFichier ${q(p.value)} must be "FACTURE" or "VA".`,
    PIECE_FACTURE_MISSING: () => `No attachment of type FACTURE: attach the invoice.`,
    PIECE_VA_MISSING: () => `No attachment of type VA: attach the fitness-check certificate (VA).`,
    PIECE_XML_UNLISTED: (p) => `The attachment ${q(p.value)} is XML, which the naming rule (pdf, jpg, png) does not list: prefer a PDF.`,
    VALUE_NOT_NULL: (p) => `${q(p.key)} must be null when sent, not ${q(p.value)}.`,
    DMP_IDENT_MISSING: () => `isDirectToDMP is true: identDMP must list at least one DMP connection identifier (Struct_IdNat).`,
    DMP_IDENT_UNEXPECTED: () => `isDirectToDMP is false but identDMP lists identifiers: check the scenario (the portal expects null).`,
    DMP_IDENT_TOO_LONG: (p) => `The DMP identifier ${q(p.value)} is ${p.count} characters long: ${IDENT_DMP_LENGTH_BELOW - 1} at most.`,
    DMP_IDENT_FORM: (p) => `The DMP identifier ${q(p.value)} is not of a known Struct_IdNat form (0 + ADELI-rank, 1 + FINESS, 2 + SIREN, 3 + SIRET, 4 + RPPS-rank).`,
    MSS_ADDRESS_MISSING: (p) => `${p.expected} is true: ${q(p.key)} must give the address of the sending MSSanté box.`,
    MSS_ADDRESS_UNEXPECTED: (p) => `${p.expected} is false: ${q(p.key)} must be null, not ${q(p.value)}.`,
    MSS_ADDRESS_INVALID: (p) => `${q(p.key)} ${q(p.value)} is not a valid e-mail address.`,
    MSS_ADDRESS_TOO_LONG: (p) => `${q(p.key)} is ${p.count} characters long: ${MSS_ADDRESS_LENGTH_BELOW - 1} at most.`,
    MSS_DOMAIN_NOT_MSSANTE: (p) => `The address ${q(p.value)} is not under the mssante.fr domain: check that it is an MSSanté box.`,
    MSS_PATIENT_ADDRESS: (p) => `The address ${q(p.value)} is a patient address: the structure's sending box is expected here.`,
    ZIP_INVALID: (p) => `The file given is not a readable zip archive (${zipFault(p.fault)}).`,
    ZIP_TOO_MANY_PIECES: (p) =>
      `The JSON names ${p.count} pieces found in the zip, more than the ${p.limit} a valid deposit can name (200 requests × 2 types × 5 extensions): the content of the others is not checked.`,
    ZIP_TOO_LARGE: (p) => `The zip is ${p.count} bytes, over the limit of ${p.limit} bytes${mb(p.limit)}: spread the requests over several deposits.`,
    ZIP_PIECE_MISSING: (p) => `The attachment ${q(p.value)} is declared in the JSON but missing from the zip.`,
    ZIP_PIECE_NOT_NAMED: (p) => `The file ${q(p.value)} is not declared by any request of the JSON: remove it from the zip or declare it.`,
    ZIP_PIECE_TOO_LARGE: (p) => `The attachment ${q(p.value)} is ${p.count === undefined ? '' : `${p.count} bytes, `}over the limit of ${p.limit} bytes${mb(p.limit)}.`,
    ZIP_PIECE_EMPTY: (p) => `The attachment ${q(p.value)} is empty.`,
    ZIP_PIECE_CONTENT_MISMATCH: (p) => `The content of ${q(p.value)} is not a ${p.expected} file as formatFichier declares.`,
    ZIP_ENTRY_UNSAFE_PATH: (p) => `The zip entry ${q(p.value)} has an unsafe path (${UNSAFE[p.reason]}): attachments must sit at the root.`,
    ZIP_ENTRY_IN_FOLDER: (p) => `The zip entry ${q(p.value)} is inside a folder: attachments must sit at the root of the zip.`,
    ZIP_ENTRY_DUPLICATE: (p) => `The zip entry ${q(p.value)} appears more than once.`,
    ZIP_ENTRY_CASE_CLASH: (p) => `The entries ${q(p.value)} and ${q(p.expected)} differ only by case.`,
    ZIP_ENTRY_ENCRYPTED: (p) => `The zip entry ${q(p.value)} is encrypted: the portal cannot read it.`,
    ZIP_ENTRY_INCONSISTENT: (p) => `The zip entry ${q(p.value)} is inconsistent (${zipFault(p.fault)}).`,
    CONTENT_PDF_UNREADABLE: (p) => `The attachment ${q(p.value)} does not open as a PDF (unreadable structure): an unreadable attachment justifies nothing.`,
    CONTENT_PDF_ENCRYPTED: (p) => `The attachment ${q(p.value)} asks for a password: the instructor will not be able to open it.`,
    CONTENT_PDF_NO_TEXT: (p) => `The attachment ${q(p.value)} has no text (${p.count} page(s)): a scan cannot be checked automatically, look at it.`,
    CONTENT_AMOUNT_NOT_FOUND: (p) => `The invoice ${q(p.value)} does not show the request's Ségur amount excl. VAT (${p.expected}).`,
    CONTENT_DATE_NOT_FOUND: (p) => `The invoice ${q(p.value)} does not show the request's invoice date (${p.expected}).`,
    CONTENT_FINESS_NOT_FOUND: (p) => `The FINESS ${q(p.value)} appears in none of the request's attachments that were read (${p.expected}).`,
    CONTENT_IMAGE_UNREADABLE: (p) => `The image ${q(p.value)} does not decode (truncated or damaged): an unreadable attachment justifies nothing.`,
    CONTENT_XML_MALFORMED: (p) =>
      p.encoding !== undefined
        ? `The XML ${q(p.value)} holds bytes outside the encoding it declares (${p.encoding}).`
        : `The XML ${q(p.value)} is not well-formed${p.line === undefined ? '' : ` (line ${p.line}, column ${p.column ?? '?'})`}: an XML reader stops there.`,
    CONTENT_TIMEOUT: (p) =>
      p.resource === 'memory'
        ? `The attachment ${q(p.value)} could not be read within ${p.limit} MiB of memory (a hostile or very heavy PDF): open it to check that it is readable.`
        : `The attachment ${q(p.value)} could not be read within ${p.limit} ms: open it to check that it is readable.`,
  },
};
