import { defineConfig } from 'vitest/config';

/** The end-to-end test of the offline page (test/web): headless chromium against the built page, run on its own. */
export default defineConfig({
  test: {
    include: ['test/web/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
