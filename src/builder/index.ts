export { SoldeFileBuilder } from './soldefile-builder.js';
export type { BuildOptions, BuiltSoldeFile, DemandeInput, PieceInput, SoldeFileBuilderOptions } from './demande-input.js';
