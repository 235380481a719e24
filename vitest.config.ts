import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // `segur-sgl-solde` and its subpaths (as the examples import them) resolve to src/ through tsconfig.json's paths.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/**/*.test.ts'],
    // test/browser needs a page (iframes, file inputs): only vitest.browser.config.ts runs it.
    // test/web drives a real browser against the built page: vitest.web.config.ts runs it on its own (npm run test:web),
    // after the unit tests, so that the machine's load does not time its steps out.
    exclude: [...configDefaults.exclude, 'test/browser/**', 'test/web/**'],
    // Never Paris nor UTC, so that a hidden use of the machine's zone fails; npm test runs the names again under a second zone.
    env: { TZ: process.env.SEGUR_TEST_TZ ?? 'America/New_York' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
