/**
 * What each issue code says, as data: its parameters, typed per code. A message is written
 * from them in the locale asked, when it is shown ({@link localizeIssues}), so an issue can be
 * re-worded at any time in any language, and a program can read the facts without parsing
 * words. No parameter holds a word of any language: faults are kinds, values are the user's.
 *
 * @module
 */
import type { IssueCode } from './codes.js';

/** A JSON type, as the JSON grammar names it (worded per locale: `number` is « nombre » in French). */
export type JsonTypeName = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'bigint' | 'symbol' | 'function';

/** What the JSON reader expected where a text stops being JSON (RFC 8259). */
export type JsonExpectation =
  | 'value'
  | 'object-key'
  | 'colon'
  | 'comma-or-object-end'
  | 'comma-or-array-end'
  | 'text-end'
  | 'string-end'
  | 'escaped-control-character'
  | 'four-hex-digits'
  | 'escape-character'
  | 'digit'
  | 'well-formed-number'
  /** The engine's `JSON.parse` refused a text our reader found no fault in. */
  | 'json-text';

/** What stood where a text stops being JSON: a character, or the end of the text. */
export type JsonFound = { kind: 'character'; character: string } | { kind: 'end' };

/** The first fault of a text that is not JSON: what was expected there, and what was found. */
export interface JsonSyntaxFault {
  expected: JsonExpectation;
  found: JsonFound;
}

/** Why the input cannot be read at all. */
export type InputFault =
  /** A value refers to itself (a JavaScript object graph with a cycle). */
  | { kind: 'cycle' }
  /** The input is not a text (the ASP return reader takes text only). */
  | { kind: 'not-text'; type: JsonTypeName }
  /** Reading the value threw (a getter, a proxy): the thrown error's own message, as it was. */
  | { kind: 'threw'; thrown: string };

/** Why a zip entry's path is unsafe. */
export type UnsafePathReason = 'empty' | 'control' | 'backslash' | 'absolute' | 'dot-segment' | 'symlink';

/** A fault in a zip archive or in one of its entries (`ZIP_INVALID`, `ZIP_ENTRY_INCONSISTENT`). */
export type ZipFault =
  | { kind: 'too-small' }
  | { kind: 'no-end-record' }
  | { kind: 'multi-disk' }
  | { kind: 'zip64-corrupt' }
  | { kind: 'directory-out-of-bounds' }
  | { kind: 'directory-corrupt' }
  | { kind: 'directory-too-large'; size: number; limit: number }
  | { kind: 'too-many-entries'; count: number }
  | { kind: 'local-header-missing' }
  | { kind: 'local-name-differs' }
  | { kind: 'local-header-differs' }
  | { kind: 'unicode-name-differs'; other: string }
  | { kind: 'data-out-of-bounds' }
  | { kind: 'overlap'; other: string }
  | { kind: 'method'; method: number }
  | { kind: 'stored-sizes'; compressed: number; size: number }
  | { kind: 'size-mismatch'; declared: number; actual: number }
  | { kind: 'size-over-declared'; declared: number }
  | { kind: 'crc-mismatch' }
  | { kind: 'corrupt-data' }
  | { kind: 'changed-while-writing' };

/** A wire key. */
export interface KeyParams {
  /** The wire key concerned (`SIRET`, `dateFacture`, …). */
  key: string;
}
/** The offending value, as found (shortened for display). */
export interface ValueParams {
  value: string;
}
export type KeyValueParams = KeyParams & ValueParams;
/** A count found against its limit. */
export interface CountParams {
  count: number;
  limit: number;
}
/** No parameter. */
export type NoParams = Readonly<Record<string, never>>;

/**
 * A piece's engine said why it failed, in its own (English) words: kept for a log, never put
 * in a message.
 */
export interface EngineParams {
  engineText?: string;
}

/**
 * The parameters of every code. A message is written from them alone.
 *
 * @example
 * ```ts
 * import type { IssueParamsByCode } from 'segur-sgl-solde';
 * const params: IssueParamsByCode['AMOUNT_DECIMALS'] = { key: 'montantSegurHTFacture', value: '27450.5', expected: '27450.50' };
 * ```
 */
export interface IssueParamsByCode {
  INPUT_TOO_LARGE: CountParams;
  INPUT_UNREADABLE: { fault: InputFault };
  /** 1-based line and column of the fault in the text. */
  JSON_SYNTAX: { line: number; column: number; fault: JsonSyntaxFault };
  JSON_TOO_DEEP: { limit: number };
  JSON_DUPLICATE_KEY: KeyParams;
  JSON_FORBIDDEN_KEY: KeyParams;
  BOM_PRESENT: NoParams;
  /** `repeated`: the code repeated past the report's limit; `count` its occurrences there. */
  ISSUES_REPEATED: CountParams & { repeated: IssueCode };
  LIST_ITEM_UNCHECKED: CountParams;
  /** `found`: the JSON type of the root. */
  ROOT_NOT_OBJECT: { found: JsonTypeName; value?: string };
  KEY_MISSING: KeyParams;
  KEY_UNKNOWN: KeyParams;
  /** `expected`: the key as the format spells it. */
  KEY_WRONG_CASE: KeyParams & { expected: string };
  /** `expected`: the JSON type the format wants there. */
  TYPE_INVALID: KeyParams & { value?: string; expected?: JsonTypeName };
  NULL_AS_STRING: KeyValueParams;
  /** `expected`: the boolean the string stands for. */
  BOOLEAN_AS_STRING: KeyValueParams & { expected: 'true' | 'false' };
  /** `expected`: the number as it should be written. */
  NUMBER_AS_STRING: KeyValueParams & { expected: string };
  /** `expected`: the amount as it should be written (`27450.00`). */
  AMOUNT_AS_STRING: KeyValueParams & { expected: string };
  IMPID_NOT_NULL: KeyValueParams;
  NUMERO_ANS_FORMAT: KeyValueParams;
  SIRET_FORMAT: KeyValueParams;
  SIRET_KEY: KeyValueParams;
  LINES_EMPTY: NoParams;
  LINES_TOO_MANY: CountParams;
  LINE_NUMBER_INVALID: KeyValueParams;
  /** `expected`: the line number this request should have. */
  LINE_NUMBER_SEQUENCE: ValueParams & { expected: number };
  TYPE_ACTION_INVALID: KeyValueParams;
  NUMERO_ASP_FORMAT: KeyValueParams;
  /** `other`: the 1-based number of the request that has it first. */
  NUMERO_ASP_DUPLICATE: KeyValueParams & { other: number };
  NUMERO_EDITEUR_FORMAT: KeyValueParams;
  NUMERO_EDITEUR_DUPLICATE: KeyValueParams & { other: number };
  DATE_FORMAT: KeyValueParams;
  DATE_INVALID: KeyValueParams;
  /** `expected`: the deposit day, `JJ/MM/AAAA`. */
  DATE_AFTER_DEPOSIT: KeyValueParams & { expected: string };
  AMOUNT_NOT_POSITIVE: KeyValueParams;
  /** `expected`: the amount with two decimals, when it can be written so. */
  AMOUNT_DECIMALS: KeyValueParams & { expected?: string };
  AMOUNT_TOO_LARGE: KeyValueParams;
  /** `expected`: the purchase order's amount. */
  AMOUNT_OVER_PURCHASE_ORDER: KeyValueParams & { expected: string };
  BENEFICIAIRES_EMPTY: KeyParams;
  FINESS_FORMAT: KeyValueParams;
  FINESS_DUPLICATE: KeyValueParams;
  FINESS_KEY: KeyValueParams;
  /** `count`: the name's length. */
  PIECE_NAME_TOO_LONG: KeyValueParams & { count: number };
  /** `expected`: the name the nomenclature gives. */
  PIECE_NAME_MISMATCH: KeyValueParams & { expected: string };
  PIECE_NAME_DUPLICATE: KeyValueParams;
  PIECE_FORMAT_INVALID: KeyValueParams;
  PIECE_TYPE_INVALID: KeyValueParams;
  PIECE_FACTURE_MISSING: KeyParams;
  PIECE_VA_MISSING: KeyParams;
  PIECE_XML_UNLISTED: KeyValueParams;
  VALUE_NOT_NULL: KeyValueParams;
  DMP_IDENT_MISSING: KeyParams;
  DMP_IDENT_UNEXPECTED: KeyParams;
  DMP_IDENT_TOO_LONG: KeyValueParams & { count: number };
  DMP_IDENT_FORM: KeyValueParams;
  /** `expected`: the scenario flag that asks for the address (`isDirectToMSSPro`, …). */
  MSS_ADDRESS_MISSING: KeyParams & { expected: string };
  MSS_ADDRESS_UNEXPECTED: KeyValueParams & { expected: string };
  MSS_ADDRESS_INVALID: KeyValueParams;
  MSS_ADDRESS_TOO_LONG: KeyValueParams & { count: number };
  MSS_DOMAIN_NOT_MSSANTE: KeyValueParams;
  MSS_PATIENT_ADDRESS: KeyValueParams;
  ZIP_INVALID: { fault: ZipFault };
  ZIP_TOO_LARGE: CountParams;
  ZIP_TOO_MANY_PIECES: CountParams;
  ZIP_PIECE_MISSING: ValueParams;
  ZIP_PIECE_NOT_NAMED: ValueParams;
  /** `count`: the piece's size when known (a lying header leaves only the limit). */
  ZIP_PIECE_TOO_LARGE: ValueParams & { count?: number; limit: number };
  ZIP_PIECE_EMPTY: ValueParams;
  /** `expected`: the format `formatFichier` declares. */
  ZIP_PIECE_CONTENT_MISMATCH: ValueParams & { expected: string };
  ZIP_ENTRY_UNSAFE_PATH: ValueParams & { reason: UnsafePathReason };
  ZIP_ENTRY_IN_FOLDER: ValueParams;
  ZIP_ENTRY_DUPLICATE: ValueParams;
  /** `expected`: the other entry's name. */
  ZIP_ENTRY_CASE_CLASH: ValueParams & { expected: string };
  ZIP_ENTRY_ENCRYPTED: ValueParams;
  ZIP_ENTRY_INCONSISTENT: ValueParams & { fault: ZipFault };
  CONTENT_PDF_UNREADABLE: ValueParams & EngineParams;
  CONTENT_PDF_ENCRYPTED: ValueParams;
  /** `count`: the number of pages. */
  CONTENT_PDF_NO_TEXT: ValueParams & { count: number };
  /** `expected`: the request's amount, `27450.00`. */
  CONTENT_AMOUNT_NOT_FOUND: ValueParams & { expected: string };
  /** `expected`: the request's `dateFacture`. */
  CONTENT_DATE_NOT_FOUND: ValueParams & { expected: string };
  /** `value`: the FINESS; `expected`: the pieces searched. */
  CONTENT_FINESS_NOT_FOUND: ValueParams & { expected: string };
  CONTENT_IMAGE_UNREADABLE: ValueParams & EngineParams;
  /** `encoding`: set when the bytes are not in the encoding the document declares. */
  CONTENT_XML_MALFORMED: ValueParams & EngineParams & { line?: number; column?: number; encoding?: string };
  /** `resource`: what ran out; `limit` in ms for time, in MiB for memory. */
  CONTENT_TIMEOUT: ValueParams & { resource: 'time' | 'memory'; limit: number };
}

/**
 * The parameters of any code: what a message may be written from.
 *
 * @example
 * ```ts
 * import type { IssueParams } from 'segur-sgl-solde';
 * const params: IssueParams<'SIRET_FORMAT'> = { key: 'SIRET', value: '123' };
 * ```
 */
export type IssueParams<C extends IssueCode = IssueCode> = IssueParamsByCode[C];
