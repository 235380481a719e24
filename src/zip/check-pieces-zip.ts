import type { ValidationReport } from '../issues/types.js';
import type { SoldeFile } from '../schema/layout.js';
import type { BinaryInput } from './binary-input.js';
import { toByteSource } from './byte-source.js';
import { checkZipSource } from './check-zip-source.js';
import type { CheckPiecesZipOptions } from './options.js';

/**
 * Gives the whole verdict on a deposit: validates the JSON (as `validateSoldeFile`, with
 * the same options) and checks its zip against it — the same rules as `buildPiecesZip`
 * (every named piece present, nothing else, not empty, not over `maxPieceBytes`, content of
 * its format, zip not over `maxZipBytes`) plus: bytes that are not a zip, unsafe entry
 * paths, folders, duplicate names, names differing only by case, encrypted entries,
 * headers that disagree or lie about sizes, entries sharing bytes, corrupted data.
 *
 * Safe on hostile zips: names, flags and sizes are read from the central directory before
 * any data; a piece is never inflated past `maxPieceBytes` (inflation counts and stops);
 * only each piece's first bytes are kept. A `Blob` is read by slices, never whole.
 *
 * @param zip - the zip: `Uint8Array`, `ArrayBuffer` or `Blob`
 * @param json - the deposit's JSON: its text (best: amounts' decimals are checked), or the typed file
 * @param options - `depositDate`, `locale`, `maxPieceBytes`, `maxZipBytes`, `verifyCrc`, `inspectContent`
 * (also read each sound piece against its request — `CONTENT_*` codes, segur-sgl-solde/pieces loaded then), …
 * @returns the report: the JSON's issues and the zip's, errors first. A piece's issue
 * carries the piece's wire path (`['lignesImport', i, 'piecesJustificatives', j,
 * 'nomFichier']`); an entry no request names `['zip', name]`; the zip itself `['zip']`
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` when `zip` or an option is not of the right kind
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { checkPiecesZip } from 'segur-sgl-solde/zip';
 *
 * const report = await checkPiecesZip(await readFile('pieces.zip'), await readFile('demandes.json', 'utf8'), {
 *   depositDate: new Date(),
 * });
 * if (!report.ok) for (const i of report.issues) console.log(i.path.join('.'), i.code, i.message);
 * ```
 */
export async function checkPiecesZip(zip: BinaryInput, json: string | SoldeFile, options: CheckPiecesZipOptions = {}): Promise<ValidationReport> {
  const report = await checkZipSource(toByteSource(zip, 'checkPiecesZip'), json, options, 'checkPiecesZip');
  return report;
}
