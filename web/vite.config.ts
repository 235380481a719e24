/**
 * Vite configuration of the offline validation page: `web/` is the root; the page is built as
 * ONE self-contained HTML file (its script and stylesheet inlined, no other file), so that it
 * works opened from disk (`file://`) — Chromium refuses module scripts and most fetches there —
 * and can travel by e-mail:
 *
 * - `vite build --config web/vite.config.ts` writes `web/dist/index.html` (and `npm run web`
 *   serves it);
 * - `vite build --config web/vite.config.ts --mode package` writes it as
 *   `dist/page/segur-solde.html`, the copy the package ships and `segur-solde page` writes out.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
// The page's name in the package (`dist/page/`), which `segur-solde page` copies out.
import { PAGE_FILE_NAME } from '../src/cli/commands/page.js';

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

/** `'sha256-…'`, the CSP source that allows exactly this inline script or style. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** `</script` or `</style` inside inlined code would end its element early: escaped (`<\/script`), same meaning in JS and CSS strings. */
function escapeClosingTag(code: string, tag: 'script' | 'style'): string {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/**
 * Inlines the page's one script and one stylesheet into its HTML, and allows exactly them in
 * the Content-Security-Policy by their SHA-256 hash (never `'unsafe-inline'`): `script-src`
 * and `style-src` name the hashes, everything else stays as `web/index.html` wrote it
 * (`connect-src 'none'` above all). The script is a classic one (an IIFE: Chromium refuses
 * module scripts from `file://`), placed at the end of `<body>` so that the page it drives
 * exists when it runs. A chunk or asset left over (an import the bundle could not inline)
 * fails the build rather than leaving a page that would fetch it.
 *
 * @param fileName - the name of the HTML file written (`index.html` unless given)
 * @returns the Vite plugin
 * @example
 * ```ts
 * defineConfig({ plugins: [singleFilePage('segur-solde.html')] });
 * ```
 */
export function singleFilePage(fileName = 'index.html'): Plugin {
  return {
    name: 'segur-single-file-page',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((file) => file.type === 'asset' && file.fileName.endsWith('.html'));
      if (html?.type !== 'asset') return this.error('the page has no HTML file');
      let text = String(html.source);
      const scripts: string[] = [];
      const styles: string[] = [];
      for (const file of Object.values(bundle)) {
        if (file === html) continue;
        if (file.type === 'chunk' && file.isEntry) scripts.push(escapeClosingTag(file.code, 'script'));
        else if (file.type === 'asset' && file.fileName.endsWith('.css')) styles.push(escapeClosingTag(String(file.source), 'style'));
        else if (!file.fileName.endsWith('.map')) return this.error(`${file.fileName} would be a second file: the page must be one HTML file`);
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- how a plugin removes a file from the bundle (Rollup's generateBundle API)
        delete bundle[file.fileName];
      }
      if (scripts.length !== 1 || styles.length !== 1) return this.error(`expected one script and one stylesheet, got ${scripts.length} and ${styles.length}`);
      const [script = '', style = ''] = [scripts[0], styles[0]];
      // Vite wrote <script type="module" crossorigin src="./assets/…js"> and <link rel="stylesheet" crossorigin href="./assets/…css">.
      const before = text;
      text = text.replace(/\s*<script type="module"[^>]*src="[^"]+"[^>]*><\/script>/, '');
      text = text.replace(/<link rel="stylesheet"[^>]*href="[^"]+"[^>]*>/, () => `<style>${style}</style>`);
      if (text === before || text.includes('./assets/')) return this.error('the page’s script or stylesheet tag was not found where Vite writes it');
      text = text.replace(/<\/body>/, () => `<script>${script}</script>\n  </body>`);
      const csp = /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/.exec(text);
      if (csp === null || !csp[2]?.includes("connect-src 'none'")) return this.error("the page’s Content-Security-Policy (with connect-src 'none') was not found");
      const policy = csp[2]
        .replace(/script-src [^;]*/, `script-src ${cspHash(script)}`)
        .replace(/style-src [^;]*/, `style-src ${cspHash(style)}`)
        .replace(/default-src 'self'/, "default-src 'none'");
      text = text.replace(csp[0], () => `${csp[1] ?? ''}${policy}${csp[3] ?? ''}`);
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- as above
      delete bundle[html.fileName];
      this.emitFile({ type: 'asset', fileName, source: text });
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [browserOnly(), singleFilePage(mode === 'package' ? PAGE_FILE_NAME : 'index.html')],
  build: {
    outDir: mode === 'package' ? '../dist/page' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Everything ends up in the HTML (see singleFilePage); no asset file, no preload helper.
    assetsInlineLimit: Number.POSITIVE_INFINITY,
    cssCodeSplit: false,
    modulePreload: false,
    sourcemap: false,
    reportCompressedSize: false,
    // One classic script: the library loads jszip lazily (only where the browser cannot
    // inflate a zip itself) and pdf.js may come the same way; inlined here, the page never
    // fetches anything after it has loaded.
    // The dynamic import()s left inlined keep an `import.meta` an IIFE cannot have: rolldown
    // replaces it by `{}`, which is what they need (nothing is fetched), so it need not warn.
    rolldownOptions: { output: { codeSplitting: false, format: 'iife' }, checks: { emptyImportMeta: false } },
  },
  // pdf.js's worker (web/src/pdf-worker.ts, `?worker&inline`): a classic script, since a module
  // worker cannot start from a Blob in a page opened from file:// (its origin is opaque).
  worker: { format: 'iife' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
}));
