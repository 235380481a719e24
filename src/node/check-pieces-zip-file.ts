import { open } from 'node:fs/promises';
import type { ValidationReport } from '../issues/types.js';
import type { SoldeFile } from '../schema/layout.js';
import { checkZipSource } from '../zip/check-zip-source.js';
import type { CheckPiecesZipOptions } from '../zip/options.js';
import { fileByteSource } from './file-byte-source.js';

/**
 * `checkPiecesZip` on a zip file on disk, read by slices: memory holds the central
 * directory and a few small buffers, never the zip, whatever its size.
 *
 * @param zipPath - the zip's path
 * @param json - the deposit's JSON: its text, or the typed file
 * @param options - as `checkPiecesZip`
 * @returns the report on the JSON and the zip
 * @throws the file system's error when the zip cannot be opened
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { checkPiecesZipFile } from 'segur-sgl-solde/node';
 *
 * const report = await checkPiecesZipFile('out/JSON-ANS0000001-20240320-001.zip', await readFile('out/JSON-ANS0000001-20240320-001.json', 'utf8'));
 * ```
 */
export async function checkPiecesZipFile(zipPath: string, json: string | SoldeFile, options: CheckPiecesZipOptions = {}): Promise<ValidationReport> {
  const handle = await open(zipPath, 'r');
  try {
    const { size } = await handle.stat();
    return await checkZipSource(fileByteSource(handle, size), json, options, 'checkPiecesZipFile');
  } finally {
    await handle.close();
  }
}
