/**
 * Reads a PDF piece with pdf.js: does it open (without a password), and the text of its
 * first pages. Quiet (pdf.js logs nothing: verbosity lowered) and offline: no font is
 * loaded or fetched (`disableFontFace`, no system or standard fonts, no CMaps, no wasm),
 * no code is evaluated (`isEvalSupported: false`), no XFA, no network.
 *
 * @module
 */
import type { PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Pdfjs } from './load-pdfjs.js';
import { MAX_TEXT_PAGES } from './options.js';

/** What reading a PDF gave. */
export type PdfReading =
  /** It opened; `text` is the text of its first pages' items, joined (empty for a scan). */
  | { kind: 'text'; text: string; pages: number }
  /** It asks for a password to be opened. */
  | { kind: 'encrypted' }
  /** pdf.js refused it; `detail` is pdf.js's reason. */
  | { kind: 'unreadable'; detail: string }
  /** It took longer than the time limit. */
  | { kind: 'timeout' };

/** What {@link readPdf} needs. */
export interface ReadPdfContext {
  pdfjs: Pdfjs;
  /** The worker to parse in (a browser's, or Node's own reader thread), or undefined for pdf.js's in-thread worker. */
  worker: PDFWorker | undefined;
  timeoutMs: number;
}

/**
 * Opens a PDF and reads the text of its first {@link MAX_TEXT_PAGES} pages, within the time
 * limit: checked between pdf.js's steps (opening, each page), past it pdf.js's work is
 * cancelled. One long step inside pdf.js cannot be cut short on the thread that runs it:
 * the hard bound is the caller's, who terminates that thread (Node's reader thread, a
 * browser's worker made by a factory).
 *
 * @param bytes - the piece (not modified: pdf.js is given a copy)
 * @example
 * ```ts
 * const reading = await readPdf(bytes, { pdfjs: await loadPdfjs(false), worker: undefined, timeoutMs: 15_000 });
 * if (reading.kind === 'text') console.log(reading.text);
 * ```
 */
export async function readPdf(bytes: Uint8Array, context: ReadPdfContext): Promise<PdfReading> {
  const { pdfjs } = context;
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a plain copy: pdf.js takes it over (and refuses a Buffer)
    worker: context.worker,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = { passed: false };
  const timeout = new Promise<PdfReading>((resolve) => {
    timer = setTimeout(() => {
      limit.passed = true;
      resolve({ kind: 'timeout' });
    }, context.timeoutMs);
  });
  try {
    return await Promise.race([extractText(task, () => limit.passed), timeout]);
  } finally {
    clearTimeout(timer);
    // Past the limit, pdf.js's worker may be stuck in a step: its answer to `destroy` is not awaited.
    if (limit.passed) task.destroy().catch(() => undefined);
    else await task.destroy();
  }
}

type LoadingTask = ReturnType<Pdfjs['getDocument']>;

/**
 * Lets the timer run: pdf.js's in-thread worker answers through promises only, so without
 * this a whole document would be read before a timer could fire.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Never rejects: a failure is a reading. Stops between steps once `stopped()`. */
async function extractText(task: LoadingTask, stopped: () => boolean): Promise<PdfReading> {
  try {
    const doc = await task.promise;
    const pages = Math.min(doc.numPages, MAX_TEXT_PAGES);
    const parts: string[] = [];
    for (let n = 1; n <= pages; n++) {
      await nextTask();
      if (stopped()) return { kind: 'timeout' };
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? '\n' : ' ');
      page.cleanup();
    }
    // A step past the limit (one page's content, say) is out of time even if it ended.
    await nextTask();
    if (stopped()) return { kind: 'timeout' };
    return { kind: 'text', text: parts.join(''), pages: doc.numPages };
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') return { kind: 'encrypted' };
    return { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}
