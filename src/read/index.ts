export { readJsonText, type ReadLimits, type TextReadResult } from './read-json-text.js';
export { toPlain, type RawNumber, type PlainResult } from './to-plain.js';
export { finding, type Finding } from './finding.js';
export { FORBIDDEN_KEYS } from './forbidden-keys.js';
