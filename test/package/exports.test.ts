/**
 * The public surface of the package, entry by entry: every name a vendor can import. A change
 * of this list is a change of the public API — deliberate, in review, and in the CHANGELOG
 * (README "API" lists the same names by purpose).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_SOURCES, exportedNames, type ExportedNames } from './exported-names.js';

const PUBLIC: Record<keyof typeof ENTRY_SOURCES, ExportedNames> = {
  'segur-sgl-solde': {
    values: [
      'ALL_ISSUE_CODES', 'DATE_FACTURE_PATTERN', 'DEFAULT_MAX_BYTES', 'DEFAULT_MAX_DEPTH',
      'DEFAULT_MAX_ZIP_BYTES', 'FINESS_PATTERN', 'FORMATS_FICHIER', 'FactureSchema', 'ISSUE_CODES',
      'LOCALES', 'LigneImportSchema', 'MAX_LINES', 'MSS_ADDRESS_PATTERN', 'NUMERO_ANS_PATTERN',
      'NUMERO_ASP_PATTERN', 'NUMERO_EDITEUR_PATTERN', 'PieceJustificativeSchema',
      'PiecesJustificativesSchema', 'SIRET_PATTERN', 'ScenarioInstallationSchema',
      'SoldeFileBuilder', 'SoldeFileSchema', 'SoldeUsageError', 'SoldeValidationError',
      'TYPES_FICHIER', 'adresseMssCitoyenSchema', 'adresseMssProSchema', 'beneficiairesSchema',
      'compareWithModel', 'dateFactureSchema', 'estimateZipBytes', 'finessSchema',
      'formatFichierSchema', 'formatPath', 'groupIssues', 'identDmpItemSchema', 'identDmpSchema',
      'impIdSchema', 'isLocale', 'issueMessage', 'lienCompteRenduSchema', 'localeMessages',
      'localizeIssues', 'montantSchema', 'nomFichierSchema', 'numLigneSchema', 'numeroAnsSchema',
      'numeroAspSchema', 'numeroEditeurSchema', 'pieceFileName', 'planDeposits', 'readAspReturn',
      'reportVerdict', 'requestIndex', 'resolveLocale', 'resubmissionFile', 'scenarioFlagSchema',
      'serializeSoldeFile', 'simulatePortalReturn', 'siretSchema', 'soldeJsonFileName',
      'traitementSentSchema', 'typeActionSchema', 'typeFichierSchema', 'validateSoldeFile'
    ],
    types: [
      'AspReturn', 'AspReturnRequest', 'AspVerdict', 'BuildOptions', 'BuiltSoldeFile',
      'CountParams', 'DemandeInput', 'EngineParams', 'Facture', 'FormatFichier', 'InputFault',
      'Issue', 'IssueCode', 'IssueGroup', 'IssueOf', 'IssueParams', 'IssueParamsByCode',
      'IssueScope', 'IssueWording', 'JsonExpectation', 'JsonFileNameParts', 'JsonFound',
      'JsonSyntaxFault', 'JsonTypeName', 'KeyParams', 'KeyValueParams', 'LigneImport', 'Locale',
      'LocaleChoice', 'LocaleMessages', 'ModelComparison', 'ModelDifference',
      'ModelDifferenceKind', 'NoParams', 'PieceInput', 'PieceJustificative', 'PieceNameParts',
      'PieceRef', 'PieceSizes', 'PlanDepositsOptions', 'PlannedDeposit', 'PlannedPiece',
      'ReportSummary', 'ReportVerdict', 'ReportVerdictKind', 'ScenarioInstallation',
      'SerializeOptions', 'Severity', 'SimulatedReturn', 'SoldeFile', 'SoldeFileBuilderOptions',
      'SoldeUsageErrorCode', 'TypeFichier', 'UnsafePathReason', 'ValidateOptions',
      'ValidationReport', 'ValueParams', 'WireDemandeFields', 'ZipEntryEstimate', 'ZipFault'
    ],
  },
  'segur-sgl-solde/zip': {
    values: [
      'DEFAULT_MAX_PIECE_BYTES', 'DEFAULT_MAX_ZIP_BYTES', 'PIECES_ZIP_ENTRY_DATE', 'buildPiecesZip',
      'checkPiecesZip'
    ],
    types: [
      'BinaryInput', 'BuildPiecesZipOptions', 'CheckPiecesZipOptions', 'ContentInspectionOption',
      'ZipLimitOptions', 'ZipProgress'
    ],
  },
  'segur-sgl-solde/node': {
    values: [
      'checkPiecesZipFile', 'writePiecesZip', 'writePiecesZipFromFolder'
    ],
    types: [
      'WritePiecesZipOptions', 'WrittenPiecesZip', 'ZipProgress'
    ],
  },
  'segur-sgl-solde/pieces': {
    values: [
      'DEFAULT_PIECE_TIMEOUT_MS', 'MAX_IMAGE_PIXELS', 'MAX_TEXT_PAGES', 'inspectPieceContent',
      'inspectPieces'
    ],
    types: [
      'InspectContentOptions', 'InspectPieceContentOptions', 'InspectProgress', 'JustifiedRequest',
      'PieceBytes', 'PieceToInspect'
    ],
  },
  'segur-sgl-solde/descriptions': {
    values: [
      'SCHEMA_DESCRIPTIONS', 'registerSchemaDescriptions'
    ],
    types: [],
  },
};

describe('the exported names of every entry', () => {
  const actual = exportedNames(join(import.meta.dirname, '..', '..'));
  it.each(Object.keys(ENTRY_SOURCES) as (keyof typeof ENTRY_SOURCES)[])('%s exports exactly the public names', (entry) => {
    expect(actual[entry]).toEqual(PUBLIC[entry]);
  });
});
