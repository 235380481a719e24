/**
 * Node: PDFs are read in a worker thread with a memory limit, so that a hostile PDF is
 * answered in bounded time and memory — a worker past the time limit is terminated
 * (`CONTENT_TIMEOUT`), one past its memory limit dies (`CONTENT_TIMEOUT`, reason `memory`);
 * the next piece gets a fresh worker. One worker serves every piece of an inspection run;
 * its start (pdf.js's load in it) is not counted in a piece's time.
 *
 * `node:worker_threads` is imported by a name bundlers do not follow: this module is loaded
 * in Node only, and a browser bundle of the pieces entry never sees a Node module.
 *
 * @module
 */
import type { PdfReading } from './read-pdf.js';
import type { PdfAnswer, PdfRequest } from './serve-pdf-readings.js';

/** The events of Node's `Worker` listened to here. */
interface WorkerEvents {
  message: (answer: PdfAnswer) => void;
  error: (error: Error & { code?: string }) => void;
  exit: (code: number) => void;
}

/** The part of Node's `Worker` used here (no type import of it: this module is read by tools that check no Node module is named). */
interface NodeWorker {
  on<E extends keyof WorkerEvents>(event: E, listener: WorkerEvents[E]): this;
  once<E extends keyof WorkerEvents>(event: E, listener: WorkerEvents[E]): this;
  off<E extends keyof WorkerEvents>(event: E, listener: WorkerEvents[E]): this;
  postMessage(request: PdfRequest, transfer: ArrayBuffer[]): void;
  terminate(): Promise<number>;
  readonly stdout: { resume(): unknown };
  readonly stderr: { resume(): unknown };
}

/** Node's `Worker` constructor, with the options used here. */
type WorkerConstructor = new (
  script: URL | string,
  options: {
    eval?: boolean;
    resourceLimits: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number };
    execArgv: string[];
    stdout: boolean;
    stderr: boolean;
  },
) => NodeWorker;

/**
 * The memory one PDF may take to be read, in MiB: past it, its worker is terminated. Watched
 * twice: the worker's JavaScript heap is capped by V8 (`resourceLimits`, part of this budget),
 * and the process's resident memory is sampled while the piece is read — pdf.js inflates
 * streams into typed arrays, which live outside the heap.
 */
export const PDF_MEMORY_LIMIT_MB = 512;

/** The worker's V8 old generation (objects, strings), in MiB: within {@link PDF_MEMORY_LIMIT_MB}. */
const OLD_GENERATION_MB = 384;

/** …and its young generation, in MiB. */
const YOUNG_GENERATION_MB = 32;

/** How often the resident memory is sampled while a PDF is read, in ms. */
const MEMORY_SAMPLE_MS = 20;

const WORKER_THREADS = 'node:worker_threads';

const TOO_HEAVY = { kind: 'too-heavy', limitMb: PDF_MEMORY_LIMIT_MB } as const;

/** What reading a PDF in a worker can give: a reading, or the worker's death from its memory limit. */
export type ThreadReading = PdfReading | { kind: 'too-heavy'; limitMb: number };

/** A PDF reader thread, started on first use. */
export interface PdfThread {
  /**
   * Reads one piece within `timeoutMs` (counted once the worker is ready).
   *
   * @throws {Error} when the worker cannot start (its script missing, say)
   */
  read(bytes: Uint8Array, timeoutMs: number): Promise<ThreadReading>;
  /** Terminates the worker. */
  close(): Promise<void>;
  /** How many workers were started so far. */
  readonly started: number;
  /** How many of them were terminated past the time limit or died (out of memory, crash). */
  readonly stopped: number;
}

/**
 * The worker script next to this module: `pdf-worker.js` (ESM build), `pdf-worker.cjs` (CJS
 * build), or `pdf-worker.ts` from the sources (the tests: run through tsx).
 *
 * @example
 * ```ts
 * workerScript('file:///app/node_modules/segur-sgl-solde/dist/chunk-AB12.cjs').href; // 'file:///app/node_modules/segur-sgl-solde/dist/pdf-worker.cjs'
 * ```
 */
export function workerScript(moduleUrl: string): URL {
  const ext = /\.(cjs|ts)$/.exec(new URL(moduleUrl).pathname)?.[1] ?? 'js';
  return new URL(`./pdf-worker.${ext}`, moduleUrl);
}

/**
 * The sources' worker (the tests): its TypeScript through tsx's loader, pdf.js loaded before
 * it, natively (through tsx it would take a second more to start).
 */
function fromSources(script: URL): string {
  return `import('pdfjs-dist/legacy/build/pdf.mjs').then(() => import('tsx/esm/api')).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); })`;
}

/** A worker and the promise of its `'ready'` (rejected if it dies first). */
interface Reader {
  worker: NodeWorker;
  ready: Promise<void>;
}

/**
 * Starts a PDF reader thread (the worker itself starts with the first piece).
 *
 * @param script - the worker script (default: {@link workerScript} of this module)
 * @example
 * ```ts
 * const thread = await startPdfThread();
 * try { console.log((await thread.read(bytes, 15_000)).kind); } finally { await thread.close(); }
 * ```
 */
export async function startPdfThread(script: URL = workerScript(import.meta.url)): Promise<PdfThread> {
  const { Worker } = (await import(/* @vite-ignore */ WORKER_THREADS)) as { Worker: WorkerConstructor };
  let reader: Reader | undefined;
  let started = 0;
  let stopped = 0;
  const options = {
    resourceLimits: { maxOldGenerationSizeMb: OLD_GENERATION_MB, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    // Not the caller's flags (`--input-type`, `--eval`… would stop the script from loading).
    execArgv: [],
    // The library prints nothing: whatever pdf.js would print in the worker is dropped.
    stdout: true,
    stderr: true,
  };
  const spawn = (): Reader => {
    const worker = script.pathname.endsWith('.ts') ? new Worker(fromSources(script), { ...options, eval: true }) : new Worker(script, options);
    started++;
    worker.stdout.resume();
    worker.stderr.resume();
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => {
        resolve();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        reject(new Error(`pdf.js worker exited (${String(code)})`));
      });
    });
    ready.catch(() => undefined);
    // A worker that dies between pieces must not crash the process: the next piece gets a fresh one.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (reader?.worker === worker) reader = undefined;
    });
    return { worker, ready };
  };
  const stop = (worker: NodeWorker): void => {
    if (reader?.worker === worker) reader = undefined;
    stopped++;
    void worker.terminate();
  };
  return {
    get started() {
      return started;
    },
    get stopped() {
      return stopped;
    },
    async read(bytes, timeoutMs) {
      const current = (reader ??= spawn());
      const { worker } = current;
      try {
        await current.ready;
      } catch (error) {
        // Not the piece's fault (its bytes were not sent yet): the inspection cannot go on.
        stop(worker);
        throw new Error(`segur-sgl-solde/pieces: the PDF reader thread did not start (${error instanceof Error ? error.message : String(error)})`, { cause: error });
      }
      return new Promise<ThreadReading>((resolve) => {
        const done = (reading: ThreadReading): void => {
          clearTimeout(timer);
          clearInterval(watch);
          worker.off('message', onMessage).off('error', onError).off('exit', onExit);
          resolve(reading);
        };
        const onMessage = (answer: PdfAnswer): void => {
          if (answer !== 'ready') done(answer);
        };
        const onError = (error: Error & { code?: string }): void => {
          stop(worker);
          done(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? TOO_HEAVY : { kind: 'unreadable', detail: error.message });
        };
        const onExit = (code: number): void => {
          stop(worker);
          done({ kind: 'unreadable', detail: `pdf.js worker exited (${String(code)})` });
        };
        const timer = setTimeout(() => {
          stop(worker);
          done({ kind: 'timeout' });
        }, timeoutMs);
        const base = process.memoryUsage.rss();
        const watch = setInterval(() => {
          if (process.memoryUsage.rss() - base > PDF_MEMORY_LIMIT_MB * 2 ** 20) {
            stop(worker);
            done(TOO_HEAVY);
          }
        }, MEMORY_SAMPLE_MS);
        worker.on('message', onMessage).on('error', onError).on('exit', onExit);
        const copy = new Uint8Array(bytes); // sent away (transferred): the caller's bytes stay as given
        const request: PdfRequest = { bytes: copy, timeoutMs };
        worker.postMessage(request, [copy.buffer]);
      });
    },
    async close() {
      const current = reader;
      reader = undefined;
      await current?.worker.terminate();
    },
  };
}
