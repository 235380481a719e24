/**
 * segur-sgl-solde/zip — the zip of a deposit's attachments (pièces justificatives): build
 * it from the pieces, check an existing one against its JSON. Runs in browsers and Node;
 * jszip writes the zip, the platform's zlib inflates, nothing Node-only is imported.
 *
 * @module
 */
export { buildPiecesZip } from './build-pieces-zip.js';
export { checkPiecesZip } from './check-pieces-zip.js';
export {
  DEFAULT_MAX_PIECE_BYTES,
  DEFAULT_MAX_ZIP_BYTES,
  type BuildPiecesZipOptions,
  type CheckPiecesZipOptions,
  type ContentInspectionOption,
  type ZipLimitOptions,
  type ZipProgress,
} from './options.js';
export { PIECES_ZIP_ENTRY_DATE } from './format.js';
export type { BinaryInput } from './binary-input.js';
