// A PDF reader worker that exits before it is ready (tests of test/pieces/node-pdf-thread.test.ts).
process.exit(4);
