import { describe, expect, it } from 'vitest';

describe('importing segur-sgl-solde/zip', () => {
  it('has no side effect: jszip (and its setImmediate polyfill) loads on first use only', async () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'setImmediate');
    const zip = await import('../../src/zip/index.js');
    expect(typeof zip.buildPiecesZip).toBe('function');
    expect(Object.getOwnPropertyDescriptor(globalThis, 'setImmediate')).toEqual(before);
  });
});
