import { existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** Entries that exist (the zip and node entries arrive with their own issue). */
const entries = Object.fromEntries(
  Object.entries({ index: 'src/index.ts', zip: 'src/zip/index.ts', node: 'src/node/index.ts' }).filter(([, file]) => existsSync(file)),
);

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
});
