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
import { loadPdfjs, type Pdfjs } from './load-pdfjs.js';
import { foldText } from './normalize-text.js';
import { DEFAULT_PIECE_TIMEOUT_MS, type InspectContentOptions } from './options.js';
import { readPdf } from './read-pdf.js';

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
  | { kind: 'xml-malformed'; detail: string; line?: number; column?: number }
  | { kind: 'timeout' }
  /** A format the inspection does not know (the validator reports it). */
  | { kind: 'unknown-format' };

/** An inspection run. */
export interface Inspection {
  readonly locale: Locale;
  readonly timeoutMs: number;
  /** Reads one piece. */
  read(bytes: Uint8Array, formatFichier: string): Promise<PieceReading>;
  /** Releases pdf.js's resources (the lent worker is not terminated). */
  close(): void;
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
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` on a bad option
 * @example
 * ```ts
 * const inspection = openInspection({ locale: 'fr' }, 'inspectPieces');
 * try { console.log(await inspection.read(bytes, 'PDF')); } finally { inspection.close(); }
 * ```
 */
export function openInspection(options: InspectContentOptions, fn: string): Inspection {
  const timeoutMs = resolveTimeout(options, fn);
  const locale: Locale = options.locale === 'en' ? 'en' : 'fr';
  let pdf: Promise<{ pdfjs: Pdfjs; worker: PDFWorker | undefined }> | undefined;
  let worker: PDFWorker | undefined;
  const pdfContext = (): Promise<{ pdfjs: Pdfjs; worker: PDFWorker | undefined }> => {
    pdf ??= loadPdfjs(options.pdfWorker !== undefined).then((pdfjs) => {
      if (options.pdfWorker !== undefined) worker = pdfjs.PDFWorker.create({ port: options.pdfWorker, verbosity: pdfjs.VerbosityLevel.ERRORS });
      return { pdfjs, worker };
    });
    return pdf;
  };
  return {
    locale,
    timeoutMs,
    async read(bytes, formatFichier) {
      switch (formatFichier) {
        case 'PDF': {
          const reading = await readPdf(bytes, { ...(await pdfContext()), timeoutMs });
          if (reading.kind === 'encrypted') return { kind: 'pdf-encrypted' };
          if (reading.kind === 'unreadable') return { kind: 'pdf-unreadable', detail: reading.detail };
          if (reading.kind === 'timeout') return reading;
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
    close() {
      worker?.destroy();
    },
  };
}
