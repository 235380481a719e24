/**
 * Options of the Node functions that write a zip to a file.
 *
 * @module
 */
import type { Issue } from '../issues/types.js';
import type { BuildPiecesZipOptions, ContentInspectionOption } from '../zip/options.js';

/**
 * Options of `writePiecesZip` and `writePiecesZipFromFolder`.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const options: WritePiecesZipOptions = { depositDate: new Date(), overwrite: true, signal: controller.signal };
 * ```
 */
export interface WritePiecesZipOptions extends BuildPiecesZipOptions, ContentInspectionOption {
  /** Replace the zip if it exists. Default false: an existing file is never overwritten. */
  overwrite?: boolean;
  /** Stops the writing; nothing is left on disk. */
  signal?: AbortSignal;
}

/**
 * What was written.
 *
 * @example
 * ```ts
 * const { path, bytes, entries } = await writePiecesZipFromFolder(json, 'pieces', 'out/pieces.zip');
 * ```
 */
export interface WrittenPiecesZip {
  /** The zip's path, as given. */
  path: string;
  /** The zip's size in bytes. */
  bytes: number;
  /** Number of pieces in it. */
  entries: number;
  /** With `inspectContent`: the content warnings (`CONTENT_*`; an error refuses the zip instead). */
  issues?: Issue[];
}
