/**
 * Options and limits of the content inspection (segur-sgl-solde/pieces).
 *
 * @module
 */
import type { Locale } from '../issues/types.js';

/**
 * The time one piece may take to be read, in milliseconds, before it is reported as
 * `CONTENT_TIMEOUT` (pdf.js loads once before the first piece; that load is not counted).
 *
 * @example
 * ```ts
 * import { DEFAULT_PIECE_TIMEOUT_MS } from 'segur-sgl-solde/pieces';
 * DEFAULT_PIECE_TIMEOUT_MS; // 15_000
 * ```
 */
export const DEFAULT_PIECE_TIMEOUT_MS = 15_000;

/**
 * How many pages of a PDF have their text read: the first 20 (an invoice and its annexes;
 * a longer document is read no further).
 *
 * @example
 * ```ts
 * import { MAX_TEXT_PAGES } from 'segur-sgl-solde/pieces';
 * MAX_TEXT_PAGES; // 20
 * ```
 */
export const MAX_TEXT_PAGES = 20;

/**
 * Largest image, in pixels, that is decoded to check it (100 megapixels: far above a scan
 * of an A4 page at 600 dpi, 35 MP). A larger one is not decoded, and not reported.
 *
 * @example
 * ```ts
 * import { MAX_IMAGE_PIXELS } from 'segur-sgl-solde/pieces';
 * MAX_IMAGE_PIXELS; // 100_000_000
 * ```
 */
export const MAX_IMAGE_PIXELS = 100_000_000;

/**
 * What the inspection reports after each piece.
 *
 * @example
 * ```ts
 * const onProgress = ({ done, total, name }: InspectProgress): void => console.log(`${done}/${total} ${name}`);
 * ```
 */
export interface InspectProgress {
  /** Pieces read so far (1 after the first). */
  done: number;
  /** Pieces to read. */
  total: number;
  /** `nomFichier` of the piece just read. */
  name: string;
}

/**
 * Options of the content inspection.
 *
 * @example
 * ```ts
 * const options: InspectContentOptions = { locale: 'en', timeoutMs: 5_000, onProgress: console.log };
 * ```
 */
export interface InspectContentOptions {
  /** Language of the messages: `'fr'` (default) or `'en'`. */
  locale?: Locale;
  /** Time one piece may take, in ms (default {@link DEFAULT_PIECE_TIMEOUT_MS}); past it, `CONTENT_TIMEOUT`. */
  timeoutMs?: number;
  /**
   * Browsers: a `Worker` running pdf.js's worker script (`pdfjs-dist/legacy/build/pdf.worker.mjs`),
   * so that PDFs are parsed off the page's thread — or a function that makes one. A function
   * is the hard bound: past the time limit, its worker is terminated (a step stuck inside
   * pdf.js ends with it) and the next piece gets a new one; all are terminated at the end.
   * A `Worker` given as such is lent, never terminated: a step stuck in it is waited for no
   * longer, but keeps it busy. Without either, pdf.js runs on the calling thread, where the
   * time limit is checked between its steps only. In Node this option is not needed: PDFs are
   * always read in a worker thread of the inspection's own, with a memory limit, terminated
   * at the time limit.
   */
  pdfWorker?: Worker | (() => Worker);
  /** Called after each piece is read. An exception thrown here stops the inspection. */
  onProgress?: (progress: InspectProgress) => void;
}
