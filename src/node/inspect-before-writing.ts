/**
 * The hook from the Node writer to segur-sgl-solde/pieces (`inspectContent`): before a byte
 * is written, each planned piece is read whole and inspected against its request; an error
 * (a piece that cannot be opened) refuses the zip like any other, the warnings are returned.
 *
 * @module
 */
import type { Issue, Locale } from '../issues/types.js';
import type { SoldeFile } from '../schema/layout.js';
import { readDeposit } from '../zip/deposit.js';
import type { PiecesZipPlan } from '../zip/plan.js';
import { refuseOnErrors } from '../zip/refuse.js';
import type { WritePiecesZipOptions } from './options.js';
import { resolveLocale } from '../issues/locales/registry.js';

/**
 * Inspects the pieces of a planned zip (already validated: `prepareBuild` passed).
 *
 * @returns the warnings
 * @throws {SoldeValidationError} with every content issue when one is an error
 * @example
 * ```ts
 * const warnings = await inspectBeforeWriting(json, plan, { inspectContent: true });
 * ```
 */
export async function inspectBeforeWriting(json: string | SoldeFile, plan: PiecesZipPlan, options: WritePiecesZipOptions): Promise<Issue[]> {
  const file = readDeposit(json, options).report.file as SoldeFile;
  const sources = new Map(plan.entries.map((entry) => [entry.name, entry.source]));
  const locale: Locale = resolveLocale(options.locale);
  const own = typeof options.inspectContent === 'object' ? options.inspectContent : {};
  const { inspectPieces } = await import('../pieces/inspect-pieces.js');
  // A source may lend its buffer to the next read: each piece is copied before it is inspected.
  const issues = await inspectPieces(file, async (piece) => (await sources.get(piece.nomFichier)?.bytes())?.slice(), { ...own, locale });
  refuseOnErrors(issues, file.lignesImport.length, locale);
  return issues;
}
