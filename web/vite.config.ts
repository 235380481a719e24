/**
 * Vite configuration of the offline validation page: `web/` is the root, the static page
 * is written to `web/dist/` with relative asset paths (`base: './'`), so that any static
 * server — or a sub-folder of one — can serve it.
 *
 * @module
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const NODE_BUILTINS = new Set(builtinModules);

/**
 * Fails the build when the page (or the part of the library it uses) imports a Node
 * module: the page must run in the browser alone.
 *
 * @returns the Vite plugin
 * @example
 * ```ts
 * defineConfig({ plugins: [browserOnly()] });
 * ```
 */
export function browserOnly(): Plugin {
  return {
    name: 'segur-browser-only',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id.startsWith('node:') || NODE_BUILTINS.has(id)) {
        this.error(`${id}, imported by ${importer ?? 'the page'}, is a Node module: the page must run in the browser alone.`);
      }
      return null;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [browserOnly()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // One script, one stylesheet, nothing inlined: the Content-Security-Policy allows 'self' only.
    assetsInlineLimit: 0,
    modulePreload: false,
    reportCompressedSize: false,
    // One script: the library loads jszip lazily (only where the browser cannot inflate a zip
    // itself); inlined here, the page never fetches anything after it has loaded.
    rolldownOptions: { output: { codeSplitting: false } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
