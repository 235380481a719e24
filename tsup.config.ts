import { existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** Library entries that exist (each arrives with its own issue). */
const libraryEntries = Object.fromEntries(
  Object.entries({ index: 'src/index.ts', descriptions: 'src/schema/descriptions.ts', zip: 'src/zip/index.ts', node: 'src/node/index.ts', pieces: 'src/pieces/index.ts', 'pdf-worker': 'src/pieces/pdf-worker.ts' }).filter(([, file]) => existsSync(file)),
);

export default defineConfig([
  {
    entry: libraryEntries,
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    // `import.meta.url` in the CJS build (the pieces' reader thread finds its script next to its module).
    shims: true,
  },
  {
    // The `segur-solde` command: Node only, ESM, its dependencies left to node_modules.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    treeshake: true,
  },
]);
