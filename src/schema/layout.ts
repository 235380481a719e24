/**
 * THE WIRE LAYOUT — the one place that says which keys the file has, how they nest and in
 * which order they are written (FORMAT.md §2). The serializer writes keys in the order of
 * these shapes; a change of layout is a change of this file.
 *
 * @module
 */
import * as z from 'zod/mini';
import { layoutOf, wireKindsOf, type JsonKind, type LayoutNode } from './introspect.js';

export type { JsonKind, LayoutNode } from './introspect.js';
import {
  adresseMssCitoyenSchema,
  adresseMssProSchema,
  beneficiairesSchema,
  dateFactureSchema,
  formatFichierSchema,
  identDmpSchema,
  impIdSchema,
  lienCompteRenduSchema,
  montantSchema,
  nomFichierSchema,
  numeroAnsSchema,
  numeroAspSchema,
  numeroEditeurSchema,
  numLigneSchema,
  scenarioFlagSchema,
  siretSchema,
  traitementSentSchema,
  typeActionSchema,
  typeFichierSchema,
} from './fields.js';

/**
 * Block « Informations sur la facture ».
 *
 * @example
 * ```ts
 * FactureSchema.parse({ dateFacture: '15/03/2024', montantSegurHTFacture: 27450 });
 * ```
 */
export const FactureSchema = z.strictObject({
  dateFacture: dateFactureSchema,
  montantSegurHTFacture: montantSchema,
});

/**
 * One attachment of block « Informations sur les pièces justificatives ».
 *
 * @example
 * ```ts
 * PieceJustificativeSchema.parse({ nomFichier: 'BIO-SGL-Va1-VA-00001.pdf', formatFichier: 'PDF', typeFichier: 'VA' });
 * ```
 */
export const PieceJustificativeSchema = z.strictObject({
  nomFichier: nomFichierSchema,
  formatFichier: formatFichierSchema,
  typeFichier: typeFichierSchema,
});

/**
 * Block « Informations sur les pièces justificatives »: at least one FACTURE and one VA.
 *
 * @example
 * ```ts
 * PiecesJustificativesSchema.parse([]); // passes here; validateSoldeFile reports the missing pieces
 * ```
 */
export const PiecesJustificativesSchema = z
  .array(PieceJustificativeSchema);

/**
 * Block « Informations sur les scénarios d'installation ».
 *
 * @example
 * ```ts
 * ScenarioInstallationSchema.parse({
 *   isDirectToDMP: false, identDMP: null,
 *   isDirectToMSSPro: false, adresseBoiteMSSPro: null,
 *   isDirectToMSSCitoyen: false, adresseBoiteMSSCitoyen: null,
 * });
 * ```
 */
export const ScenarioInstallationSchema = z.strictObject({
  // One copy per flag, so that each carries its own description (src/schema/descriptions.ts).
  isDirectToDMP: scenarioFlagSchema.clone(),
  identDMP: identDmpSchema,
  isDirectToMSSPro: scenarioFlagSchema.clone(),
  adresseBoiteMSSPro: adresseMssProSchema,
  isDirectToMSSCitoyen: scenarioFlagSchema.clone(),
  adresseBoiteMSSCitoyen: adresseMssCitoyenSchema,
});

/**
 * One request (« ligne ») of `lignesImport`: the request header and processing fields flat,
 * the other blocks nested, in this order.
 *
 * @example
 * ```ts
 * const ligne: LigneImport = LigneImportSchema.parse(value);
 * ```
 */
export const LigneImportSchema = z.strictObject({
  numLigne: numLigneSchema,
  typeAction: typeActionSchema,
  numeroASP: numeroAspSchema,
  numeroEditeur: numeroEditeurSchema,
  facture: FactureSchema,
  beneficiaires: beneficiairesSchema,
  piecesJustificatives: PiecesJustificativesSchema,
  lienCompteRendu: lienCompteRenduSchema,
  scenarioInstallation: ScenarioInstallationSchema,
  codeTraitement: traitementSentSchema,
  libelleTraitement: traitementSentSchema,
});

/**
 * The whole file: the file header then `lignesImport`.
 *
 * @example
 * ```ts
 * const file: SoldeFile = SoldeFileSchema.parse(JSON.parse(text));
 * ```
 */
export const SoldeFileSchema = z.strictObject({
  impId: impIdSchema,
  numeroAns: numeroAnsSchema,
  SIRET: siretSchema,
  lignesImport: z.array(LigneImportSchema),
});

/** The whole file, as written. */
export type SoldeFile = z.infer<typeof SoldeFileSchema>;
/** One request of `lignesImport`. */
export type LigneImport = z.infer<typeof LigneImportSchema>;
/** Block `facture`. */
export type Facture = z.infer<typeof FactureSchema>;
/** One attachment. */
export type PieceJustificative = z.infer<typeof PieceJustificativeSchema>;
/** Block `scenarioInstallation`. */
export type ScenarioInstallation = z.infer<typeof ScenarioInstallationSchema>;
/** `formatFichier`. */
export type FormatFichier = PieceJustificative['formatFichier'];
/** `typeFichier`. */
export type TypeFichier = PieceJustificative['typeFichier'];

/** Keys whose numbers are amounts, written with exactly two decimals. */
export const AMOUNT_KEYS: ReadonlySet<string> = new Set(['montantSegurHTFacture']);

/**
 * The key order of every object of the file, derived from the schemas above (arrays of
 * objects share their element's node).
 *
 * @example
 * ```ts
 * WIRE_LAYOUT.keys; // ['impId', 'numeroAns', 'SIRET', 'lignesImport']
 * ```
 */
export const WIRE_LAYOUT: LayoutNode = layoutOf(SoldeFileSchema);

const { kinds, itemKinds } = wireKindsOf(SoldeFileSchema);

/**
 * The kinds of value each key may hold in a file we write (the first is the usual one),
 * derived from the schemas above. With {@link WIRE_LAYOUT} it describes the whole wire
 * structure; `compareWithModel` uses both.
 *
 * @example
 * ```ts
 * WIRE_KINDS.identDMP; // ['array', 'null']
 * ```
 */
export const WIRE_KINDS: Readonly<Record<string, readonly JsonKind[]>> = kinds;

/**
 * The kinds of the items of arrays of plain values, derived from the schemas above.
 *
 * @example
 * ```ts
 * WIRE_ITEM_KINDS.beneficiaires; // 'string'
 * ```
 */
export const WIRE_ITEM_KINDS: Readonly<Record<string, JsonKind>> = itemKinds;
