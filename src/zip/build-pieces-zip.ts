import type { SoldeFile } from '../schema/layout.js';
import type { BinaryInput } from './binary-input.js';
import type { BuildPiecesZipOptions } from './options.js';
import { piecesByName } from './piece-source.js';
import { prepareBuild } from './prepare-build.js';
import { zipBatches } from './generate-zip.js';
import { resolveLocale } from '../issues/locales/registry.js';

/**
 * Builds the zip of a deposit's attachments: exactly the pieces the JSON names, flat at
 * the root, in JSON order, each named as its `nomFichier`; PDF, PNG and JPG stored, XML
 * deflated; written by jszip. The same inputs give the same bytes in every runtime and time
 * zone (fixed entry date, no data descriptor, no comment).
 *
 * Refuses — with every problem at once — a JSON with an error (checked with
 * `validateSoldeFile` and the same `depositDate` / `locale`), a piece named and not
 * given, a piece given and not named, an empty piece, a piece over `maxPieceBytes`
 * (default 3 000 000, not read), a piece whose first bytes are not of its format, and a
 * zip over `maxZipBytes` (default 200 000 000, computed before anything is written).
 *
 * Memory: the zip (allocated once, at its exact size), plus the pieces as given (`Blob`s are
 * read whole when the zip is written).
 *
 * @param json - the deposit's JSON: its text, or the typed file
 * @param pieces - the pieces by `nomFichier`: `Uint8Array`, `ArrayBuffer` or `Blob`
 * @param options - `depositDate`, `locale`, `maxPieceBytes`, `maxZipBytes`, `onProgress`
 * @returns the zip's bytes
 * @throws {SoldeValidationError} with `.issues` when the JSON or the pieces are not right;
 * piece issues carry the piece's wire path (`['lignesImport', i, 'piecesJustificatives', j,
 * 'nomFichier']`), a piece not named `['zip', name]`, the zip's size `['zip']`
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` when `pieces` or an option is not of the right kind
 * @example
 * ```ts
 * import { buildPiecesZip } from 'segur-sgl-solde/zip';
 *
 * const zip = await buildPiecesZip(jsonText, {
 *   'BIO-SGL-Va1-FACTURE-00001.pdf': facturePdf, // Uint8Array, ArrayBuffer or Blob
 *   'BIO-SGL-Va1-VA-00001.pdf': vaPdf,
 * }, { depositDate: new Date() });
 * ```
 */
export async function buildPiecesZip(
  json: string | SoldeFile,
  pieces: Readonly<Record<string, BinaryInput>>,
  options: BuildPiecesZipOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const sources = piecesByName(pieces);
  const plan = await prepareBuild(json, { find: (name) => sources.get(name), given: sources.keys() }, options, 'buildPiecesZip');
  const out = new Uint8Array(plan.totalBytes);
  let offset = 0;
  for await (const batch of zipBatches(plan, { onProgress: options.onProgress, locale: resolveLocale(options.locale) })) {
    for (const chunk of batch) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
  }
  return out;
}
