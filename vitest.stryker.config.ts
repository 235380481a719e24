import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The tests Stryker runs against each mutant of the core (stryker.config.mjs): the unit,
 * rule and property tests of the folders it mutates, and the builder and portal tests that
 * exercise the same code, and the README's table of messages; the zip entry's tests and the
 * Node writer's (src/zip). Left out: the fuzzing and bundling tests (slow; their property is
 * covered by the faster property tests), the CLI and browser tests (other entries).
 */
// Spread, not mergeConfig: mergeConfig would append this include list to the base one (every test).
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'test/{checks,docs,issues,names,read,schema,serialize,time,validate,mutation,builder,portal,model}/**/*.test.ts',
      'test/property/validate.property.test.ts',
      'test/{zip,node}/**/*.test.ts',
    ],
    // The examples' test spawns tsc over every @example: far too slow to run for each mutant. The
    // determinism tests set the zone of their own worker, which Stryker's runners (threads, zone fixed in
    // stryker.config.mjs) cannot: the golden bytes are held by the other zip tests' runs.
    exclude: [...(base.test?.exclude ?? []), 'test/docs/examples.test.ts', 'test/zip/determinism-*.test.ts'],
    coverage: { enabled: false },
    // Its runners are threads, whose zone is fixed when they start: the tests that change it stand aside
    // (test/helpers/machine-zone.ts).
    env: { ...base.test?.env, SEGUR_MACHINE_ZONE_FIXED: '1' },
  },
});
