/**
 * The checks of each entry's headers and data: local header against central directory,
 * encryption, a second (Unicode) name, data overlapping another entry's; then, for each
 * entry holding a named piece, its size (declared, then counted), content and CRC-32.
 *
 * @module
 */
import { makeIssue } from '../issues/make-issue.js';
import type { Issue, Locale } from '../issues/types.js';
import type { ByteSource } from './byte-source.js';
import type { CentralEntry } from './central-directory.js';
import type { EntryClassification } from './classify-entries.js';
import { contentMatchesFormat } from './content-format.js';
import type { DeclaredPiece } from './deposit.js';
import type { IssueCode } from '../issues/codes.js';
import type { IssueParamsByCode, ZipFault } from '../issues/params.js';
import { entryContent } from './entry-content.js';
import { MAX_LINES } from '../schema/fields.js';
import { METHOD_DEFLATE, METHOD_STORE } from './format.js';
import { isEncrypted, readLocalHeader } from './local-header.js';
import type { ZipLimits, ZipProgress } from './options.js';

/** What the entry checks need. */
export interface InspectInput {
  source: ByteSource;
  entries: readonly CentralEntry[];
  directoryOffset: number;
  classification: EntryClassification;
  limits: ZipLimits;
  verifyCrc: boolean;
  /** Called after each named piece is checked. */
  onProgress?: ((progress: ZipProgress) => void) | undefined;
  locale: Locale;
}

/**
 * The most named pieces whose content one check reads: the most a valid JSON can name
 * (200 requests × 2 types × 5 extensions, `jpeg` beside `jpg`). A JSON naming more is refused
 * anyway; past this many, the others' content is not inflated (`ZIP_TOO_MANY_PIECES`), so
 * that any zip under the limits is checked in bounded time (1 600 pieces inflating to 3 MB
 * each take a few seconds).
 */
export const MAX_CHECKED_PIECES = MAX_LINES * 2 * 5;

interface Located {
  entry: CentralEntry;
  dataStart: number;
  dataEnd: number;
}

/**
 * Checks every entry's headers, then the content of each named piece.
 *
 * @example
 * ```ts
 * const issues = await inspectEntries({ source, entries: cd.entries, directoryOffset: cd.directoryOffset, classification, limits, verifyCrc: true, locale: 'fr' });
 * ```
 */
export async function inspectEntries(input: InspectInput): Promise<Issue[]> {
  const { source, locale } = input;
  const issues: Issue[] = [];
  const pieceOf = new Map([...input.classification.matched.values()].map((m) => [m.entry, m.piece]));
  const pathOf = (entry: CentralEntry): (string | number)[] => pieceOf.get(entry)?.path ?? ['zip', entry.name];
  const inconsistent = (entry: CentralEntry, fault: ZipFault): void => {
    issues.push(makeIssue('ZIP_ENTRY_INCONSISTENT', pathOf(entry), { value: entry.name, fault }, locale));
  };
  const located: Located[] = [];
  const sound = new Set<CentralEntry>();
  for (const entry of input.entries) {
    const local = await readLocalHeader(source, entry, input.directoryOffset);
    if (!local.ok) {
      inconsistent(entry, local.detail);
      continue;
    }
    located.push({ entry, dataStart: local.dataStart, dataEnd: local.dataEnd });
    if (local.encrypted || isEncrypted(entry.flags, entry.method)) {
      issues.push(makeIssue('ZIP_ENTRY_ENCRYPTED', pathOf(entry), { value: entry.name }, locale));
    } else if (entry.unicodeName !== undefined && entry.unicodeName !== entry.name) {
      inconsistent(entry, { kind: 'unicode-name-differs', other: entry.unicodeName });
    } else {
      sound.add(entry);
    }
  }
  // Entries may not share bytes (the overlapping-entries zip bomb): sorted by start, each must
  // start after the furthest end so far — an entry inside a larger one is caught too.
  located.sort((a, b) => a.entry.localOffset - b.entry.localOffset);
  let furthest: Located | undefined;
  for (const current of located) {
    if (furthest && current.entry.localOffset < furthest.dataEnd) {
      inconsistent(current.entry, { kind: 'overlap', other: furthest.entry.name });
      sound.delete(current.entry);
    }
    if (!furthest || current.dataEnd > furthest.dataEnd) furthest = current;
  }
  const starts = new Map(located.map((l) => [l.entry, l.dataStart]));
  const total = input.classification.matched.size;
  let done = 0;
  let bytes = 0;
  for (const { entry, piece } of input.classification.matched.values()) {
    const dataStart = starts.get(entry);
    if (dataStart !== undefined && sound.has(entry) && done < MAX_CHECKED_PIECES) {
      issues.push(...(await pieceIssues(input, entry, piece, dataStart)));
      bytes += entry.compressedSize;
    }
    input.onProgress?.({ done: ++done, total, bytes, totalBytes: source.size, name: piece.name });
  }
  if (total > MAX_CHECKED_PIECES) issues.push(makeIssue('ZIP_TOO_MANY_PIECES', ['zip'], { count: total, limit: MAX_CHECKED_PIECES }, locale));
  return issues;
}

/**
 * The checks of one named piece's content, and the one point where it is known good: past the
 * last check below, its size, CRC-32 and format hold. A check that needs the piece's bytes
 * (its content read whole) asks {@link entryContent} to keep them (`keep`) and looks at
 * `content.bytes` there, once per piece.
 */
async function pieceIssues(input: InspectInput, entry: CentralEntry, piece: DeclaredPiece, dataStart: number): Promise<Issue[]> {
  const { locale } = input;
  const max = input.limits.maxPieceBytes;
  /** An issue of the piece, its name given as the `value` of the code's parameters. */
  const issue = <C extends IssueCode>(code: C, params: Omit<IssueParamsByCode[C], 'value'>): Issue[] => [
    makeIssue(code, piece.path, { value: piece.name, ...params } as IssueParamsByCode[C], locale),
  ];
  const inconsistent = (fault: ZipFault): Issue[] => issue('ZIP_ENTRY_INCONSISTENT', { fault });
  if (entry.method !== METHOD_STORE && entry.method !== METHOD_DEFLATE) return inconsistent({ kind: 'method', method: entry.method });
  if (entry.uncompressedSize > max) return issue('ZIP_PIECE_TOO_LARGE', { count: entry.uncompressedSize, limit: max });
  if (entry.method === METHOD_STORE && entry.compressedSize !== entry.uncompressedSize) {
    // A stored piece's bytes are its data: their count is the size that matters.
    const tooLarge = entry.compressedSize > max ? issue('ZIP_PIECE_TOO_LARGE', { count: entry.compressedSize, limit: max }) : [];
    return [...tooLarge, ...inconsistent({ kind: 'stored-sizes', compressed: entry.compressedSize, size: entry.uncompressedSize })];
  }
  const content = await entryContent(input.source, entry, dataStart, max, input.verifyCrc);
  if (content.kind === 'over-limit') {
    return [...issue('ZIP_PIECE_TOO_LARGE', { limit: max }), ...inconsistent({ kind: 'size-over-declared', declared: entry.uncompressedSize })];
  }
  if (content.kind === 'corrupt') return inconsistent({ kind: 'corrupt-data' });
  if (content.size !== entry.uncompressedSize) return inconsistent({ kind: 'size-mismatch', declared: entry.uncompressedSize, actual: content.size });
  if (content.size === 0) return issue('ZIP_PIECE_EMPTY', {});
  if (content.crc32 !== undefined && content.crc32 !== entry.crc32) return inconsistent({ kind: 'crc-mismatch' });
  if (!contentMatchesFormat(content.head, piece.format)) return issue('ZIP_PIECE_CONTENT_MISMATCH', { expected: piece.format });
  return [];
}
