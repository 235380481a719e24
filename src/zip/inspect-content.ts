/**
 * The hook from the zip check to segur-sgl-solde/pieces (`inspectContent`): once the zip's
 * own checks are done, the pieces they found sound are read whole, one at a time, and
 * inspected against their requests. The pieces entry (pdf.js and the decoders behind it) is
 * loaded here only, on first use.
 *
 * @module
 */
import type { Issue, Locale } from '../issues/types.js';
import type { InspectContentOptions } from '../pieces/options.js';
import type { SoldeFile } from '../schema/layout.js';
import type { ByteSource } from './byte-source.js';
import type { EntryClassification } from './classify-entries.js';
import type { DeclaredPiece } from './deposit.js';
import { entryContent } from './entry-content.js';
import { readLocalHeader } from './local-header.js';

/** What the content inspection of a checked zip needs. */
export interface ZipContentInput {
  source: ByteSource;
  directoryOffset: number;
  file: SoldeFile;
  pieces: readonly DeclaredPiece[];
  classification: EntryClassification;
  /** Every issue found so far: a piece with one is not read. */
  issues: readonly Issue[];
  option: true | InspectContentOptions;
  locale: Locale;
}

/**
 * Inspects the content of the sound pieces of a checked zip.
 *
 * @example
 * ```ts
 * issues.push(...(await inspectZipContent({ source, directoryOffset, file, pieces, classification, issues, option: true, locale })));
 * ```
 */
export async function inspectZipContent(input: ZipContentInput): Promise<Issue[]> {
  const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  const faulty = new Set(input.pieces.filter((p) => input.issues.some((i) => samePath(i.path, p.path))).map((p) => p.name));
  const { inspectPieces } = await import('../pieces/inspect-pieces.js');
  const options = input.option === true ? {} : input.option;
  return inspectPieces(
    input.file,
    async (piece) => {
      const match = input.classification.matched.get(piece.nomFichier);
      if (match === undefined || faulty.has(piece.nomFichier)) return undefined;
      const local = await readLocalHeader(input.source, match.entry, input.directoryOffset);
      if (!local.ok) return undefined;
      // Read as the zip's own checks read it (the platform's zlib, counted): the checks found its
      // size as declared, so nothing past that size is inflated.
      const content = await entryContent(input.source, match.entry, local.dataStart, match.entry.uncompressedSize, false, true);
      return content.kind === 'ok' ? content.bytes : undefined;
    },
    { ...options, locale: input.locale },
  );
}
