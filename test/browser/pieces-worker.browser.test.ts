/// <reference lib="dom" />
import workerSource from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?raw';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { inspectPieceContent, inspectPieces } from '../../src/pieces/index.js';
import { validFile } from '../helpers/valid-file.js';
import { fixture } from '../pieces/helpers/fixtures.js';
import { realisticInvoices } from '../pieces/helpers/invoices.js';

const REQUEST = { facture: { dateFacture: '15/03/2024', montantSegurHTFacture: 27450 }, beneficiaires: ['750000010'] };

/**
 * pdf.js's worker as an offline page makes it: its script's text in a Blob, run as a module
 * worker from the Blob's URL (which works from file:// too, where a worker script file does not).
 */
function blobWorker(): Worker {
  return new Worker(URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' })), { type: 'module' });
}

const workers: Worker[] = [];
afterAll(() => {
  for (const w of workers) w.terminate();
});

describe('the content inspection with pdf.js in a worker', () => {
  it('reads PDFs off the page’s thread, from a worker made from a Blob', async () => {
    const worker = blobWorker();
    workers.push(worker);
    const piece = (name: string, bytes: Uint8Array) => ({ bytes, nomFichier: name, formatFichier: 'PDF', typeFichier: 'FACTURE' });
    expect(await inspectPieceContent(piece('invoice.pdf', await fixture('invoice.pdf')), REQUEST, { pdfWorker: worker })).toEqual([]);
    const encrypted = await inspectPieceContent(piece('e.pdf', await fixture('CONTENT_PDF_ENCRYPTED.pdf')), REQUEST, { pdfWorker: worker });
    expect(encrypted.map((i) => i.code)).toEqual(['CONTENT_PDF_ENCRYPTED']);
    const unreadable = await inspectPieceContent(piece('u.pdf', await fixture('CONTENT_PDF_UNREADABLE.pdf')), REQUEST, { pdfWorker: worker });
    expect(unreadable.map((i) => i.code)).toEqual(['CONTENT_PDF_UNREADABLE']);
  });

  it('reads a whole file’s pieces through the same lent worker, and leaves it running', async () => {
    const worker = blobWorker();
    workers.push(worker);
    const invoices = Object.values(await realisticInvoices());
    const file = validFile(invoices.length);
    const bytes = new Map(file.lignesImport.flatMap((l, i) => l.piecesJustificatives.map((p) => [p.nomFichier, invoices[i] as Uint8Array] as const)));
    expect(await inspectPieces(file, (p) => bytes.get(p.nomFichier), { pdfWorker: worker })).toEqual([]);
    // Lent, not terminated: it still reads.
    expect(await inspectPieces(file, (p) => bytes.get(p.nomFichier), { pdfWorker: worker })).toEqual([]);
  });

  it('terminates a worker it made itself past the time limit, makes a new one for the next piece, and terminates all at the end', async () => {
    const made: Worker[] = [];
    const factory = (): Worker => {
      const worker = blobWorker();
      made.push(worker);
      workers.push(worker);
      return worker;
    };
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      const invoices = Object.values(await realisticInvoices()).slice(0, 2);
      const file = validFile(invoices.length);
      const bytes = new Map(file.lignesImport.flatMap((l, i) => l.piecesJustificatives.map((p) => [p.nomFichier, invoices[i] as Uint8Array] as const)));
      // 1 ms: every piece is out of time, and its worker (maybe stuck in a step) is terminated.
      const late = await inspectPieces(file, (p) => bytes.get(p.nomFichier), { pdfWorker: factory, timeoutMs: 1 });
      expect(late.map((i) => i.code)).toEqual(Array.from({ length: bytes.size }, () => 'CONTENT_TIMEOUT'));
      expect(made).toHaveLength(bytes.size);
      expect(new Set(terminate.mock.contexts)).toEqual(new Set(made));
      // Given time: one worker for the whole file, terminated at the end.
      terminate.mockClear();
      made.length = 0;
      expect(await inspectPieces(file, (p) => bytes.get(p.nomFichier), { pdfWorker: factory })).toEqual([]);
      expect(made).toHaveLength(1);
      expect(terminate.mock.contexts).toEqual(made);
    } finally {
      terminate.mockRestore();
    }
  });
});
