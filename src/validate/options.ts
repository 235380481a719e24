import type { Locale } from '../issues/types.js';

/** Options of {@link validateSoldeFile}. */
export interface ValidateOptions {
  /**
   * The instant of the deposit; its calendar day in Europe/Paris is the latest allowed
   * invoice date. Default: now (`new Date()`), the only clock the library reads.
   */
  depositDate?: Date;
  /** Language of the messages: `'fr'` (default) or `'en'`. */
  locale?: Locale;
  /** Largest text read, in UTF-8 bytes; a larger one is refused without being parsed. Default 20 000 000. */
  maxBytes?: number;
  /** Deepest nesting of objects and arrays accepted. Default 64 (a valid file has 5). */
  maxDepth?: number;
}

/** Default of {@link ValidateOptions.maxBytes}: 20 MB (a full 200-request file is a few hundred kB). */
export const DEFAULT_MAX_BYTES = 20_000_000;
/** Default of {@link ValidateOptions.maxDepth}. */
export const DEFAULT_MAX_DEPTH = 64;
