/**
 * Writes the zip of a deposit's attachments to a file, as a stream: jszip reads each piece
 * from disk as a stream in its turn (checked again: a file may change meanwhile) and the
 * writer writes each entry before the next piece is read, so memory holds about one piece,
 * never the zip. Same checks and same bytes as `buildPiecesZip`.
 *
 * @module
 */
import { join } from 'node:path';
import type { SoldeFile } from '../schema/layout.js';
import type { BinaryInput } from '../zip/binary-input.js';
import type { PieceSource } from '../zip/piece-source.js';
import { toPieceSource } from '../zip/piece-source.js';
import type { PlanInput } from '../zip/plan.js';
import { prepareBuild } from '../zip/prepare-build.js';
import { zipBatches } from '../zip/generate-zip.js';
import { refuseExisting, writeAtomically } from './atomic-write.js';
import { inspectBeforeWriting } from './inspect-before-writing.js';
import { bufferLender, pieceAt } from './file-piece.js';
import type { WritePiecesZipOptions, WrittenPiecesZip } from './options.js';
import { resolveLocale } from '../issues/locales/registry.js';

async function writeZip(
  json: string | SoldeFile,
  pieces: Pick<PlanInput, 'find' | 'given'>,
  zipPath: string,
  options: WritePiecesZipOptions,
  fn: string,
): Promise<WrittenPiecesZip> {
  const plan = await prepareBuild(json, pieces, options, fn);
  const inspected = options.inspectContent ? { issues: await inspectBeforeWriting(json, plan, options) } : {};
  await refuseExisting(zipPath, options.overwrite, fn);
  const chunks = zipBatches(plan, { onProgress: options.onProgress, locale: resolveLocale(options.locale), type: 'nodebuffer' });
  const bytes = await writeAtomically(zipPath, chunks, options, fn);
  return { path: zipPath, bytes, entries: plan.entries.length, ...inspected };
}

/**
 * Writes the zip of a deposit's attachments to `zipPath`, taking each piece the JSON names
 * from `folder` under its `nomFichier` (other files of the folder are ignored: a folder may
 * hold the pieces of several deposits).
 *
 * Refuses, before writing anything, what `buildPiecesZip` refuses (a missing, empty or
 * oversized piece, content not of its format, a zip over the limit, a JSON with an error).
 * The zip is written to a temporary file renamed once complete: nothing half-written is
 * ever left, even on failure or abort. An existing zip is not replaced unless `overwrite`.
 *
 * @param json - the deposit's JSON: its text, or the typed file
 * @param folder - the folder holding the pieces under their canonical names
 * @param zipPath - where to write the zip
 * @param options - `depositDate`, `locale`, limits, `onProgress({ done, total, bytes, totalBytes, name })`, `overwrite`, `signal`,
 * `inspectContent` (read each piece against its request first: an unreadable one refuses the zip, see segur-sgl-solde/pieces)
 * @returns the path, size and number of entries written (with `inspectContent`, the content warnings in `issues`)
 * @throws {SoldeValidationError} with `.issues` when the JSON or the pieces are not right
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` when the zip exists (without `overwrite`) or an option is wrong
 * @example
 * ```ts
 * import { writePiecesZipFromFolder } from 'segur-sgl-solde/node';
 *
 * await writePiecesZipFromFolder(jsonText, 'pieces/', 'out/JSON-ANS0000001-20240320-001.zip', {
 *   depositDate: new Date(),
 *   onProgress: ({ done, total }) => process.stderr.write(`\r${done}/${total}`),
 * });
 * ```
 */
export function writePiecesZipFromFolder(json: string | SoldeFile, folder: string, zipPath: string, options: WritePiecesZipOptions = {}): Promise<WrittenPiecesZip> {
  const lend = bufferLender();
  return writeZip(json, { find: (name) => pieceAt(join(folder, name), lend), given: [] }, zipPath, options, 'writePiecesZipFromFolder');
}

/**
 * Writes the zip of a deposit's attachments to `zipPath`, from pieces given by `nomFichier`
 * — each a file path (read when its turn comes) or bytes (`Uint8Array`, `ArrayBuffer`,
 * `Blob`). Use it when the files on disk are not named canonically. Same checks and
 * guarantees as {@link writePiecesZipFromFolder}; a piece given and not named is refused,
 * as is a path where no file is (`ZIP_PIECE_MISSING`).
 *
 * @param pieces - by `nomFichier`: a file path, or the bytes
 * @throws {SoldeValidationError} with `.issues` when the JSON or the pieces are not right
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` when the zip exists (without `overwrite`), a piece or an option is wrong
 * @example
 * ```ts
 * import { writePiecesZip } from 'segur-sgl-solde/node';
 *
 * await writePiecesZip(jsonText, {
 *   'BIO-SGL-Va1-FACTURE-00001.pdf': 'scans/facture durand.pdf',
 *   'BIO-SGL-Va1-VA-00001.pdf': 'scans/va durand.pdf',
 * }, 'out/JSON-ANS0000001-20240320-001.zip', { depositDate: new Date() });
 * ```
 */
export async function writePiecesZip(
  json: string | SoldeFile,
  pieces: Readonly<Record<string, string | BinaryInput>>,
  zipPath: string,
  options: WritePiecesZipOptions = {},
): Promise<WrittenPiecesZip> {
  const fn = 'writePiecesZip';
  const given = new Map<string, string | PieceSource>();
  for (const [name, value] of Object.entries(pieces)) given.set(name, typeof value === 'string' ? value : toPieceSource(value, name, fn));
  const lend = bufferLender();
  const find = (name: string): PieceSource | undefined | Promise<PieceSource | undefined> => {
    const value = given.get(name);
    return typeof value === 'string' ? pieceAt(value, lend) : value;
  };
  const written = await writeZip(json, { find, given: given.keys() }, zipPath, options, fn);
  return written;
}
