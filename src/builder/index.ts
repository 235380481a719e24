export { SoldeFileBuilder } from './soldefile-builder.js';
export type { BuildOptions, BuiltSoldeFile, DemandeInput, PieceInput, SoldeFileBuilderOptions, WireDemandeFields } from './demande-input.js';
