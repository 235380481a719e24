/**
 * The size budget of the core entry: dist/index.js bundled as an application would
 * (minified, its dependencies included), gzipped, at most 40 kB (`CORE_GZIP_BUDGET`); and proof from esbuild's
 * metafile that jszip is not in it. Exit 1 when over budget or when jszip is found.
 *
 * Run after the build: npx tsx scripts/size.ts [entry]
 */
import { existsSync } from 'node:fs';
import { CORE_GZIP_BUDGET, bundleFigures } from './core-bundle.js';

const entry = process.argv[2] ?? 'dist/index.js';
if (!existsSync(entry)) {
  console.error(`${entry} does not exist: build first (npm run build)`);
  process.exit(2);
}
const figures = await bundleFigures(entry);
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const jszip = figures.inputs.filter((p) => p.includes('jszip'));
console.log(`${entry}: ${kb(figures.minified)} minified, ${kb(figures.gzipped)} gzipped (budget ${kb(CORE_GZIP_BUDGET)})`);
console.log(`  minified bytes by package: ${figures.byPackage.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`);
console.log(jszip.length === 0 ? `  no jszip among its ${figures.inputs.length} inputs` : `  ✗ jszip is in the bundle: ${jszip.join(', ')}`);
const ok = figures.gzipped <= CORE_GZIP_BUDGET && jszip.length === 0;
console.log(ok ? '✓ within budget' : '✗ over budget or jszip inside');
process.exit(ok ? 0 : 1);
