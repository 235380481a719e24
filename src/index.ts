/**
 * segur-sgl-solde — build, name and validate the ASP balance-request ("demande de solde")
 * files of the Ségur numérique BIO-SGL programme. Core entry: no Node-only module, no jszip.
 *
 * The names below are the public surface, chosen one by one (test/package/exports.test.ts
 * lists them, so that a change shows in review); everything else is internal.
 *
 * @module
 */

// Issues, reports, messages and errors
export * from './issues/index.js';
export { reportVerdict, groupIssues, requestIndex, type ReportVerdict, type ReportVerdictKind, type IssueGroup } from './report/index.js';

// The model: the Zod schemas of the file, of each block and of each field, their types, and
// the enumerations, patterns and limit they are made of
export {
  SoldeFileSchema,
  LigneImportSchema,
  FactureSchema,
  PieceJustificativeSchema,
  PiecesJustificativesSchema,
  ScenarioInstallationSchema,
  type SoldeFile,
  type LigneImport,
  type Facture,
  type PieceJustificative,
  type ScenarioInstallation,
  type FormatFichier,
  type TypeFichier,
} from './schema/layout.js';
export {
  impIdSchema,
  numeroAnsSchema,
  siretSchema,
  numLigneSchema,
  typeActionSchema,
  numeroAspSchema,
  numeroEditeurSchema,
  dateFactureSchema,
  montantSchema,
  finessSchema,
  beneficiairesSchema,
  nomFichierSchema,
  formatFichierSchema,
  typeFichierSchema,
  lienCompteRenduSchema,
  identDmpItemSchema,
  identDmpSchema,
  adresseMssProSchema,
  adresseMssCitoyenSchema,
  scenarioFlagSchema,
  traitementSentSchema,
  FORMATS_FICHIER,
  TYPES_FICHIER,
  MAX_LINES,
  NUMERO_ANS_PATTERN,
  NUMERO_ASP_PATTERN,
  NUMERO_EDITEUR_PATTERN,
  DATE_FACTURE_PATTERN,
  MSS_ADDRESS_PATTERN,
} from './schema/fields.js';
export { SIRET_PATTERN } from './checks/siret.js';
export { FINESS_PATTERN } from './checks/finess.js';

// Validating, writing and naming a file
export { validateSoldeFile, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, type ValidateOptions } from './validate/index.js';
export { serializeSoldeFile, type SerializeOptions } from './serialize/index.js';
export { soldeJsonFileName, pieceFileName, type JsonFileNameParts, type PieceNameParts } from './names/index.js';

// Building a file, planning a day's deposits
export { SoldeFileBuilder, type BuildOptions, type BuiltSoldeFile, type DemandeInput, type PieceInput, type SoldeFileBuilderOptions, type WireDemandeFields } from './builder/index.js';
export {
  planDeposits,
  estimateZipBytes,
  DEFAULT_MAX_ZIP_BYTES,
  type ZipEntryEstimate,
  type PieceRef,
  type PieceSizes,
  type PlanDepositsOptions,
  type PlannedDeposit,
  type PlannedPiece,
} from './plan/index.js';

// After the portal: its return file, a simulated one, the file to send again
export { readAspReturn, resubmissionFile, simulatePortalReturn, type AspReturn, type AspReturnRequest, type AspVerdict, type SimulatedReturn } from './portal/index.js';

// A vendor's model file against the wire layout
export { compareWithModel, type ModelComparison, type ModelDifference, type ModelDifferenceKind } from './model/compare-with-model.js';
