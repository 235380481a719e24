// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- pdfjs-dist ships no types for its worker script: this declares it, for every project that compiles this file (the page too)
/// <reference path="./pdfjs-worker.d.ts" />
/**
 * pdf.js, loaded on first use only (its legacy build, which runs in Node 20 and in every
 * browser): importing `segur-sgl-solde/pieces` loads nothing, and a check without
 * `inspectContent` never loads it.
 *
 * @module
 */

/** The pdf.js module. */
export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * Is this Node (or a runtime with its `process`), where pdf.js runs its worker in-thread by itself?
 *
 * @example
 * ```ts
 * isNode(); // true in Node, false in a browser
 * ```
 */
export function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: unknown } } }).process;
  return typeof p?.versions?.node === 'string';
}

/**
 * Loads pdf.js. Outside Node and without a worker, pdf.js's worker code is loaded on the
 * calling thread too (pdf.js's own "fake worker", which it finds at `globalThis.pdfjsWorker`).
 *
 * @param withWorker - a worker will be given to `getDocument`
 * @example
 * ```ts
 * const pdfjs = await loadPdfjs(false);
 * const task = pdfjs.getDocument({ data });
 * ```
 */
export async function loadPdfjs(withWorker: boolean): Promise<Pdfjs> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (!withWorker && !isNode()) await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return pdfjs;
}
