import { describe, expect, it, vi } from 'vitest';
import { bytesSource, type ByteSource } from '../../src/zip/byte-source.js';
import { crc32 } from '../../src/zip/crc32.js';
import { inflateCounted } from '../../src/zip/inflate.js';
import { inflateJszip } from '../../src/zip/inflate-jszip.js';
import { inflateWeb, webInflateSupported } from '../../src/zip/inflate-web.js';
import { deflate } from './helpers/craft.js';
import { pdf } from './helpers/pieces.js';

/** A source that counts what is read from it. */
function counting(bytes: Uint8Array): ByteSource & { read: ReturnType<typeof vi.fn> } {
  const inner = bytesSource(bytes);
  return { size: bytes.length, read: vi.fn((offset: number, length: number) => inner.read(offset, length)) };
}

const content = pdf(200_000, 5);
const data = deflate(content);
const zeros = deflate(new Uint8Array(60_000_000));

describe.each([
  ['DecompressionStream', true],
  ['jszip', false],
])('inflateCounted with %s', (_name, useWeb) => {
  const run = (compressed: Uint8Array, limit: number, withCrc = true, declaredSize = 0): ReturnType<typeof inflateCounted> =>
    inflateCounted(bytesSource(compressed), { start: 0, length: compressed.length, declaredSize }, limit, withCrc, useWeb);

  it('counts the size, keeps the first bytes, computes the CRC', async () => {
    const outcome = await run(data, 3_000_000, true, content.length);
    expect(outcome).toEqual({ kind: 'ok', size: content.length, head: content.subarray(0, 1024), crc32: crc32(content) });
    expect(await run(data, 3_000_000, false, content.length)).toMatchObject({ kind: 'ok', crc32: undefined });
  });

  it('accepts exactly the limit and stops one byte past it', async () => {
    expect(await run(data, content.length, true, content.length)).toMatchObject({ kind: 'ok' });
    expect(await run(data, content.length - 1, true, content.length)).toEqual({ kind: 'over-limit' });
  });

  it('counts the real size whatever the declared one', async () => {
    expect(await run(data, 3_000_000, true, 5)).toMatchObject({ kind: 'ok', size: content.length });
  });

  it('never passes data that is not deflate for the piece', async () => {
    // DecompressionStream says corrupt; jszip (pako) stops silently, so the size or the CRC tells.
    for (const bad of [new Uint8Array([0xff, 0xff, 0xff]), data.subarray(0, 50)]) {
      const outcome = await run(bad, 3_000_000, true, content.length);
      if (useWeb) expect(outcome).toEqual({ kind: 'corrupt' });
      else expect(outcome.kind === 'ok' && outcome.size === content.length && outcome.crc32 === crc32(content)).toBe(false);
    }
  });

  it('stops a bomb in well under a second', async () => {
    const start = performance.now();
    expect(await run(zeros, 3_000_000, true, 1000)).toEqual({ kind: 'over-limit' });
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('inflateWeb', () => {
  it('is the one used on this runtime', () => {
    expect(webInflateSupported()).toBe(true);
  });

  it('feeds only a few kilobytes of a bomb past the limit, never the whole of it', async () => {
    const source = counting(zeros);
    expect(await inflateWeb(source, 0, zeros.length, 3_000_000, false)).toEqual({ kind: 'over-limit' });
    const fed = source.read.mock.calls.reduce((sum, call) => sum + (call[1] as number), 0);
    // 4 KiB of this bomb inflate to 4 MB: a few slices are fed, then the stream is cancelled.
    expect(fed).toBeLessThanOrEqual(5 * 4096);
    expect(fed).toBeLessThan(zeros.length / 2);
  });

  it('passes on an error of the source rather than calling the data corrupt', async () => {
    const failing: ByteSource = { size: data.length, read: () => Promise.reject(new Error('disk gone')) };
    await expect(inflateWeb(failing, 0, data.length, 3_000_000, true)).rejects.toThrow('disk gone');
  });

  it('reports false when the runtime lacks deflate-raw', () => {
    const original = globalThis.DecompressionStream;
    vi.stubGlobal('DecompressionStream', function () {
      throw new TypeError('unsupported');
    });
    try {
      expect(webInflateSupported()).toBe(false);
    } finally {
      vi.stubGlobal('DecompressionStream', original);
    }
  });
});

describe('inflateJszip', () => {
  it('reads the data at an offset', async () => {
    const padded = new Uint8Array([9, 9, 9, ...data]);
    expect(await inflateJszip(bytesSource(padded), 3, data.length, content.length, 3_000_000, false)).toMatchObject({ kind: 'ok', size: content.length });
  });
});
