// Mutation testing of the core and of the zip entry (npm run mutation). Report: reports/mutation/mutation.html.
// The zip alone: npx stryker run --mutate 'src/zip/**/*.ts'.
// Equivalent mutants that survive on purpose are listed in docs/mutation.md.

// The runners are threads of child processes, where vitest's `env.TZ` cannot change the zone: set it here, before
// they start (they inherit it). Never Paris nor UTC, as in vitest.config.ts.
process.env.TZ = process.env.SEGUR_TEST_TZ ?? 'America/New_York';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/{checks,issues,names,read,schema,serialize,time,validate,zip}/**/*.ts',
    '!src/**/index.ts',
    // Types only: nothing to mutate.
    '!src/issues/types.ts',
  ],
  ignorePatterns: ['dist', 'coverage', 'reports', '.scratch*', '.tmp*'],
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 90 },
  // Later runs retest only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
