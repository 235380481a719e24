/**
 * The PDF reader's side of the Node worker: pdf.js loads first (then `'ready'` is sent),
 * then each message is a piece to read, each answer its {@link PdfReading}, one at a time,
 * in the order sent.
 *
 * @module
 */
import { loadPdfjs } from './load-pdfjs.js';
import { readPdf, type PdfReading } from './read-pdf.js';

/** A piece to read, as sent to the worker. */
export interface PdfRequest {
  bytes: Uint8Array;
  timeoutMs: number;
}

/** What the worker sends: `'ready'` once pdf.js is loaded, then one reading per piece. */
export type PdfAnswer = 'ready' | PdfReading;

/** The end of a channel the reader listens on (a worker's `parentPort`, or a `MessagePort`). */
export interface ReadingPort {
  on(event: 'message', listener: (request: PdfRequest) => void): unknown;
  postMessage(answer: PdfAnswer): void;
}

/**
 * Loads pdf.js, says `'ready'`, then answers each piece sent on `port` with its reading.
 *
 * @example
 * ```ts
 * import { parentPort } from 'node:worker_threads';
 * if (parentPort) void servePdfReadings(parentPort);
 * ```
 */
export async function servePdfReadings(port: ReadingPort): Promise<void> {
  const pdfjs = await loadPdfjs(false);
  let queue = Promise.resolve();
  port.on('message', (request) => {
    queue = queue.then(async () => {
      port.postMessage(await readPdf(request.bytes, { pdfjs, worker: undefined, timeoutMs: request.timeoutMs }));
    });
  });
  port.postMessage('ready');
}
