/**
 * `npm run demo [-- --lang en] [-- --out folder] [-- --overwrite]`: runs the worked example
 * (examples/durand.ts). Files already there are never replaced unless `--overwrite` is given.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { DemoTargetExists, runDemo } from './durand.js';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'fr' }, out: { type: 'string', default: 'out' }, overwrite: { type: 'boolean', default: false } } });
try {
  const result = await runDemo({ outDir: values.out, locale: values.lang === 'en' ? 'en' : 'fr', depositDate: new Date(), overwrite: values.overwrite });
  process.exitCode = result.report.ok ? 0 : 1;
} catch (err) {
  if (!(err instanceof DemoTargetExists)) throw err;
  console.error(err.message);
  process.exitCode = 2;
}
