/** pdf.js's worker script, imported for its effect (it sets `globalThis.pdfjsWorker`); pdfjs-dist ships no types for it. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
