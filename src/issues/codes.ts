/**
 * Every issue code the library can report, with its fixed severity, what the portal does
 * with it (`scope`), and the section of the ASP guide (or of our format decisions) it
 * comes from. Codes are part of the public API: a code is never renamed, and a new or
 * stricter rule is announced in the CHANGELOG.
 *
 * - `scope: 'file'`: the portal's first check (structure) refuses the whole file.
 * - `scope: 'request'`: the portal's second check rejects only the request at that path (for the
 *   `CONTENT_*` codes: the ASP's instructor, who reads the pieces, refuses that request's balance).
 * - `scope: 'deposit'`: about the zip of attachments; the deposit cannot be made as is.
 *
 * @module
 */

/** Where an issue stops the deposit. */
export type IssueScope = 'file' | 'request' | 'deposit';

/** `'error'` blocks the deposit; `'warning'` is worth a look but the portal accepts it. */
export type Severity = 'error' | 'warning';

interface CodeInfo {
  readonly severity: Severity;
  readonly scope: IssueScope;
  /** The guide's section (`§3.2`) or our decision (`FORMAT.md §…`). */
  readonly section: string;
}

const e = (scope: IssueScope, section: string): CodeInfo => ({ severity: 'error', scope, section });
const w = (scope: IssueScope, section: string): CodeInfo => ({ severity: 'warning', scope, section });

/**
 * The table of issue codes.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from 'segur-sgl-solde';
 * ISSUE_CODES.SIRET_KEY.severity; // 'error'
 * ISSUE_CODES.FINESS_KEY.severity; // 'warning'
 * ```
 */
export const ISSUE_CODES = {
  // Reading the text (FORMAT.md §2)
  INPUT_TOO_LARGE: e('file', 'FORMAT.md §2 (taille maximale du texte lu)'),
  INPUT_UNREADABLE: e('file', 'FORMAT.md §2'),
  JSON_SYNTAX: e('file', '§1.2 contrôle 1 (structure)'),
  JSON_TOO_DEEP: e('file', 'FORMAT.md §2'),
  JSON_DUPLICATE_KEY: e('file', 'FORMAT.md §2'),
  JSON_FORBIDDEN_KEY: e('file', 'FORMAT.md §2'),
  BOM_PRESENT: w('file', 'FORMAT.md §2 (UTF-8 sans BOM)'),
  ISSUES_REPEATED: w('file', 'README « Validate a file » (rapport borné)'),
  LIST_ITEM_UNCHECKED: e('file', 'README « Validate a file » (rapport borné)'),
  // Structure (FORMAT.md §2, guide §2.2 and §3.2)
  ROOT_NOT_OBJECT: e('file', '§2.2'),
  KEY_MISSING: e('file', '§3.2'),
  KEY_UNKNOWN: e('file', '§3.2'),
  KEY_WRONG_CASE: e('file', '§3.2'),
  TYPE_INVALID: e('file', '§3.2'),
  NULL_AS_STRING: e('file', '§3.2'),
  BOOLEAN_AS_STRING: e('file', '§3.2'),
  NUMBER_AS_STRING: e('file', '§3.2'),
  AMOUNT_AS_STRING: e('file', '§3.2 montantSegurHTFacture'),
  // File header
  IMPID_NOT_NULL: e('file', '§3.2 impId'),
  NUMERO_ANS_FORMAT: e('file', '§3.2 numeroAns'),
  SIRET_FORMAT: e('file', '§3.2 SIRET'),
  SIRET_KEY: e('file', '§3.2 SIRET'),
  LINES_EMPTY: e('file', '§2.1'),
  LINES_TOO_MANY: e('file', '§2.1'),
  LINE_NUMBER_INVALID: e('file', '§3.2 numLigne'),
  LINE_NUMBER_SEQUENCE: e('file', '§3.2 numLigne'),
  // Request header
  TYPE_ACTION_INVALID: e('request', '§3.2 typeAction'),
  NUMERO_ASP_FORMAT: e('request', '§3.2 numeroASP'),
  NUMERO_ASP_DUPLICATE: e('request', 'FORMAT.md §3 numeroASP'),
  NUMERO_EDITEUR_FORMAT: e('request', '§3.2 numeroEditeur'),
  NUMERO_EDITEUR_DUPLICATE: e('request', '§3.2 numeroEditeur'),
  // Invoice
  DATE_FORMAT: e('request', '§3.2 dateFacture'),
  DATE_INVALID: e('request', '§3.2 dateFacture'),
  DATE_AFTER_DEPOSIT: e('request', 'FORMAT.md §3 dateFacture'),
  AMOUNT_NOT_POSITIVE: e('request', '§3.2 montantSegurHTFacture'),
  AMOUNT_DECIMALS: e('request', '§3.2 montantSegurHTFacture'),
  AMOUNT_TOO_LARGE: e('file', 'FORMAT.md §3 montantSegurHTFacture (13 chiffres avant le point)'),
  AMOUNT_OVER_PURCHASE_ORDER: e('request', '§3.2 montantSegurHTFacture'),
  // Beneficiaries
  BENEFICIAIRES_EMPTY: e('request', '§3.2 beneficiaires'),
  FINESS_FORMAT: e('request', '§3.2 beneficiaires'),
  FINESS_DUPLICATE: e('request', 'FORMAT.md §3 beneficiaires'),
  FINESS_KEY: w('request', 'FORMAT.md §3 beneficiaires'),
  // Attachments (in the JSON)
  PIECE_NAME_TOO_LONG: e('request', '§3.2 nomFichier'),
  PIECE_NAME_MISMATCH: e('request', '§3.3'),
  PIECE_NAME_DUPLICATE: e('request', 'FORMAT.md §4'),
  PIECE_FORMAT_INVALID: e('request', '§3.2 formatFichier'),
  PIECE_TYPE_INVALID: e('request', '§3.2 typeFichier'),
  PIECE_FACTURE_MISSING: e('request', '§3.1 (la facture)'),
  PIECE_VA_MISSING: e('request', '§3.1 (la vérification d’aptitude)'),
  PIECE_XML_UNLISTED: w('request', '§3.3 / FORMAT.md §4'),
  // Fixed null values of a request
  VALUE_NOT_NULL: e('request', '§3.2 (valeur toujours null)'),
  // Installation scenario
  DMP_IDENT_MISSING: e('request', '§3.2 identDMP'),
  DMP_IDENT_UNEXPECTED: w('request', 'FORMAT.md §3 identDMP'),
  DMP_IDENT_TOO_LONG: e('request', '§3.2 identDMP'),
  DMP_IDENT_FORM: w('request', 'FORMAT.md §3 identDMP (Struct_IdNat)'),
  MSS_ADDRESS_MISSING: e('request', '§3.2 adresseBoiteMSSPro / adresseBoiteMSSCitoyen'),
  MSS_ADDRESS_UNEXPECTED: e('request', '§3.2 adresseBoiteMSSPro / adresseBoiteMSSCitoyen'),
  MSS_ADDRESS_INVALID: e('request', '§3.2 adresseBoiteMSSPro / adresseBoiteMSSCitoyen'),
  MSS_ADDRESS_TOO_LONG: e('request', '§3.2 adresseBoiteMSSPro / adresseBoiteMSSCitoyen'),
  MSS_DOMAIN_NOT_MSSANTE: w('request', 'FORMAT.md §3 adresseBoiteMSSPro'),
  MSS_PATIENT_ADDRESS: w('request', 'FORMAT.md §3 adresseBoiteMSSCitoyen'),
  // The zip of attachments (segur-sgl-solde/zip)
  ZIP_INVALID: e('deposit', 'FORMAT.md §4'),
  ZIP_TOO_LARGE: e('deposit', '§2.1 (zip ≤ 200 Mo)'),
  ZIP_TOO_MANY_PIECES: e('deposit', '§2.1 (≤ 200 demandes) / FORMAT.md §4'),
  ZIP_PIECE_MISSING: e('deposit', '§2.1 / FORMAT.md §4'),
  ZIP_PIECE_NOT_NAMED: e('deposit', 'FORMAT.md §4'),
  ZIP_PIECE_TOO_LARGE: e('deposit', '§3.2 (PJ ≤ 3 Mo)'),
  ZIP_PIECE_EMPTY: e('deposit', 'FORMAT.md §4'),
  ZIP_PIECE_CONTENT_MISMATCH: e('deposit', 'FORMAT.md §4'),
  ZIP_ENTRY_UNSAFE_PATH: e('deposit', 'FORMAT.md §4'),
  ZIP_ENTRY_IN_FOLDER: e('deposit', 'FORMAT.md §4'),
  ZIP_ENTRY_DUPLICATE: e('deposit', 'FORMAT.md §4'),
  ZIP_ENTRY_CASE_CLASH: e('deposit', 'FORMAT.md §4'),
  ZIP_ENTRY_ENCRYPTED: e('deposit', 'FORMAT.md §4'),
  ZIP_ENTRY_INCONSISTENT: e('deposit', 'FORMAT.md §4'),
  // What the pieces say (segur-sgl-solde/pieces): read as the ASP's instructor will
  CONTENT_PDF_UNREADABLE: e('request', 'instruction ASP (pièce illisible)'),
  CONTENT_PDF_ENCRYPTED: e('request', 'instruction ASP (pièce illisible)'),
  CONTENT_PDF_NO_TEXT: w('request', 'instruction ASP'),
  CONTENT_AMOUNT_NOT_FOUND: w('request', 'instruction ASP (montant Ségur de la facture)'),
  CONTENT_DATE_NOT_FOUND: w('request', 'instruction ASP (date de la facture)'),
  CONTENT_FINESS_NOT_FOUND: w('request', 'instruction ASP (sites bénéficiaires)'),
  CONTENT_IMAGE_UNREADABLE: e('request', 'instruction ASP (pièce illisible)'),
  CONTENT_XML_MALFORMED: e('request', 'instruction ASP (pièce illisible)'),
  CONTENT_TIMEOUT: w('request', 'FORMAT.md §4 (temps de lecture d’une pièce)'),
} as const satisfies Record<string, CodeInfo>;

/**
 * The union of every issue code.
 *
 * @example
 * ```ts
 * import type { IssueCode } from 'segur-sgl-solde';
 * const code: IssueCode = 'DATE_INVALID';
 * ```
 */
export type IssueCode = keyof typeof ISSUE_CODES;

/**
 * Every issue code, in table order.
 *
 * @example
 * ```ts
 * import { ALL_ISSUE_CODES } from 'segur-sgl-solde';
 * ALL_ISSUE_CODES.includes('SIRET_KEY'); // true
 * ```
 */
export const ALL_ISSUE_CODES = Object.keys(ISSUE_CODES) as IssueCode[];
