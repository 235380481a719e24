// A PDF reader worker that says it is ready, then fills its heap on its first piece, past its V8 limit (tests of test/pieces/node-pdf-thread.test.ts).
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  const kept = [];
  for (;;) kept.push({ n: kept.length, s: `piece ${String(kept.length)}` });
});
parentPort?.postMessage('ready');
