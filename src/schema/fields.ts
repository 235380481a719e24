/**
 * One Zod schema per field of the BIO-SGL balance-request file, each with the ASP field
 * name and the guide's rule as its description (in `./descriptions.ts`, kept out of the core
 * entry: `segur-sgl-solde/descriptions`). Cross-field and cross-request rules (the DMP
 * and MSS conditionals, canonical attachment names, uniqueness, the deposit date) are not
 * here: `validateSoldeFile` adds them.
 *
 * @module
 */
import * as z from 'zod/mini';
import { hasAtMostTwoDecimals } from '../checks/amount.js';
import { parseFrenchDate } from '../checks/calendar-date.js';
import { isEmailAddress } from '../checks/email.js';
import { FINESS_PATTERN } from '../checks/finess.js';
import { SIRET_PATTERN, siretKeyValid } from '../checks/siret.js';
import { rule } from './rule.js';

/** Maximum number of requests in one file (guide §2.1). */
export const MAX_LINES = 200;

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
export const numeroAnsSchema = z
  .string()
  .check(z.superRefine(rule('numeroAns', (v: string) => (/^[A-Za-z0-9]{10}$/.test(v) ? undefined : 'NUMERO_ANS_FORMAT'))));

/**
 * `SIRET` — the vendor's SIRET as enrolled: 14 digits with a valid key (Luhn; La Poste rule).
 *
 * @example
 * ```ts
 * siretSchema.parse('73282932000074');
 * ```
 */
export const siretSchema = z
  .string()
  .check(z.superRefine(rule('SIRET', (v: string) => (!SIRET_PATTERN.test(v) ? 'SIRET_FORMAT' : siretKeyValid(v) ? undefined : 'SIRET_KEY'))));

/**
 * `numLigne` — the request's number in the file: an integer from 1 to 200.
 *
 * @example
 * ```ts
 * numLigneSchema.parse(1);
 * ```
 */
export const numLigneSchema = z
  .number()
  .check(z.superRefine(rule('numLigne', (v: number) => (Number.isInteger(v) && v >= 1 && v <= MAX_LINES ? undefined : 'LINE_NUMBER_INVALID'))));

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
export const numeroAspSchema = z
  .string()
  .check(z.superRefine(rule('numeroASP', (v: string) => (/^FINBIO\d{6}$/.test(v) ? undefined : 'NUMERO_ASP_FORMAT'))));

/**
 * `numeroEditeur` — the vendor's own request number (same as for the advance): exactly 5
 * letters or digits. It ties the request to its attachments' names.
 *
 * @example
 * ```ts
 * numeroEditeurSchema.parse('00001');
 * ```
 */
export const numeroEditeurSchema = z
  .string()
  .check(z.superRefine(rule('numeroEditeur', (v: string) => (/^[A-Za-z0-9]{5}$/.test(v) ? undefined : 'NUMERO_EDITEUR_FORMAT'))));

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
  .check(
    z.superRefine(
      rule('dateFacture', (v: string) => {
        const parsed = parseFrenchDate(v);
        return parsed === 'format' ? 'DATE_FORMAT' : parsed === 'invalid' ? 'DATE_INVALID' : undefined;
      }),
    ),
  );

/**
 * `montantSegurHTFacture` — the Ségur amount excluding VAT, in euros, > 0, at most two
 * decimals (written with exactly two in the file: checked on the raw text).
 *
 * @example
 * ```ts
 * montantSchema.parse(27450);
 * ```
 */
export const montantSchema = z
  .number()
  .check(
    z.superRefine(rule('montantSegurHTFacture', (v: number) => (Number.isFinite(v) && v > 0 ? undefined : 'AMOUNT_NOT_POSITIVE'))),
    z.superRefine(rule('montantSegurHTFacture', (v: number) => (!Number.isFinite(v) || hasAtMostTwoDecimals(v) ? undefined : 'AMOUNT_DECIMALS'))),
  );

/**
 * A FINESS géographique number: 9 characters, `[0-9][0-9A-Z][0-9]{7}`.
 *
 * @example
 * ```ts
 * finessSchema.parse('999999991');
 * ```
 */
export const finessSchema = z
  .string()
  .check(z.superRefine(rule('beneficiaires', (v: string) => (FINESS_PATTERN.test(v) ? undefined : 'FINESS_FORMAT'))));

/**
 * `beneficiaires` — the FINESS géographique numbers of the sites that received the SGL.
 *
 * @example
 * ```ts
 * beneficiairesSchema.parse(['999999991', '999999992']);
 * ```
 */
export const beneficiairesSchema = z
  .array(finessSchema)
  .check(z.superRefine(rule('beneficiaires', (v: string[]) => (v.length > 0 ? undefined : 'BENEFICIAIRES_EMPTY'))));

/**
 * `nomFichier` — the attachment's file name, fewer than 50 characters, following §3.3.
 *
 * @example
 * ```ts
 * nomFichierSchema.parse('BIO-SGL-Va1-FACTURE-00001.pdf');
 * ```
 */
export const nomFichierSchema = z
  .string()
  .check(z.superRefine(rule('nomFichier', (v: string) => (v.length < 50 ? undefined : 'PIECE_NAME_TOO_LONG'), (v) => ({ count: v.length }))));

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
export const identDmpItemSchema = z
  .string()
  .check(z.superRefine(rule('identDMP', (v: string) => (v.length < 250 ? undefined : 'DMP_IDENT_TOO_LONG'), (v) => ({ count: v.length }))));

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

function mssAddress(key: string) {
  return z.nullable(
    z.string().check(
      z.superRefine(rule(key, (v: string) => (v.length < 150 ? undefined : 'MSS_ADDRESS_TOO_LONG'), (v) => ({ count: v.length }))),
      z.superRefine(rule(key, (v: string) => (isEmailAddress(v) || v === 'null' ? undefined : 'MSS_ADDRESS_INVALID'))),
    ),
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
export const adresseMssProSchema = mssAddress('adresseBoiteMSSPro');

/**
 * `adresseBoiteMSSCitoyen` — the MSS Citoyen sending box, fewer than 150 characters;
 * required when `isDirectToMSSCitoyen` is true, otherwise `null`.
 *
 * @example
 * ```ts
 * adresseMssCitoyenSchema.parse(null);
 * ```
 */
export const adresseMssCitoyenSchema = mssAddress('adresseBoiteMSSCitoyen');

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
