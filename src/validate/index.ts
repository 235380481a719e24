export { validateSoldeFile } from './validate-file.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, type ValidateOptions } from './options.js';
