/**
 * The script of the Node worker that reads PDFs (built as `dist/pdf-worker.js` and
 * `dist/pdf-worker.cjs`, started by {@link startPdfThread}): run in a worker thread only.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { servePdfReadings } from './serve-pdf-readings.js';

if (parentPort) void servePdfReadings(parentPort);
