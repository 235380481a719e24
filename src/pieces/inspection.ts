/**
 * One inspection run: reads pieces one at a time, each at most once, loading pdf.js on the
 * first PDF only (and the image decoders, the XML validator on the first image, XML), and gives what each piece says — its text, or why it cannot be read.
 *
 * @module
 */
import type { PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SoldeUsageError } from '../issues/error.js';
import { displayValue } from '../issues/make-issue.js';
import type { Locale } from '../issues/types.js';
import { isNode, loadPdfjs, type Pdfjs } from './load-pdfjs.js';
import { foldText } from './normalize-text.js';
import { DEFAULT_PIECE_TIMEOUT_MS, type InspectContentOptions } from './options.js';
import type { PdfThread, ThreadReading } from './pdf-thread.js';
import { readPdf } from './read-pdf.js';
import { resolveLocale } from '../issues/locales/registry.js';

/** What a piece says. */
export type PieceReading =
  /** Its text, folded for matching (`foldText`): a PDF with a text layer, or an XML. */
  | { kind: 'text'; text: string }
  /** Nothing wrong and no text to match: a decoded image (or one too large to decode). */
  | { kind: 'no-text' }
  /** A PDF without any text: a scan. */
  | { kind: 'pdf-no-text'; pages: number }
  | { kind: 'pdf-unreadable'; detail: string }
  | { kind: 'pdf-encrypted' }
  | { kind: 'image-unreadable'; detail: string }
  /** `detail`: the engine's own words (English), kept for a log; `encoding`: the bytes are not in the one declared. */
  | { kind: 'xml-malformed'; detail: string; line?: number; column?: number; encoding?: string }
  | { kind: 'timeout' }
  /** A PDF whose reading passed the reader's memory limit (`limitMb` MiB): Node's reader thread died of it. */
  | { kind: 'too-heavy'; limitMb: number }
  /** A format the inspection does not know (the validator reports it). */
  | { kind: 'unknown-format' };

/** An inspection run. */
export interface Inspection {
  readonly locale: Locale;
  readonly timeoutMs: number;
  /** Reads one piece. */
  read(bytes: Uint8Array, formatFichier: string): Promise<PieceReading>;
  /** Releases pdf.js's resources and terminates the workers it started (a lent worker is not terminated). */
  close(): Promise<void>;
}

/**
 * The time limit of the options, checked.
 *
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` when it is not a positive integer
 * @example
 * ```ts
 * resolveTimeout({ timeoutMs: 5000 }, 'inspectPieces'); // 5000
 * ```
 */
export function resolveTimeout(options: InspectContentOptions, fn: string): number {
  const value: unknown = options.timeoutMs;
  if (value === undefined) return DEFAULT_PIECE_TIMEOUT_MS;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new SoldeUsageError('ARGUMENT_INVALID', `${fn}: timeoutMs doit être un entier positif (millisecondes), reçu ${displayValue(value)}`);
  }
  return value;
}

/**
 * Starts an inspection run.
 *
 * @param fn - the public function's name, for usage errors
 * @param nodeThread - read PDFs in a Node reader thread when no `pdfWorker` is given (default: in Node)
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` on a bad option
 * @example
 * ```ts
 * const inspection = openInspection({ locale: 'fr' }, 'inspectPieces');
 * try { console.log(await inspection.read(bytes, 'PDF')); } finally { inspection.close(); }
 * ```
 */
export function openInspection(options: InspectContentOptions, fn: string, nodeThread = isNode()): Inspection {
  const timeoutMs = resolveTimeout(options, fn);
  const locale: Locale = resolveLocale(options.locale);
  const given = options.pdfWorker;
  const inNode = given === undefined && nodeThread;
  let pdfjs: Promise<Pdfjs> | undefined;
  let thread: Promise<PdfThread> | undefined;
  /** The browser's worker in use, and pdf.js's handle on it. */
  let browser: { port: Worker; handle: PDFWorker } | undefined;
  const readInBrowser = async (bytes: Uint8Array): Promise<ThreadReading> => {
    pdfjs ??= loadPdfjs(given !== undefined);
    const lib = await pdfjs;
    if (given !== undefined && browser === undefined) {
      const port = typeof given === 'function' ? given() : given;
      browser = { port, handle: lib.PDFWorker.create({ port, verbosity: lib.VerbosityLevel.ERRORS }) };
    }
    const reading = await readPdf(bytes, { pdfjs: lib, worker: browser?.handle, timeoutMs });
    // A worker of our own, past the limit, may be stuck in a step: it is terminated, and the next piece gets a fresh one.
    if (reading.kind === 'timeout' && typeof given === 'function' && browser !== undefined) {
      browser.handle.destroy();
      browser.port.terminate();
      browser = undefined;
    }
    return reading;
  };
  const readPdfPiece = async (bytes: Uint8Array): Promise<ThreadReading> => {
    if (!inNode) return readInBrowser(bytes);
    thread ??= import('./pdf-thread.js').then((m) => m.startPdfThread());
    return (await thread).read(bytes, timeoutMs);
  };
  return {
    locale,
    timeoutMs,
    async read(bytes, formatFichier) {
      switch (formatFichier) {
        case 'PDF': {
          const reading = await readPdfPiece(bytes);
          if (reading.kind === 'encrypted') return { kind: 'pdf-encrypted' };
          if (reading.kind === 'unreadable') return { kind: 'pdf-unreadable', detail: reading.detail };
          if (reading.kind !== 'text') return reading;
          const text = foldText(reading.text);
          return text.trim() === '' ? { kind: 'pdf-no-text', pages: reading.pages } : { kind: 'text', text };
        }
        case 'PNG':
        case 'JPG': {
          const { checkImage } = await import('./check-image.js');
          const image = checkImage(bytes, formatFichier);
          return image.kind === 'unreadable' ? { kind: 'image-unreadable', detail: image.detail } : { kind: 'no-text' };
        }
        case 'XML': {
          const { checkXml } = await import('./check-xml.js');
          const xml = checkXml(bytes);
          return xml.kind === 'ok' ? { kind: 'text', text: foldText(xml.text) } : { ...xml, kind: 'xml-malformed' };
        }
        default:
          return { kind: 'unknown-format' };
      }
    },
    async close() {
      if (browser !== undefined) {
        browser.handle.destroy();
        if (typeof given === 'function') browser.port.terminate();
      }
      await (await thread)?.close();
    },
  };
}
