import { describe, expect, it } from 'vitest';
import { bundleFigures, CORE_GZIP_BUDGET } from '../../scripts/core-bundle.js';

// The core entry as an application bundles it (esbuild, minified, every dependency included), built in memory from source.
const core = bundleFigures('src/index.ts');
core.catch(() => undefined); // each test awaits it and reports a failure itself

describe('the core entry’s bundle', () => {
  it('does not contain jszip (only segur-sgl-solde/zip may use it)', async () => {
    const { inputs } = await core;
    expect(inputs.some((p) => p.includes('src/schema/layout.ts'))).toBe(true);
    expect(inputs.filter((p) => p.includes('jszip'))).toEqual([]);
    expect(inputs.filter((p) => p.includes('src/zip/') || p.includes('src/node/') || p.includes('src/cli/'))).toEqual([]);
  });

  it(`stays within the budget of ${CORE_GZIP_BUDGET / 1000} kB minified and gzipped, its dependencies included`, async () => {
    const { gzipped, byPackage } = await core;
    expect(gzipped, `minified bytes by package: ${JSON.stringify(byPackage)}`).toBeLessThanOrEqual(CORE_GZIP_BUDGET);
  });
});
