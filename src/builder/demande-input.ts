import type { Locale } from '../issues/types.js';
import type { FormatFichier, LigneImport, SoldeFile, TypeFichier } from '../schema/layout.js';
import type { Issue } from '../issues/types.js';

/** The keys of a line that are blocks (objects) whose fields a demand gives flat. */
type BlockKeys = { [K in keyof LigneImport]: LigneImport[K] extends readonly unknown[] ? never : LigneImport[K] extends object ? K : never }[keyof LigneImport];
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * The fields of one line of the file, blocks flattened, as the schemas type them: the base
 * of {@link DemandeInput}, so that a field added to the layout is a field of the demand.
 *
 * @example
 * ```ts
 * const fields: Pick<WireDemandeFields, 'numeroASP' | 'dateFacture'> = { numeroASP: 'FINBIO000006', dateFacture: '15/03/2024' };
 * ```
 */
export type WireDemandeFields = Omit<LigneImport, BlockKeys> & Intersection<LigneImport[BlockKeys]>;

/** The fields {@link DemandeInput} takes in other forms than the file's, or may leave out (and `numLigne`, which the builder writes). */
type Conveniences =
  | 'numLigne'
  | 'dateFacture'
  | 'montantSegurHTFacture'
  | 'beneficiaires'
  | 'piecesJustificatives'
  | 'identDMP'
  | 'adresseBoiteMSSPro'
  | 'adresseBoiteMSSCitoyen'
  | 'typeAction'
  | 'lienCompteRendu'
  | 'codeTraitement'
  | 'libelleTraitement';

/**
 * One attachment of a demand, as given to the builder. Give `typeFichier` and
 * `formatFichier`; `nomFichier` is then generated with the guide's nomenclature
 * (`BIO-SGL-Va1-<TYPE>-<numeroEditeur>.<ext>`). A `nomFichier` given is written as given
 * (and checked against the nomenclature).
 *
 * @example
 * ```ts
 * const facture: PieceInput = { typeFichier: 'FACTURE', formatFichier: 'PDF' };
 * const va: PieceInput = { typeFichier: 'VA', formatFichier: 'PNG', nomFichier: 'BIO-SGL-Va1-VA-00001.png' };
 * ```
 */
export interface PieceInput {
  /** `"FACTURE"` (the invoice) or `"VA"` (the attestation de vérification d'aptitude). */
  typeFichier: TypeFichier;
  /** `"PDF"`, `"PNG"`, `"JPG"` or `"XML"`. */
  formatFichier: FormatFichier;
  /** Leave it out to have it generated; when given, it is written as given. */
  nomFichier?: string;
}

/**
 * One balance request ("demande de solde") as given to {@link SoldeFileBuilder.addDemande}:
 * the ASP field names, flat. The builder numbers it (`numLigne`), places each field in its
 * block of the wire layout and fills the fields that are always `null`. Every field of the
 * layout (`WireDemandeFields`) is a field of the demand, with the file's type unless a
 * convenience below says otherwise.
 *
 * @example
 * ```ts
 * const durand: DemandeInput = {
 *   numeroASP: 'FINBIO000006',
 *   numeroEditeur: '00001',
 *   dateFacture: '15/03/2024',
 *   montantSegurHTFacture: '27 450,00',
 *   montantBonDeCommande: 27450,
 *   beneficiaires: ['999999991', '999999992', '999999993'],
 *   piecesJustificatives: [
 *     { typeFichier: 'FACTURE', formatFichier: 'PDF' },
 *     { typeFichier: 'VA', formatFichier: 'PDF' },
 *   ],
 *   isDirectToDMP: false,
 *   isDirectToMSSPro: true,
 *   adresseBoiteMSSPro: 'biologie@labo-durand.mssante.fr',
 *   isDirectToMSSCitoyen: false,
 * };
 * ```
 */
export interface DemandeInput extends Omit<WireDemandeFields, Conveniences> {
  /** The ASP file number received with the advance: `FINBIO` + 6 digits. */
  numeroASP: string;
  /** Your own request number, 5 letters or digits, the same as for the advance; unique in a file. */
  numeroEditeur: string;
  /**
   * The invoice date: a `Date` (its calendar day in Europe/Paris is taken), `'JJ/MM/AAAA'`
   * or `'AAAA-MM-JJ'`. Written `JJ/MM/AAAA`. Not after the deposit date.
   */
  dateFacture: Date | string;
  /**
   * The Ségur amount excluding VAT, in euros (the sum of the invoices): a number, or a
   * decimal text such as `'27450'`, `'27450.5'` or `'27 450,00'` (French comma, spaces,
   * no-break spaces). At most two decimals; float noise (`0.1 + 0.2`) is rounded to the
   * cent, any other third decimal is an error. Written with exactly two decimals.
   */
  montantSegurHTFacture: number | string;
  /**
   * The purchase-order amount declared for the advance, same forms as the amount. Never
   * written to the file: the invoice amount above it is an error
   * (`AMOUNT_OVER_PURCHASE_ORDER`).
   */
  montantBonDeCommande?: number | string;
  /** FINESS géographique numbers (9 characters) of the sites that received the SGL. */
  beneficiaires: readonly string[];
  /** The attachments: at least one `FACTURE` and one `VA`. */
  piecesJustificatives: readonly PieceInput[];
  /** Are the reports sent to the DMP directly from the SGL? */
  isDirectToDMP: boolean;
  /**
   * DMP connection identifiers (Struct_IdNat), required when `isDirectToDMP` is true. Leave
   * it out (or give `null` or `[]`) when false: `null` is written.
   */
  identDMP?: readonly string[] | null;
  /** Are the reports sent directly by MSSanté Pro? */
  isDirectToMSSPro: boolean;
  /** The MSS Pro sending box; required when `isDirectToMSSPro` is true, left out (`null`) otherwise. */
  adresseBoiteMSSPro?: string | null;
  /** Are the reports sent directly by MSSanté Citoyen? */
  isDirectToMSSCitoyen: boolean;
  /** The MSS Citoyen sending box; required when `isDirectToMSSCitoyen` is true, left out (`null`) otherwise. */
  adresseBoiteMSSCitoyen?: string | null;
  /** Always `"C"`; may be left out. */
  typeAction?: 'C';
  /** Always `null`; may be left out. */
  lienCompteRendu?: null;
  /** Always `null` when sent; may be left out. */
  codeTraitement?: null;
  /** Always `null` when sent; may be left out. */
  libelleTraitement?: null;
}

/**
 * What a {@link SoldeFileBuilder} is made with: the file header.
 *
 * @example
 * ```ts
 * const options: SoldeFileBuilderOptions = { numeroAns: 'ANS0000001', siret: '73282932000074' };
 * ```
 */
export interface SoldeFileBuilderOptions {
  /** The software's ANS referencing number: 10 letters or digits. */
  numeroAns: string;
  /** Your SIRET as enrolled with the ASP: 14 digits (written as `SIRET`). */
  siret: string;
  /**
   * The `demande.index` reported for the first demand added (default 0). Set it when this
   * builder holds a slice of a longer list, so that issues point at the caller's own index
   * (the deposit planner does).
   */
  firstIndex?: number;
}

/**
 * Options of {@link SoldeFileBuilder.build}.
 *
 * @example
 * ```ts
 * const options: BuildOptions = { depositDate: new Date('2024-03-20T09:00:00Z'), sequence: 1 };
 * ```
 */
export interface BuildOptions {
  /** The instant of the deposit: it names the file and bounds the invoice dates. */
  depositDate: Date;
  /** The rank of this file among the files deposited that day for this ANS number, 1 to `MAX_DAILY_SEQUENCE`. Default 1. */
  sequence?: number;
  /** Language of the messages: `'fr'` (default) or `'en'`. */
  locale?: Locale;
}

/**
 * The result of {@link SoldeFileBuilder.build}: everything needed to deposit the JSON.
 *
 * @example
 * ```ts
 * const { json, fileName, warnings } = builder.build({ depositDate: new Date() });
 * await writeFile(fileName, json, 'utf8');
 * ```
 */
export interface BuiltSoldeFile {
  /** The file's text, as the portal expects it (two-decimal amounts, wire key order, LF). */
  json: string;
  /** `JSON-<numeroAns>-<AAAAMMJJ>-<NNN>.json`. */
  fileName: string;
  /** The typed file that `json` is the text of. */
  file: SoldeFile;
  /** The warnings found (the file is valid: there is no error). */
  warnings: Issue[];
}
