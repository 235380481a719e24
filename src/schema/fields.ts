/**
 * One Zod schema per field of the BIO-SGL balance-request file. Each field rule is a plain
 * Zod check (`z.regex`, `z.maxLength`, `z.positive`, …, or `z.refine` for what is arithmetic,
 * such as the SIRET's key), declared here once, with the code of each of its issues beside it
 * ({@link FIELD_ISSUE_CODES}, the one table the validator names Zod’s issues by); the JSON Schema is what
 * `z.toJSONSchema` reads from these checks. The guide's rule of each field, in French, is its
 * description (in `./descriptions.ts`, kept out of the core entry:
 * `segur-sgl-solde/descriptions`). Cross-field and cross-request rules (the DMP and MSS
 * conditionals, canonical attachment names, uniqueness, the deposit date) are not here:
 * `validateSoldeFile` adds them.
 *
 * The schemas carry no wording: a parse by Zod itself reports Zod's issues, with the messages
 * of the Zod locale the application configured.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { IssueCode } from '../issues/codes.js';
import { hasAtMostTwoDecimals } from '../checks/amount.js';
import { parseFrenchDate } from '../checks/calendar-date.js';
import { emailPattern } from '../checks/email.js';
import { FINESS_PATTERN } from '../checks/finess.js';
import { SIRET_PATTERN, siretKeyValid } from '../checks/siret.js';

/** Maximum number of requests in one file (guide §2.1). */
export const MAX_LINES = 200;

/**
 * `VARCHAR(<n)` of the guide: fewer than `n` characters, as a Zod check (`maxLength` n − 1):
 * `shorterThan(50)` allows at most 49 characters.
 */
function shorterThan(n: number) {
  return z.maxLength(n - 1);
}

/**
 * The length of `numeroAns` (guide §3.2, VARCHAR(=10)).
 *
 * @example
 * ```ts
 * 'ANS0000001'.length === NUMERO_ANS_LENGTH; // true
 * ```
 */
export const NUMERO_ANS_LENGTH = 10;

/**
 * The length of `numeroEditeur` (guide §3.2, VARCHAR(=5)).
 *
 * @example
 * ```ts
 * '00001'.length === NUMERO_EDITEUR_LENGTH; // true
 * ```
 */
export const NUMERO_EDITEUR_LENGTH = 5;

/**
 * `numeroASP`: this prefix, then {@link NUMERO_ASP_DIGITS} digits (guide §3.2, VARCHAR(=12)).
 *
 * @example
 * ```ts
 * 'FINBIO000006'.startsWith(NUMERO_ASP_PREFIX); // true
 * ```
 */
export const NUMERO_ASP_PREFIX = 'FINBIO';

/**
 * The number of digits after {@link NUMERO_ASP_PREFIX} in `numeroASP`.
 *
 * @example
 * ```ts
 * 'FINBIO000006'.length === NUMERO_ASP_PREFIX.length + NUMERO_ASP_DIGITS; // true
 * ```
 */
export const NUMERO_ASP_DIGITS = 6;

/**
 * The form of `numeroAns`: exactly 10 letters or digits (guide §3.2, VARCHAR(=10)).
 *
 * @example
 * ```ts
 * NUMERO_ANS_PATTERN.test('ANS0000001'); // true
 * ```
 */
export const NUMERO_ANS_PATTERN = new RegExp(`^[A-Za-z0-9]{${String(NUMERO_ANS_LENGTH)}}$`);

/**
 * The form of `numeroASP`: `FINBIO` and 6 digits (guide §3.2, VARCHAR(=12)).
 *
 * @example
 * ```ts
 * NUMERO_ASP_PATTERN.test('FINBIO000006'); // true
 * ```
 */
export const NUMERO_ASP_PATTERN = new RegExp(`^${NUMERO_ASP_PREFIX}[0-9]{${String(NUMERO_ASP_DIGITS)}}$`);

/**
 * The form of `numeroEditeur` (and of its part in an attachment's name): exactly 5 letters or
 * digits (guide §3.2, VARCHAR(=5)).
 *
 * @example
 * ```ts
 * NUMERO_EDITEUR_PATTERN.test('00001'); // true
 * ```
 */
export const NUMERO_EDITEUR_PATTERN = new RegExp(`^[A-Za-z0-9]{${String(NUMERO_EDITEUR_LENGTH)}}$`);

/**
 * The form of `dateFacture`: `JJ/MM/AAAA` (whether it is a real day is a rule of its own).
 *
 * @example
 * ```ts
 * DATE_FACTURE_PATTERN.test('31/02/2024'); // true: the form is right, the day is not
 * ```
 */
export const DATE_FACTURE_PATTERN = /^[0-9]{2}\/[0-9]{2}\/[0-9]{4}$/;

/**
 * `nomFichier` is `VARCHAR(<50)`: shorter than this many characters.
 *
 * @example
 * ```ts
 * 'BIO-SGL-Va1-FACTURE-00001.pdf'.length < NOM_FICHIER_LENGTH_BELOW; // true
 * ```
 */
export const NOM_FICHIER_LENGTH_BELOW = 50;

/**
 * A DMP identifier is `VARCHAR(<250)`: shorter than this many characters.
 *
 * @example
 * ```ts
 * '1999999991'.length < IDENT_DMP_LENGTH_BELOW; // true
 * ```
 */
export const IDENT_DMP_LENGTH_BELOW = 250;

/**
 * An MSS address is `VARCHAR(<150)`: shorter than this many characters.
 *
 * @example
 * ```ts
 * 'labo@labo.mssante.fr'.length < MSS_ADDRESS_LENGTH_BELOW; // true
 * ```
 */
export const MSS_ADDRESS_LENGTH_BELOW = 150;

/**
 * An MSS sending box: an e-mail address (as `isEmailAddress` reads it), written without
 * look-around and with its repetitions bounded by the field's length, so that it means the
 * same in every regular-expression engine and fails fast on a huge string.
 *
 * @example
 * ```ts
 * MSS_ADDRESS_PATTERN.test('labo@labo.mssante.fr'); // true
 * ```
 */
export const MSS_ADDRESS_PATTERN: RegExp = emailPattern(MSS_ADDRESS_LENGTH_BELOW - 1);

/**
 * `impId` — ASP reference of the file, always `null` when sent (guide §3.2).
 *
 * @example
 * ```ts
 * impIdSchema.parse(null);
 * ```
 */
export const impIdSchema = z.null();

/**
 * `numeroAns` — the software's ANS referencing number: exactly 10 letters or digits.
 *
 * @example
 * ```ts
 * numeroAnsSchema.parse('ANS0000001');
 * ```
 */
export const numeroAnsSchema = z.string().check(z.regex(NUMERO_ANS_PATTERN));

/**
 * `SIRET` — the vendor's SIRET as enrolled: 14 digits with a valid key (Luhn; La Poste rule).
 *
 * @example
 * ```ts
 * siretSchema.parse('73282932000074');
 * ```
 */
export const siretSchema = z.string().check(z.regex(SIRET_PATTERN, { abort: true }), z.refine(siretKeyValid));

/**
 * `numLigne` — the request's number in the file: an integer from 1 to 200.
 *
 * @example
 * ```ts
 * numLigneSchema.parse(1);
 * ```
 */
export const numLigneSchema = z.int().check(z.gte(1), z.lte(MAX_LINES));

/**
 * `typeAction` — always `"C"` (creation of a balance request).
 *
 * @example
 * ```ts
 * typeActionSchema.parse('C');
 * ```
 */
export const typeActionSchema = z.literal('C');

/**
 * `numeroASP` — the ASP file number received with the advance: `FINBIO` + 6 digits.
 *
 * @example
 * ```ts
 * numeroAspSchema.parse('FINBIO000006');
 * ```
 */
export const numeroAspSchema = z.string().check(z.regex(NUMERO_ASP_PATTERN));

/**
 * `numeroEditeur` — the vendor's own request number (same as for the advance): exactly 5
 * letters or digits. It ties the request to its attachments' names.
 *
 * @example
 * ```ts
 * numeroEditeurSchema.parse('00001');
 * ```
 */
export const numeroEditeurSchema = z.string().check(z.regex(NUMERO_EDITEUR_PATTERN));

/**
 * `dateFacture` — the invoice date, `JJ/MM/AAAA`, a real calendar day.
 *
 * @example
 * ```ts
 * dateFactureSchema.parse('15/03/2024');
 * ```
 */
export const dateFactureSchema = z
  .string()
  .check(z.regex(DATE_FACTURE_PATTERN, { abort: true }), z.refine((v) => typeof parseFrenchDate(v) === 'object'));

/**
 * `montantSegurHTFacture` — the Ségur amount excluding VAT, in euros, > 0, at most two
 * decimals (written with exactly two in the file: checked on the raw text).
 *
 * @example
 * ```ts
 * montantSchema.parse(27450);
 * ```
 */
export const montantSchema = z.number().check(z.positive(), z.refine(hasAtMostTwoDecimals));

/**
 * A FINESS géographique number: 9 characters, `[0-9][0-9A-Z][0-9]{7}`.
 *
 * @example
 * ```ts
 * finessSchema.parse('999999991');
 * ```
 */
export const finessSchema = z.string().check(z.regex(FINESS_PATTERN));

/**
 * `beneficiaires` — the FINESS géographique numbers of the sites that received the SGL.
 *
 * @example
 * ```ts
 * beneficiairesSchema.parse(['999999991', '999999992']);
 * ```
 */
export const beneficiairesSchema = z.array(finessSchema).check(z.minLength(1));

/**
 * `nomFichier` — the attachment's file name, fewer than 50 characters, following §3.3.
 *
 * @example
 * ```ts
 * nomFichierSchema.parse('BIO-SGL-Va1-FACTURE-00001.pdf');
 * ```
 */
export const nomFichierSchema = z.string().check(shorterThan(NOM_FICHIER_LENGTH_BELOW));

/** The formats an attachment may have. */
export const FORMATS_FICHIER = ['PDF', 'PNG', 'JPG', 'XML'] as const;
/** The types an attachment may have: the invoice, the vérification d'aptitude. */
export const TYPES_FICHIER = ['FACTURE', 'VA'] as const;

/**
 * `formatFichier` — `"PDF"`, `"PNG"`, `"JPG"` or `"XML"`.
 *
 * @example
 * ```ts
 * formatFichierSchema.parse('PDF');
 * ```
 */
export const formatFichierSchema = z.enum(FORMATS_FICHIER);

/**
 * `typeFichier` — `"FACTURE"` or `"VA"` (attestation de vérification d'aptitude).
 *
 * @example
 * ```ts
 * typeFichierSchema.parse('VA');
 * ```
 */
export const typeFichierSchema = z.enum(TYPES_FICHIER);

/**
 * `lienCompteRendu` — always `null` since the guide of 07/04/2023.
 *
 * @example
 * ```ts
 * lienCompteRenduSchema.parse(null);
 * ```
 */
export const lienCompteRenduSchema = z.null();

/**
 * One DMP connection identifier (Struct_IdNat), fewer than 250 characters.
 *
 * @example
 * ```ts
 * identDmpItemSchema.parse('1999999991');
 * ```
 */
export const identDmpItemSchema = z.string().check(shorterThan(IDENT_DMP_LENGTH_BELOW));

/**
 * `identDMP` — the DMP connection identifiers; required and non-empty when
 * `isDirectToDMP` is true, `null` otherwise (a list is accepted on reading).
 *
 * @example
 * ```ts
 * identDmpSchema.parse(['1999999991']);
 * identDmpSchema.parse(null);
 * ```
 */
export const identDmpSchema = z
  .nullable(z.array(identDmpItemSchema));

function mssAddress() {
  return z.nullable(
    z.string().check(shorterThan(MSS_ADDRESS_LENGTH_BELOW), z.regex(MSS_ADDRESS_PATTERN)),
  );
}

/**
 * `adresseBoiteMSSPro` — the MSS Pro sending box, fewer than 150 characters; required when
 * `isDirectToMSSPro` is true, otherwise `null`.
 *
 * @example
 * ```ts
 * adresseMssProSchema.parse('labo@labo.mssante.fr');
 * ```
 */
export const adresseMssProSchema = mssAddress();

/**
 * `adresseBoiteMSSCitoyen` — the MSS Citoyen sending box, fewer than 150 characters;
 * required when `isDirectToMSSCitoyen` is true, otherwise `null`.
 *
 * @example
 * ```ts
 * adresseMssCitoyenSchema.parse(null);
 * ```
 */
export const adresseMssCitoyenSchema = mssAddress();

/**
 * A scenario flag (`isDirectToDMP`, `isDirectToMSSPro`, `isDirectToMSSCitoyen`): a JSON boolean.
 *
 * @example
 * ```ts
 * scenarioFlagSchema.parse(true);
 * ```
 */
export const scenarioFlagSchema = z.boolean();

/**
 * `codeTraitement` / `libelleTraitement` — always `null` when sent; the ASP fills them in
 * the file it returns.
 *
 * @example
 * ```ts
 * traitementSentSchema.parse(null);
 * ```
 */
export const traitementSentSchema = z.null();

/**
 * The kinds of Zod issue the field checks above raise: a broken rule, the structure read.
 *
 * @example
 * ```ts
 * const kind: FieldRuleIssue = 'invalid_format'; // a z.regex
 * ```
 */
export type FieldRuleIssue = 'invalid_format' | 'too_small' | 'too_big' | 'not_integer' | 'custom';

/**
 * THE table from Zod's issues to our codes, beside the checks that raise them: for each field (by its key; an item of a list by
 * the list's key), the code of each kind of issue its Zod checks raise (`invalid_format` a
 * `z.regex`, `too_small` / `too_big` a bound, `not_integer` `z.int()`, `custom` a
 * `z.refine`), and of a value outside its closed list (`invalid_value`). Any other issue is
 * named after the mistake (a missing key, a wrong type, `"null"` for null, …): the
 * validator (`src/validate/zod-findings.ts`) reads this table, never a list of its own.
 *
 * @example
 * ```ts
 * FIELD_ISSUE_CODES.numeroAns?.invalid_format; // 'NUMERO_ANS_FORMAT'
 * ```
 */
export const FIELD_ISSUE_CODES: Readonly<Record<string, Readonly<Partial<Record<FieldRuleIssue | 'invalid_value', IssueCode>>>>> = {
  numeroAns: { invalid_format: 'NUMERO_ANS_FORMAT' },
  SIRET: { invalid_format: 'SIRET_FORMAT', custom: 'SIRET_KEY' },
  numLigne: { not_integer: 'LINE_NUMBER_INVALID', too_small: 'LINE_NUMBER_INVALID', too_big: 'LINE_NUMBER_INVALID' },
  typeAction: { invalid_value: 'TYPE_ACTION_INVALID' },
  numeroASP: { invalid_format: 'NUMERO_ASP_FORMAT' },
  numeroEditeur: { invalid_format: 'NUMERO_EDITEUR_FORMAT' },
  dateFacture: { invalid_format: 'DATE_FORMAT', custom: 'DATE_INVALID' },
  montantSegurHTFacture: { too_small: 'AMOUNT_NOT_POSITIVE', custom: 'AMOUNT_DECIMALS' },
  beneficiaires: { too_small: 'BENEFICIAIRES_EMPTY', invalid_format: 'FINESS_FORMAT' },
  nomFichier: { too_big: 'PIECE_NAME_TOO_LONG' },
  formatFichier: { invalid_value: 'PIECE_FORMAT_INVALID' },
  typeFichier: { invalid_value: 'PIECE_TYPE_INVALID' },
  identDMP: { too_big: 'DMP_IDENT_TOO_LONG' },
  adresseBoiteMSSPro: { too_big: 'MSS_ADDRESS_TOO_LONG', invalid_format: 'MSS_ADDRESS_INVALID' },
  adresseBoiteMSSCitoyen: { too_big: 'MSS_ADDRESS_TOO_LONG', invalid_format: 'MSS_ADDRESS_INVALID' },
};
