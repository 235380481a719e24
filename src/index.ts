/**
 * segur-sgl-solde — build, name and validate the ASP balance-request ("demande de solde")
 * files of the Ségur numérique BIO-SGL programme. Core entry: no Node-only module, no jszip.
 *
 * @module
 */
export * from './issues/index.js';
export * from './report/index.js';
export * from './schema/index.js';
export * from './names/index.js';
export * from './validate/index.js';
export * from './serialize/index.js';
export * from './checks/index.js';
export { parisDay, parisDayStamp, parisNoon, PARIS_TIME_ZONE } from './time/paris-day.js';
export * from './portal/index.js';
export { compareWithModel, type ModelComparison, type ModelDifference, type ModelDifferenceKind } from './model/compare-with-model.js';
export * from './builder/index.js';
export * from './plan/index.js';
