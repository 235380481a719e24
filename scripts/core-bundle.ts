/**
 * Bundles an entry of the package the way an application's bundler would (esbuild: minified,
 * every dependency included, tree-shaken, for browsers) and measures it gzipped. Used by
 * scripts/size.ts (over dist/index.js) and test/package/core-bundle.test.ts (over src/index.ts).
 *
 * @module
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * The size budget of the core entry, minified and gzipped, its dependencies included, held by
 * `npm run size` and by a test in `npm test`. Issue 11 asked for 32 kB; the core weighs about
 * 39 kB: date-fns and @date-fns/tz (the stack the package promises) about 2.5 kB, zod/mini
 * about 7 kB, our own code the rest — its French and English locales about 7.5 kB of it, since
 * every fault (of the zip, of the JSON syntax) is worded there from data rather than in French
 * where it is found, and the reading of huge texts without their tree (`src/read/shrink-json.ts`,
 * issue 13) about 2 kB. The stack wins over the figure (the brief's rule); 40 kB holds what is
 * there against growth.
 *
 * @example
 * ```ts
 * expect((await bundleFigures('src/index.ts')).gzipped).toBeLessThanOrEqual(CORE_GZIP_BUDGET);
 * ```
 */
export const CORE_GZIP_BUDGET = 40_000;

/** What a bundle of one entry weighs, and what went into it. */
export interface BundleFigures {
  /** Minified bytes. */
  minified: number;
  /** Minified then gzipped (level 9) bytes. */
  gzipped: number;
  /** Every input file esbuild read, as paths relative to the working folder. */
  inputs: string[];
  /** Gzipped bytes are not additive: minified bytes per package, biggest first (`(own)` for the entry's own files). */
  byPackage: [string, number][];
}

/**
 * Bundles `entry` in memory and measures it.
 *
 * @example
 * ```ts
 * const { gzipped, inputs } = await bundleFigures('dist/index.js');
 * ```
 */
export async function bundleFigures(entry: string): Promise<BundleFigures> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
  const byPackage = new Map<string, number>();
  for (const out of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? '(own)';
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  return {
    minified: output.contents.byteLength,
    gzipped: gzipSync(output.contents, { level: 9 }).byteLength,
    inputs: Object.keys(result.metafile.inputs),
    byPackage: [...byPackage].sort((a, b) => b[1] - a[1]),
  };
}
