import type JSZip from 'jszip';

let loading: Promise<typeof JSZip> | undefined;

/**
 * jszip, loaded on first use only: importing `segur-sgl-solde/zip` then has no side effect
 * (jszip installs a global `setImmediate` polyfill when it loads), and a deposit of PDFs
 * only never loads it at all.
 *
 * @example
 * ```ts
 * const JSZip = await loadJszip();
 * const zip = new JSZip();
 * ```
 */
export function loadJszip(): Promise<typeof JSZip> {
  loading ??= import('jszip').then((module) => module.default);
  return loading;
}
