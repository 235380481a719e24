/**
 * `npm run demo [-- --lang en] [-- --out folder]`: runs the worked example (examples/durand.ts).
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { runDemo } from './durand.js';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'fr' }, out: { type: 'string', default: 'out' } } });
const result = await runDemo({ outDir: values.out, locale: values.lang === 'en' ? 'en' : 'fr', depositDate: new Date() });
process.exitCode = result.report.ok ? 0 : 1;
