// A PDF reader worker that says it is ready, then dies on its first piece (tests of test/pieces/node-pdf-thread.test.ts).
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => process.exit(3));
parentPort?.postMessage('ready');
