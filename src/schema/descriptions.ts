/**
 * The guide's rule for each schema of the file, in French: the `description` of every node
 * of the JSON Schema (`segur-sgl-solde/schema.json`), and what a Zod registry holds after
 * {@link registerSchemaDescriptions}. Kept out of the core entry (about 1 kB of its 40 kB
 * budget): import `segur-sgl-solde/descriptions` when you want them at run time.
 *
 * @module
 */
import * as z from 'zod/mini';
import { FINESS_LENGTH } from '../checks/finess.js';
import { SIRET_LENGTH } from '../checks/siret.js';
import {
  adresseMssCitoyenSchema,
  adresseMssProSchema,
  beneficiairesSchema,
  dateFactureSchema,
  finessSchema,
  formatFichierSchema,
  identDmpItemSchema,
  identDmpSchema,
  IDENT_DMP_LENGTH_BELOW,
  impIdSchema,
  lienCompteRenduSchema,
  MAX_LINES,
  montantSchema,
  MSS_ADDRESS_LENGTH_BELOW,
  NOM_FICHIER_LENGTH_BELOW,
  nomFichierSchema,
  numLigneSchema,
  numeroAnsSchema,
  numeroAspSchema,
  NUMERO_ANS_LENGTH,
  NUMERO_ASP_DIGITS,
  NUMERO_ASP_PREFIX,
  NUMERO_EDITEUR_LENGTH,
  numeroEditeurSchema,
  scenarioFlagSchema,
  siretSchema,
  traitementSentSchema,
  typeActionSchema,
  typeFichierSchema,
} from './fields.js';
import { FactureSchema, LigneImportSchema, PieceJustificativeSchema, PiecesJustificativesSchema, ScenarioInstallationSchema, SoldeFileSchema } from './layout.js';

/**
 * Each schema with its description, the file's in wire order.
 *
 * @example
 * ```ts
 * import { SCHEMA_DESCRIPTIONS } from 'segur-sgl-solde/descriptions';
 * import { siretSchema } from 'segur-sgl-solde';
 * SCHEMA_DESCRIPTIONS.get(siretSchema); // 'SIRET — SIRET du fournisseur tel que déclaré à l’enrôlement, …'
 * ```
 */
export const SCHEMA_DESCRIPTIONS: ReadonlyMap<z.core.$ZodType, string> = new Map<z.core.$ZodType, string>([
  [impIdSchema, 'impId — référence ASP du JSON, toujours null à l’envoi (§3.2)'],
  [numeroAnsSchema, `numeroAns — numéro de référencement ANS du logiciel, VARCHAR(=${String(NUMERO_ANS_LENGTH)}), lettres et chiffres (§3.2)`],
  [siretSchema, `SIRET — SIRET du fournisseur tel que déclaré à l’enrôlement, VARCHAR(=${String(SIRET_LENGTH)}), ${String(SIRET_LENGTH)} chiffres, clé de Luhn (§3.2)`],
  [numLigneSchema, `numLigne — numéro de la demande dans le fichier, INTEGER de 1 à ${MAX_LINES}, 1 pour la première puis +1 (§3.2)`],
  [typeActionSchema, 'typeAction — toujours "C" : création d’une demande de solde (§3.2)'],
  [numeroAspSchema, `numeroASP — numéro de dossier ASP de l’avance, VARCHAR(=${String(NUMERO_ASP_PREFIX.length + NUMERO_ASP_DIGITS)}), ${NUMERO_ASP_PREFIX} + ${String(NUMERO_ASP_DIGITS)} chiffres (§3.2)`],
  [numeroEditeurSchema, `numeroEditeur — numéro de demande de l’éditeur, VARCHAR(=${String(NUMERO_EDITEUR_LENGTH)}), lettres et chiffres, unique dans le fichier (§3.2)`],
  [dateFactureSchema, 'dateFacture — date inscrite sur la facture, JJ/MM/AAAA, pas après la date de dépôt (§3.2)'],
  [montantSchema, 'montantSegurHTFacture — montant HT en euros de la prestation Ségur (somme des factures), FLOAT à 2 décimales, > 0, ≤ bon de commande (§3.2)'],
  [finessSchema, `FINESS géographique d’un établissement bénéficiaire, VARCHAR(=${String(FINESS_LENGTH)}) (§3.2)`],
  [beneficiairesSchema, 'beneficiaires — liste des FINESS géographiques ayant reçu le SGL, au moins un, sans doublon (§3.2)'],
  [nomFichierSchema, `nomFichier — nom du fichier de la pièce, VARCHAR(<${NOM_FICHIER_LENGTH_BELOW}), selon la nomenclature §3.3`],
  [formatFichierSchema, 'formatFichier — "PDF", "PNG", "JPG" ou "XML" (§3.2)'],
  [typeFichierSchema, 'typeFichier — "FACTURE" ou "VA" (vérification d’aptitude) (§3.2)'],
  [lienCompteRenduSchema, 'lienCompteRendu — toujours null depuis la version du 07/04/2023 (§3.2)'],
  [identDmpItemSchema, `identifiant de connexion DMP (Struct_IdNat), VARCHAR(<${IDENT_DMP_LENGTH_BELOW}) (§3.2)`],
  [identDmpSchema, 'identDMP — identifiant(s) de connexion DMP (Struct_IdNat), obligatoire si isDirectToDMP = true (§3.2)'],
  [adresseMssProSchema, `adresseBoiteMSSPro — boîte applicative/organisationnelle d’envoi MSS Pro, VARCHAR(<${MSS_ADDRESS_LENGTH_BELOW}), obligatoire si isDirectToMSSPro = true, sinon null (§3.2)`],
  [adresseMssCitoyenSchema, `adresseBoiteMSSCitoyen — boîte applicative/organisationnelle d’envoi MSS Citoyen, VARCHAR(<${MSS_ADDRESS_LENGTH_BELOW}), obligatoire si isDirectToMSSCitoyen = true, sinon null (§3.2)`],
  [scenarioFlagSchema, 'booléen JSON true/false, jamais la chaîne "true" (§3.2)'],
  [traitementSentSchema, 'codeTraitement / libelleTraitement — null à l’envoi, rempli par l’ASP au retour (§3.2)'],
  [FactureSchema, 'facture — bloc « Informations sur la facture » (une seule facture par demande, §3.1)'],
  [PieceJustificativeSchema, 'pièce justificative — trio nomFichier / formatFichier / typeFichier (§3.2)'],
  [PiecesJustificativesSchema, 'piecesJustificatives — au moins une FACTURE et une VA, chaque pièce ≤ 3 Mo (§3.2)'],
  [ScenarioInstallationSchema.shape.isDirectToDMP, 'isDirectToDMP — comptes-rendus envoyés directement au DMP depuis le SGL (§3.2)'],
  [ScenarioInstallationSchema.shape.isDirectToMSSPro, 'isDirectToMSSPro — comptes-rendus envoyés directement par MSS Pro (§3.2)'],
  [ScenarioInstallationSchema.shape.isDirectToMSSCitoyen, 'isDirectToMSSCitoyen — comptes-rendus envoyés directement par MSS Citoyen (§3.2)'],
  [ScenarioInstallationSchema, 'scenarioInstallation — bloc « Informations sur les scénarios d’installation » (§3.2)'],
  [LigneImportSchema, 'ligne de lignesImport — une demande de solde en 7 blocs (§2.2)'],
  [SoldeFileSchema.shape.lignesImport, `lignesImport — tableau de 1 à ${MAX_LINES} demandes de solde (§2.1, §3.2)`],
  [SoldeFileSchema, 'fichier JSON BIO-SGL de demandes de solde (§2.2)'],
]);

/**
 * Gives every schema of the file its description in a Zod registry — Zod's global one by
 * default, which `z.toJSONSchema` and `z.globalRegistry.get(schema)` read. Nothing is
 * registered until this is called.
 *
 * @param registry - where to register them
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { registerSchemaDescriptions } from 'segur-sgl-solde/descriptions';
 * import { SoldeFileSchema } from 'segur-sgl-solde';
 * registerSchemaDescriptions();
 * z.toJSONSchema(SoldeFileSchema).description; // 'fichier JSON BIO-SGL de demandes de solde (§2.2)'
 * ```
 */
export function registerSchemaDescriptions(registry: z.core.$ZodRegistry<{ description?: string }> = z.globalRegistry): void {
  for (const [schema, description] of SCHEMA_DESCRIPTIONS) {
    // Kept with what the registry already holds for that schema (an id, a title…).
    registry.add(schema, { ...registry.get(schema), description });
  }
}
