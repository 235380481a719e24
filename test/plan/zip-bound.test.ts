import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { estimateZipBytes, type ZipEntryEstimate } from '../../src/index.js';

/** Bytes that do not compress (a fixed pseudo-random sequence: the same on every run). */
function noise(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

async function realZipBytes(entries: readonly ZipEntryEstimate[], streamFiles: boolean): Promise<number> {
  const zip = new JSZip();
  entries.forEach((entry, i) => {
    zip.file(entry.name, noise(entry.size, i + 1), { binary: true, createFolders: false, compression: entry.format === 'XML' ? 'DEFLATE' : 'STORE' });
  });
  const bytes = await zip.generateAsync({ type: 'uint8array', streamFiles });
  return bytes.length;
}

describe('estimateZipBytes is an upper bound of a real zip (jszip, incompressible data)', () => {
  const cases: [string, ZipEntryEstimate[]][] = [
    ['one stored PDF', [{ name: 'BIO-SGL-Va1-FACTURE-00001.pdf', size: 120_000, format: 'PDF' }]],
    ['stored PNG and JPG', [{ name: 'BIO-SGL-Va1-VA-00001.png', size: 1, format: 'PNG' }, { name: 'BIO-SGL-Va1-VA-00002.jpg', size: 70_000, format: 'JPG' }]],
    ['deflated XML around the 16 KiB blocks', [16_383, 16_384, 16_385, 100_000].map((size, i) => ({ name: `BIO-SGL-Va1-FACTURE-0000${i}.xml`, size, format: 'XML' as const }))],
    ['a 3 Mo XML piece', [{ name: 'BIO-SGL-Va1-FACTURE-00009.xml', size: 3_000_000, format: 'XML' }]],
    ['a non-ASCII name', [{ name: 'facture-été.pdf', size: 10, format: 'PDF' }]],
  ];

  it.each(cases)('%s', async (_, entries) => {
    const bound = estimateZipBytes(entries);
    expect(await realZipBytes(entries, false)).toBeLessThanOrEqual(bound);
    expect(await realZipBytes(entries, true)).toBeLessThanOrEqual(bound);
  });
});
