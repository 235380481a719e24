import { MessageChannel, Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { inspectPieceContent, inspectPieces, type PieceToInspect } from '../../src/pieces/index.js';
import { openInspection } from '../../src/pieces/inspection.js';
import { PDF_MEMORY_LIMIT_MB, startPdfThread, workerScript } from '../../src/pieces/pdf-thread.js';
import { servePdfReadings, type PdfAnswer } from '../../src/pieces/serve-pdf-readings.js';
import { validFile } from '../helpers/valid-file.js';
import { fixture } from './helpers/fixtures.js';
import { realisticInvoices } from './helpers/invoices.js';
import { bombPdf, deepPdf } from './helpers/make-pdf.js';

const REQUEST = { facture: { dateFacture: '15/03/2024', montantSegurHTFacture: 27450 }, beneficiaires: ['750000010', '750000028'] };
const piece = (bytes: Uint8Array, typeFichier = 'FACTURE'): PieceToInspect => ({ bytes, nomFichier: `BIO-SGL-Va1-${typeFichier}-00001.pdf`, formatFichier: 'PDF', typeFichier });

/** 390 kB of PDF that inflate to 400 MB of page content. */
const bomb = bombPdf(400_000_000);

describe('Node: PDFs are read in a worker thread of the inspection', () => {
  it('reads honest pieces through one worker, and gives their bytes back untouched', async () => {
    const thread = await startPdfThread();
    try {
      const bytes = await fixture('invoice.pdf');
      const copy = bytes.slice();
      for (let n = 0; n < 3; n++) expect(await thread.read(bytes, 15_000)).toEqual(expect.objectContaining({ kind: 'text', pages: 1 }));
      expect(bytes).toEqual(copy);
      expect({ started: thread.started, stopped: thread.stopped }).toEqual({ started: 1, stopped: 0 });
    } finally {
      await thread.close();
    }
  }, 30_000);

  it('terminates the worker of a deflate bomb past the memory limit, and reads the next piece in a fresh one', async () => {
    const bytes = await bomb;
    expect(bytes.length).toBeLessThan(400_000);
    const thread = await startPdfThread();
    try {
      expect(await thread.read(bytes, 60_000)).toEqual({ kind: 'too-heavy', limitMb: PDF_MEMORY_LIMIT_MB });
      expect(thread.stopped).toBe(1);
      expect(await thread.read(await fixture('invoice.pdf'), 15_000)).toEqual(expect.objectContaining({ kind: 'text' }));
      expect({ started: thread.started, stopped: thread.stopped }).toEqual({ started: 2, stopped: 1 });
    } finally {
      await thread.close();
    }
  }, 90_000);

  it('terminates the worker of a piece past the time limit: out of time, and reads the next piece in a fresh one', async () => {
    const stuck = await startPdfThread(new URL('./helpers/stuck-worker.mjs', import.meta.url));
    try {
      expect(await stuck.read(new Uint8Array(1), 100)).toEqual({ kind: 'timeout' });
      expect(await stuck.read(new Uint8Array(1), 100)).toEqual({ kind: 'timeout' });
      expect({ started: stuck.started, stopped: stuck.stopped }).toEqual({ started: 2, stopped: 2 });
    } finally {
      await stuck.close();
    }
  }, 30_000);

  it('answers the bomb out of time within a short limit, by the worker itself or by terminating it', async () => {
    // Which of the two answers first depends on the machine's load: pdf.js checks the time
    // between its steps; a step that takes too long is cut by the thread's own timer.
    const thread = await startPdfThread();
    try {
      expect(await thread.read(await bomb, 100)).toEqual({ kind: 'timeout' });
      expect(thread.stopped).toBeLessThanOrEqual(1);
      expect(await thread.read(await fixture('invoice.pdf'), 15_000)).toEqual(expect.objectContaining({ kind: 'text' }));
    } finally {
      await thread.close();
    }
  }, 30_000);

  it('answers a deeply nested PDF at once: unreadable', async () => {
    const thread = await startPdfThread();
    try {
      expect(await thread.read(deepPdf(100_000), 15_000)).toEqual({ kind: 'unreadable', detail: expect.stringMatching(/call stack/) as string });
      expect(thread.stopped).toBe(0);
    } finally {
      await thread.close();
    }
  }, 30_000);

  it('throws when its worker cannot start (not the piece’s fault), and answers a worker that dies on a piece as an unreadable piece', async () => {
    const missing = await startPdfThread(new URL('./no-such-worker.js', import.meta.url));
    await expect(missing.read(new Uint8Array(1), 1000)).rejects.toThrow(/did not start.*no-such-worker/);
    await missing.close();
    const quitting = await startPdfThread(new URL('./helpers/quitting-worker.mjs', import.meta.url));
    await expect(quitting.read(new Uint8Array(1), 1000)).rejects.toThrow('the PDF reader thread did not start (pdf.js worker exited (4))');
    await quitting.close();
    const dying = await startPdfThread(new URL('./helpers/dying-worker.mjs', import.meta.url));
    expect(await dying.read(new Uint8Array(1), 5000)).toEqual({ kind: 'unreadable', detail: 'pdf.js worker exited (3)' });
    expect(await dying.read(new Uint8Array(2), 5000)).toEqual({ kind: 'unreadable', detail: 'pdf.js worker exited (3)' });
    expect({ started: dying.started, stopped: dying.stopped }).toEqual({ started: 2, stopped: 2 });
    await dying.close();
    const throwing = await startPdfThread(new URL('./helpers/throwing-worker.mjs', import.meta.url));
    expect(await throwing.read(new Uint8Array(1), 5000)).toEqual({ kind: 'unreadable', detail: 'hostile' });
    await throwing.close();
  }, 30_000);

  it('answers a worker that dies of its heap limit as too heavy', async () => {
    const hungry = await startPdfThread(new URL('./helpers/hungry-worker.mjs', import.meta.url));
    try {
      expect(await hungry.read(new Uint8Array(1), 60_000)).toEqual({ kind: 'too-heavy', limitMb: PDF_MEMORY_LIMIT_MB });
      expect(hungry.stopped).toBe(1);
    } finally {
      await hungry.close();
    }
  }, 90_000);

  it('reads on the calling thread when told to (as a browser without a worker does)', async () => {
    const inspection = openInspection({ timeoutMs: 15_000 }, 'test', false);
    try {
      expect(await inspection.read(await fixture('invoice.pdf'), 'PDF')).toEqual(expect.objectContaining({ kind: 'text' }));
      expect(await inspection.read(await fixture('CONTENT_PDF_ENCRYPTED.pdf'), 'PDF')).toEqual({ kind: 'pdf-encrypted' });
    } finally {
      await inspection.close();
    }
  }, 30_000);

  it('finds its script next to its module, in each build', () => {
    expect(workerScript('file:///p/dist/chunk-AB12.cjs').href).toBe('file:///p/dist/pdf-worker.cjs');
    expect(workerScript('file:///p/dist/chunk-AB12.js').href).toBe('file:///p/dist/pdf-worker.js');
    expect(workerScript('file:///p/src/pieces/pdf-thread.ts').href).toBe('file:///p/src/pieces/pdf-worker.ts');
  });

  it('the reader answers each piece in order once pdf.js is loaded (in this thread)', async () => {
    const { port1, port2 } = new MessageChannel();
    const answers: PdfAnswer[] = [];
    const received = new Promise<void>((resolve) => {
      port2.on('message', (answer: PdfAnswer) => {
        answers.push(answer);
        if (answers.length === 3) resolve();
      });
    });
    await servePdfReadings(port1);
    port2.postMessage({ bytes: await fixture('invoice.pdf'), timeoutMs: 15_000 });
    port2.postMessage({ bytes: deepPdf(100_000), timeoutMs: 15_000 });
    await received;
    port1.close();
    expect(answers.map((a) => (a === 'ready' ? a : a.kind))).toEqual(['ready', 'text', 'unreadable']);
  }, 30_000);
});

describe('Node: the inspection and its reader thread', () => {
  it('answers the bomb as CONTENT_TIMEOUT for memory, its own issue, and still reads honest pieces', async () => {
    const issues = await inspectPieceContent(piece(await bomb, 'VA'), REQUEST, { locale: 'en' });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'CONTENT_TIMEOUT',
        severity: 'warning',
        params: { value: 'BIO-SGL-Va1-VA-00001.pdf', resource: 'memory', limit: PDF_MEMORY_LIMIT_MB },
        message: expect.stringContaining(`${String(PDF_MEMORY_LIMIT_MB)} MiB of memory`) as string,
      }),
    ]);
    const fr = await inspectPieceContent(piece(await bomb, 'VA'), REQUEST);
    expect(fr[0]?.message).toContain(`${String(PDF_MEMORY_LIMIT_MB)} Mio de mémoire`);
  }, 90_000);

  it('prints nothing, from the reader thread either: pdf.js’s warnings on broken PDFs reach neither the console nor the process’s output', async () => {
    // pdf.js left to itself prints "Warning: Indexing all PDF objects" on both pieces; a worker
    // thread's console goes to the process's stdout and stderr, not through this thread's console.
    const written: string[] = [];
    const capture = (chunk: unknown): boolean => {
      written.push(String(chunk));
      return true;
    };
    const spies = [
      vi.spyOn(process.stdout, 'write').mockImplementation(capture),
      vi.spyOn(process.stderr, 'write').mockImplementation(capture),
      ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m)),
    ];
    try {
      const whole = await fixture('invoice.pdf');
      for (const bytes of [await fixture('CONTENT_PDF_UNREADABLE.pdf'), whole.subarray(0, 400)]) {
        expect((await inspectPieceContent(piece(bytes), REQUEST)).map((i) => i.code)).toEqual(['CONTENT_PDF_UNREADABLE']);
      }
      // What a worker prints reaches this thread asynchronously: give it time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const spy of spies.slice(2)) expect(spy).not.toHaveBeenCalled();
      expect(written).toEqual([]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }, 60_000);

  it('starts one worker for a whole file of honest pieces, and terminates it at the end', async () => {
    const invoices = Object.values(await realisticInvoices());
    const file = validFile(invoices.length);
    const bytes = new Map(file.lignesImport.flatMap((l, i) => l.piecesJustificatives.map((p) => [p.nomFichier, invoices[i] as Uint8Array] as const)));
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const post = vi.spyOn(Worker.prototype, 'postMessage');
    try {
      expect(await inspectPieces(file, (p) => bytes.get(p.nomFichier))).toEqual([]);
      // Every piece was sent to a worker, and one worker — the run's — was terminated, at its end.
      expect(post).toHaveBeenCalledTimes(bytes.size);
      expect(terminate).toHaveBeenCalledTimes(1);
      expect(new Set(terminate.mock.contexts)).toEqual(new Set(post.mock.contexts));
    } finally {
      vi.restoreAllMocks();
    }
  }, 60_000);
});
