import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleFigures } from '../../scripts/core-bundle.js';

/** The packages the inspection uses, left out of the bundles so that the test sees where they are imported. */
const INSPECTION_PACKAGES = ['pdfjs-dist', 'pdfjs-dist/*', 'fast-png', 'jpeg-js', 'saxes'];

/** Bundles an entry as an application would, split at dynamic imports; what its first load pulls, and what it may load later. */
async function loads(entry: string): Promise<{ atOnce: { inputs: string[]; packages: string[] }; later: { inputs: string[]; packages: string[] } }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: 'bundle-out',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: [...INSPECTION_PACKAGES, 'jszip'],
  });
  const outputs = result.metafile.outputs;
  const walk = (start: string[], follow: (kind: Metafile['outputs'][string]['imports'][number]['kind']) => boolean): { inputs: string[]; packages: string[] } => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const name = queue.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      for (const imp of outputs[name]?.imports ?? []) {
        if (!follow(imp.kind)) continue;
        if (imp.external === true) packages.add(imp.path);
        else queue.push(imp.path);
      }
    }
    return { inputs: [...seen].flatMap((o) => Object.keys(outputs[o]?.inputs ?? {})), packages: [...packages] };
  };
  const first = Object.keys(outputs).filter((name) => outputs[name]?.entryPoint === entry);
  return { atOnce: walk(first, (kind) => kind === 'import-statement'), later: walk(first, () => true) };
}

describe('what the content inspection adds to the other entries', () => {
  it('the core entry never includes it', async () => {
    const { inputs } = await bundleFigures('src/index.ts');
    expect(inputs.filter((p) => p.includes('src/pieces/') || p.includes('pdfjs-dist') || p.includes('fast-png') || p.includes('jpeg-js') || p.includes('saxes'))).toEqual([]);
  });

  it('the zip entry loads it (and pdf.js, the decoders, the XML validator) only when asked, through a dynamic import', async () => {
    const { atOnce, later } = await loads('src/zip/index.ts');
    expect(atOnce.inputs.filter((p) => p.includes('src/pieces/'))).toEqual([]);
    expect(atOnce.packages.filter((p) => !p.startsWith('jszip'))).toEqual([]);
    // The inspection is there, behind `inspectContent`: the test would see it if it were loaded at once.
    expect(later.inputs.some((p) => p.includes('src/pieces/inspect-pieces.ts'))).toBe(true);
    expect(later.packages.sort()).toEqual(expect.arrayContaining(['pdfjs-dist/legacy/build/pdf.mjs', 'fast-png', 'jpeg-js', 'saxes']));
  });

  it('the pieces entry itself loads pdf.js, the decoders and the XML validator on first use only', async () => {
    const { atOnce, later } = await loads('src/pieces/index.ts');
    expect(atOnce.packages).toEqual([]);
    expect(later.packages).toEqual(expect.arrayContaining(['pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs', 'fast-png', 'jpeg-js', 'saxes']));
  });
});
