import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/browser needs a page (iframes, file inputs): only vitest.browser.config.ts runs it.
    exclude: [...configDefaults.exclude, 'test/browser/**'],
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
