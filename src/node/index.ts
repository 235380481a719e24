/**
 * segur-sgl-solde/node — Node-only helpers for the zip of attachments: write it to a file
 * as a stream (from a folder or from paths), check a zip file without loading it.
 *
 * @module
 */
export { writePiecesZip, writePiecesZipFromFolder } from './write-pieces-zip.js';
export { checkPiecesZipFile } from './check-pieces-zip-file.js';
export type { WritePiecesZipOptions, WrittenPiecesZip } from './options.js';
export type { ZipProgress } from '../zip/options.js';
