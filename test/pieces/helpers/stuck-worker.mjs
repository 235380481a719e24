// A PDF reader worker that says it is ready, then never answers a piece: its event loop is
// blocked, as pdf.js's is while it inflates a hostile stream (tests of test/pieces/node-pdf-thread.test.ts).
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  for (;;) {
    // busy: only terminate() ends this
  }
});
parentPort?.postMessage('ready');
