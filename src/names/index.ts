export { pieceFileName, PIECE_NAME_PREFIX, type PieceNameParts } from './piece-file-name.js';
export { soldeJsonFileName, MAX_DAILY_SEQUENCE, type JsonFileNameParts } from './json-file-name.js';
