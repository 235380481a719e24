/// <reference types="vite/client" />
/**
 * pdf.js's worker, as a page opened from disk can start one: Vite bundles pdf.js's worker
 * script as a classic script (`worker.format: 'iife'`) inlined in the page (`?worker&inline`),
 * started from a Blob — from `file://` a worker script file is refused, and so is a module
 * worker (its origin is opaque). Reading PDFs there keeps the page's
 * thread free, and lets the library terminate a worker that passes a piece's time limit — the
 * one way a hostile PDF is answered in bounded time in a browser.
 *
 * @module
 */
import PdfJsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs?worker&inline';

/**
 * Starts one pdf.js worker (the library calls it again for the next piece when it had to
 * terminate one).
 *
 * @example
 * ```ts
 * await checkPiecesZip(zip, text, { inspectContent: { pdfWorker: startPdfWorker } });
 * ```
 */
export function startPdfWorker(): Worker {
  return new PdfJsWorker();
}
