export { serializeSoldeFile, type SerializeOptions } from './serialize-file.js';
