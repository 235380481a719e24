import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The browser run (npm run test:browser): the tests of the core and of the zip entry, the same
 * files as in Node, in real headless Chromium — Debian's `chromium` package, never a browser
 * downloaded by playwright. CHROMIUM_PATH points elsewhere if needed.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The page's time zone. Neither Paris nor UTC (nor Node's zones, New York and Kiritimati): half-hour
 * daylight saving, in the southern summer, so that a hidden use of the machine's zone fails here too.
 */
const zone = process.env.SEGUR_BROWSER_TZ ?? 'Australia/Lord_Howe';

/** A test file of this folder, as an absolute path. */
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // The Node modules some shared tests take an oracle or a helper from, replaced by their browser
    // counterparts (pako's zlib; an iframe for another realm). src/ never imports a node: module.
    alias: {
      'node:zlib': here('test/browser/shims/node-zlib.ts'),
      'node:vm': here('test/browser/shims/node-vm.ts'),
    },
  },
  optimizeDeps: {
    // Bundled once at start, rather than discovered midway (which reloads the page).
    include: ['jszip', 'pako', 'pako/lib/zlib/crc32.js', 'fast-check', 'zod/mini', 'zod/v4/core', '@date-fns/tz/date/mini', 'lossless-json', 'jpeg-js', 'fast-png', 'saxes', 'pdf-lib'],
    // pdf.js is served as it is published (ES modules), its worker script too.
    exclude: ['pdfjs-dist'],
  },
  test: {
    include: [
      // The core: no Node API in these folders.
      'test/{builder,checks,issues,model,names,plan,portal,serialize,time,validate}/**/*.test.ts',
      'test/property/validate.property.test.ts',
      // The zip entry.
      'test/zip/**/*.test.ts',
      // The pieces entry (pdf.js on the page's thread, and in a worker: test/browser/pieces-worker.browser.test.ts).
      'test/pieces/**/*.test.ts',
      // What only a browser has: Blob and File pieces, other realms, the zone of the page.
      'test/browser/**/*.test.ts',
    ],
    exclude: [
      ...configDefaults.exclude,
      // Reads src/ from the disk: a check of the sources, not of a runtime.
      'test/zip/core-isolation.test.ts',
      // Reads the fixture files from the disk (test/issues/locales.test.ts words every code here too).
      'test/issues/locale-fixtures.test.ts',
      // Set process.env.TZ, which only Node has; test/browser/golden.browser.test.ts builds the same zip here.
      'test/zip/determinism-*.test.ts',
      // Mocks a module of the core (vi.doMock), which the browser runner does not apply to dynamic imports.
      'test/validate/shrunk-text.test.ts',
      // The Node writer, checkPiecesZipFile and the command with inspectContent; Node's PDF reader thread.
      'test/pieces/node-*.test.ts',
    ],
    // Read by test/names as import.meta.env.TZ: the zone the page must be in.
    env: { TZ: zone },
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath,
          args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
        },
        contextOptions: { timezoneId: zone },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
