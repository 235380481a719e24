/**
 * Before a byte is written: which pieces go in the zip, each checked (named by the JSON,
 * given, not empty, not over the limit, content matching its format, a plain name at the
 * root), and the exact size of the zip. Shared by the in-memory build and the Node one.
 *
 * @module
 */
import { makeIssue } from '../issues/make-issue.js';
import type { Issue, Locale } from '../issues/types.js';
import { contentMatchesFormat, HEAD_BYTES } from './content-format.js';
import type { DeclaredPiece } from './deposit.js';
import { entryNameProblem, nameProblemIssue } from './entry-name.js';
import { METHOD_DEFLATE, METHOD_STORE } from './format.js';
import type { ZipLimits } from './options.js';
import type { PieceSource } from './piece-source.js';
import { zipEntryHeadersBytes, zipLocalHeaderBytes, ZIP_END_RECORD_BYTES } from '../plan/estimate-zip-bytes.js';
import { deflatedSize } from './generate-zip.js';

/** A piece that will be written, with what its headers will say. */
export interface PlannedEntry {
  name: string;
  /** Bytes of its local header (with its name), as jszip writes it. */
  localBytes: number;
  /** `formatFichier`. */
  format: string;
  /** 0 (stored: PDF, PNG, JPG) or 8 (deflated: XML). */
  method: number;
  /** The piece's size. */
  size: number;
  /** Its size in the zip (deflated for XML). */
  compressedSize: number;
  source: PieceSource;
  /** Wire path of its `nomFichier`. */
  path: (string | number)[];
}

/** The plan of a zip: its entries in JSON order, its exact size, and what is wrong. */
export interface PiecesZipPlan {
  entries: PlannedEntry[];
  totalBytes: number;
  issues: Issue[];
}

/** What the plan is made from. */
export interface PlanInput {
  /** The pieces the JSON names, in order. */
  declared: readonly DeclaredPiece[];
  /** Finds a piece by name; undefined when it was not given. */
  find: (name: string) => PieceSource | undefined | Promise<PieceSource | undefined>;
  /** Every name given (pieces given and not named are refused); empty for a folder. */
  given: Iterable<string>;
  limits: ZipLimits;
  locale: Locale;
}

/**
 * Checks every piece and lays out the zip. Pieces with a fault are left out of `entries`
 * and reported in `issues` (the caller refuses to write when there is one).
 *
 * @example
 * ```ts
 * const plan = await planPiecesZip({ declared, find: (n) => sources.get(n), given: sources.keys(), limits, locale: 'fr' });
 * if (plan.issues.length === 0) console.log(plan.totalBytes);
 * ```
 */
export async function planPiecesZip(input: PlanInput): Promise<PiecesZipPlan> {
  const { declared, limits, locale } = input;
  // Each piece is found and checked (a stat and a small read on disk) a few at a time, in order.
  const checked = await mapInOrder(declared, CHECK_CONCURRENCY, (piece) => checkPiece(piece, input));
  const issues: Issue[] = [];
  const entries: PlannedEntry[] = [];
  for (const [i, result] of checked.entries()) {
    // XML pieces are deflated one at a time, each read whole only for that.
    if ('source' in result) entries.push(await plannedEntry(declared[i] as DeclaredPiece, result.source));
    else issues.push(result.issue);
  }
  const named = new Set(declared.map((p) => p.name));
  for (const name of input.given) {
    if (!named.has(name)) issues.push(makeIssue('ZIP_PIECE_NOT_NAMED', ['zip', name], { value: name }, locale));
  }
  const totalBytes = entries.reduce((sum, e) => sum + zipEntryHeadersBytes(e.name) + e.compressedSize, ZIP_END_RECORD_BYTES);
  if (totalBytes > limits.maxZipBytes) issues.push(makeIssue('ZIP_TOO_LARGE', ['zip'], { count: totalBytes, limit: limits.maxZipBytes }, locale));
  return { entries, totalBytes, issues };
}

/** How many pieces are found and checked at once. */
const CHECK_CONCURRENCY = 16;

async function checkPiece(piece: DeclaredPiece, input: PlanInput): Promise<{ source: PieceSource } | { issue: Issue }> {
  const { limits, locale } = input;
  const problem = entryNameProblem(piece.name);
  if (problem) {
    return { issue: nameProblemIssue(problem, piece.path, piece.name, locale) };
  }
  const source = await input.find(piece.name);
  if (!source) return { issue: makeIssue('ZIP_PIECE_MISSING', piece.path, { value: piece.name }, locale) };
  const fault = await pieceFault(piece, source, limits.maxPieceBytes, locale);
  return fault ? { issue: fault } : { source };
}

/**
 * Maps items with at most `limit` calls running at once; results in the items' order.
 *
 * @example
 * ```ts
 * const sizes = await mapInOrder(paths, 16, async (p) => (await stat(p)).size);
 * ```
 */
export async function mapInOrder<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * What is wrong with a piece's bytes, if anything: empty, over the limit (not read), or
 * first bytes not of its format.
 *
 * @example
 * ```ts
 * await pieceFault(piece, memoryPiece(new Uint8Array()), 3_000_000, 'fr'); // a ZIP_PIECE_EMPTY issue
 * ```
 */
export async function pieceFault(piece: DeclaredPiece, source: PieceSource, maxPieceBytes: number, locale: Locale): Promise<Issue | undefined> {
  if (source.size === 0) return makeIssue('ZIP_PIECE_EMPTY', piece.path, { value: piece.name }, locale);
  if (source.size > maxPieceBytes) {
    return makeIssue('ZIP_PIECE_TOO_LARGE', piece.path, { value: piece.name, count: source.size, limit: maxPieceBytes }, locale);
  }
  if (!contentMatchesFormat(await source.head(HEAD_BYTES), piece.format)) {
    return makeIssue('ZIP_PIECE_CONTENT_MISMATCH', piece.path, { value: piece.name, expected: piece.format }, locale);
  }
  return undefined;
}

async function plannedEntry(piece: DeclaredPiece, source: PieceSource): Promise<PlannedEntry> {
  const deflate = piece.format === 'XML';
  // An XML piece is deflated once here to know its size, and again when written (the same bytes).
  const compressedSize = deflate ? await deflatedSize(piece.name, await source.bytes()) : source.size;
  return {
    name: piece.name,
    localBytes: zipLocalHeaderBytes(piece.name),
    format: piece.format,
    method: deflate ? METHOD_DEFLATE : METHOD_STORE,
    size: source.size,
    compressedSize,
    source,
    path: piece.path,
  };
}
