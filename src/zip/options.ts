/**
 * Options and limits of the zip functions (FORMAT.md §1: 3 000 000 bytes per piece,
 * 200 000 000 bytes per zip, both options).
 *
 * @module
 */
import { SoldeUsageError } from '../issues/error.js';
import { displayValue } from '../issues/make-issue.js';
import type { InspectContentOptions } from '../pieces/options.js';
import type { ValidateOptions } from '../validate/options.js';
import { DEFAULT_MAX_ZIP_BYTES } from '../plan/estimate-zip-bytes.js';
import { MAX_UINT32 } from './format.js';

/**
 * Largest piece, in bytes of the piece itself (FORMAT.md §1: "3 Mo" read as 10^6 bytes).
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_PIECE_BYTES } from 'segur-sgl-solde/zip';
 * DEFAULT_MAX_PIECE_BYTES; // 3_000_000
 * ```
 */
export const DEFAULT_MAX_PIECE_BYTES = 3_000_000;

// The largest zip is the planner's limit too: defined once, beside the planner's estimate.
export { DEFAULT_MAX_ZIP_BYTES };

/**
 * Size limits of a deposit's zip.
 *
 * @example
 * ```ts
 * const limits: ZipLimitOptions = { maxPieceBytes: 3_000_000, maxZipBytes: 200_000_000 };
 * ```
 */
export interface ZipLimitOptions {
  /** Largest piece in bytes (its own bytes, uncompressed). Default 3 000 000. */
  maxPieceBytes?: number;
  /** Largest zip in bytes. Default 200 000 000; at most 4 294 967 295 (no zip64). */
  maxZipBytes?: number;
}

/**
 * What a zip function reports after each entry.
 *
 * @example
 * ```ts
 * const onProgress = ({ done, total, bytes, totalBytes, name }: ZipProgress): void => {
 *   process.stderr.write(`\r${done}/${total} ${Math.round((100 * bytes) / totalBytes)} % ${name}`);
 * };
 * ```
 */
export interface ZipProgress {
  /** Entries written so far (1 after the first). */
  done: number;
  /** Entries to write. */
  total: number;
  /** Bytes of the zip written so far. */
  bytes: number;
  /** Bytes of the whole zip, known before the first byte is written. */
  totalBytes: number;
  /** Name of the entry just written. */
  name: string;
}

/**
 * Options of `buildPiecesZip`: the JSON's validation options, the limits, progress.
 *
 * @example
 * ```ts
 * const options: BuildPiecesZipOptions = { depositDate: new Date(), locale: 'en', onProgress: console.log };
 * ```
 */
export interface BuildPiecesZipOptions extends ValidateOptions, ZipLimitOptions {
  /** Called after each entry is written. An exception thrown here stops the build. */
  onProgress?: (progress: ZipProgress) => void;
}

/**
 * Options of `checkPiecesZip`: the JSON's validation options and the limits.
 *
 * @example
 * ```ts
 * const options: CheckPiecesZipOptions = { depositDate: new Date(), locale: 'en', verifyCrc: true };
 * ```
 */
export interface CheckPiecesZipOptions extends ValidateOptions, ZipLimitOptions, ContentInspectionOption {
  /**
   * Check each named piece's CRC-32 against its bytes (read as a stream, never held).
   * Default `true`: a corrupted piece would fail on the portal.
   */
  verifyCrc?: boolean;
  /**
   * Called after each named piece found in the zip is checked: `done` of `total` pieces,
   * `bytes` of the pieces' stored data read so far, `totalBytes` the zip's size, `name` the
   * piece just checked. An exception thrown here stops the check.
   */
  onProgress?: (progress: ZipProgress) => void;
}

/**
 * The option that also reads what each piece says (segur-sgl-solde/pieces, loaded then):
 * `true`, or the inspection's own options (`timeoutMs`, `pdfWorker`, `onProgress`).
 *
 * @example
 * ```ts
 * const options: ContentInspectionOption = { inspectContent: { timeoutMs: 5_000 } };
 * ```
 */
export interface ContentInspectionOption {
  /**
   * Read each sound piece against its request (`CONTENT_*` codes): it opens, shows the
   * request's amount, date and sites. Default false.
   */
  inspectContent?: boolean | InspectContentOptions;
}

/** The limits, resolved. */
export interface ZipLimits {
  maxPieceBytes: number;
  maxZipBytes: number;
}

/**
 * The limits of the options, with their defaults.
 *
 * @param options - the caller's options
 * @param fn - the public function's name, for the error message
 * @returns both limits
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` when a limit is not an integer from 1 to 4 294 967 295
 * @example
 * ```ts
 * resolveLimits({ maxZipBytes: 100_000_000 }, 'buildPiecesZip'); // { maxPieceBytes: 3_000_000, maxZipBytes: 100_000_000 }
 * ```
 */
export function resolveLimits(options: ZipLimitOptions, fn: string): ZipLimits {
  return {
    maxPieceBytes: limit(options.maxPieceBytes, DEFAULT_MAX_PIECE_BYTES, 'maxPieceBytes', fn),
    maxZipBytes: limit(options.maxZipBytes, DEFAULT_MAX_ZIP_BYTES, 'maxZipBytes', fn),
  };
}

function limit(value: unknown, fallback: number, name: string, fn: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_UINT32) {
    throw new SoldeUsageError('ARGUMENT_INVALID', `${fn}: ${name} doit être un entier de 1 à ${MAX_UINT32}, reçu ${displayValue(value)}`);
  }
  return value;
}
