// A PDF reader worker that says it is ready, then throws on its first piece (tests of test/pieces/node-pdf-thread.test.ts).
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  throw new Error('hostile');
});
parentPort?.postMessage('ready');
