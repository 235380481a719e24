import { describe, expect, it, vi } from 'vitest';
import { bytesSource, type ByteSource } from '../../src/zip/byte-source.js';
import type { CentralEntry } from '../../src/zip/central-directory.js';
import { crc32 } from '../../src/zip/crc32.js';
import { entryContent } from '../../src/zip/entry-content.js';
import { inflateCounted, runtimeInflateEngine, type InflateEngine } from '../../src/zip/inflate.js';
import { FEED_BYTES, nodeInflateRaw, NODE_INFLATE_CHUNK, type NodeInflate } from '../../src/zip/inflate-node.js';
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

const engines: [string, InflateEngine][] = [['DecompressionStream', { kind: 'web' }]];
const nodeEngine = runtimeInflateEngine();
// Node's own zlib where the runtime hands it out (Node); the browser run has only the web one.
if (nodeEngine.kind === 'node') engines.push(['node:zlib', nodeEngine]);

describe.each(engines)('inflateCounted with %s', (_name, engine) => {
  const run = (compressed: Uint8Array, limit: number, withCrc = true): ReturnType<typeof inflateCounted> =>
    inflateCounted(bytesSource(compressed), { start: 0, length: compressed.length }, limit, withCrc, engine);

  it('counts the size, keeps the first bytes, computes the CRC', async () => {
    const outcome = await run(data, 3_000_000, true);
    expect(outcome).toEqual({ kind: 'ok', size: content.length, head: content.subarray(0, 1024), crc32: crc32(content) });
    expect(await run(data, 3_000_000, false)).toMatchObject({ kind: 'ok', crc32: undefined });
  });

  it('accepts exactly the limit and stops one byte past it', async () => {
    expect(await run(data, content.length, true)).toMatchObject({ kind: 'ok' });
    expect(await run(data, content.length - 1, true)).toEqual({ kind: 'over-limit' });
  });

  it('counts the real size whatever the declared one', async () => {
    expect(await run(data, 3_000_000, true)).toMatchObject({ kind: 'ok', size: content.length });
  });

  it('never passes data that is not deflate for the piece', async () => {
    for (const bad of [new Uint8Array([0xff, 0xff, 0xff]), data.subarray(0, 50)]) {
      expect(await run(bad, 3_000_000, true)).toEqual({ kind: 'corrupt' });
    }
  });

  // Its time is a figure of `npm run bench:zip-worst`, never a timed test.
  it('stops a bomb at the limit, whatever it would inflate to', async () => {
    expect(await run(zeros, 3_000_000, true)).toEqual({ kind: 'over-limit' });
    expect(await run(zeros, 3_000_000, false)).toEqual({ kind: 'over-limit' });
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

describe('the inflate engine', () => {
  it('is Node’s zlib where process hands it out, else the web one, else none', () => {
    const zlib = { createInflateRaw: () => undefined, inflateRawSync: () => undefined };
    expect(runtimeInflateEngine({ getBuiltinModule: () => zlib }, () => false)).toMatchObject({ kind: 'node' });
    expect(runtimeInflateEngine({ getBuiltinModule: () => ({}) }, () => true)).toEqual({ kind: 'web' });
    expect(runtimeInflateEngine({}, () => true)).toEqual({ kind: 'web' });
    expect(runtimeInflateEngine({}, () => false)).toEqual({ kind: 'none' });
    expect(nodeInflateRaw({ getBuiltinModule: () => undefined })).toBeUndefined();
    expect(nodeInflateRaw({ getBuiltinModule: () => ({ createInflateRaw: () => undefined }) })).toBeUndefined();
  });

  it('refuses to check deflated data on a runtime that cannot inflate', async () => {
    await expect(inflateCounted(bytesSource(data), { start: 0, length: data.length }, 3_000_000, true, { kind: 'none' })).rejects.toMatchObject({
      name: 'SoldeUsageError',
    });
  });

  it('reads the data at an offset', async () => {
    const padded = new Uint8Array([9, 9, 9, ...data]);
    expect(await inflateCounted(bytesSource(padded), { start: 3, length: data.length }, 3_000_000, false)).toMatchObject({ kind: 'ok', size: content.length });
  });
});

describe.runIf(nodeEngine.kind === 'node')('inflateNode', () => {
  const zlib = (nodeEngine as Extract<InflateEngine, { kind: 'node' }>).zlib;
  // Over 1 MiB of compressed data (incompressible bytes), then 10 MB of zeros: fed as a stream.
  const noise = (size: number): Uint8Array => {
    const out = new Uint8Array(size);
    for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(out.subarray(at, Math.min(size, at + 65_536)));
    return out;
  };
  const mixed = new Uint8Array(12_000_000);
  mixed.set(noise(1_500_000));
  const bigBomb = deflate(mixed);

  it('inflates small data in one call bounded by the limit, larger data as a stream', async () => {
    const calls: number[] = [];
    const spying: NodeInflate = { create: zlib.create, sync: (input, options) => (calls.push(options.maxOutputLength), zlib.sync(input, options)) };
    expect(await inflateCounted(bytesSource(zeros), { start: 0, length: zeros.length }, 3_000_000, false, { kind: 'node', zlib: spying })).toEqual({ kind: 'over-limit' });
    expect(calls).toEqual([3_000_000]);
    expect(bigBomb.length).toBeGreaterThan(FEED_BYTES);
    const big = noise(1_200_000);
    const streamed = deflate(big);
    expect(streamed.length).toBeGreaterThan(FEED_BYTES);
    expect(await inflateCounted(bytesSource(streamed), { start: 0, length: streamed.length }, 3_000_000, true, { kind: 'node', zlib: spying })).toEqual({
      kind: 'ok',
      size: big.length,
      head: big.subarray(0, 1024),
      crc32: crc32(big),
    });
    expect(calls).toHaveLength(1);
  });

  it('stops a streamed bomb at most one output chunk past the limit', async () => {
    let seen = 0;
    const spying: NodeInflate = {
      sync: zlib.sync,
      create: (options) => {
        const stream = zlib.create(options);
        stream.on('data', (chunk) => {
          seen += chunk.length;
        });
        return stream;
      },
    };
    expect(await inflateCounted(bytesSource(bigBomb), { start: 0, length: bigBomb.length }, 3_000_000, false, { kind: 'node', zlib: spying })).toEqual({ kind: 'over-limit' });
    expect(seen).toBeGreaterThan(3_000_000);
    expect(seen).toBeLessThanOrEqual(3_000_000 + NODE_INFLATE_CHUNK);
  });

  it('calls corrupt streamed data corrupt', async () => {
    const truncated = bigBomb.subarray(0, FEED_BYTES + 10);
    expect(await inflateCounted(bytesSource(truncated), { start: 0, length: truncated.length }, 20_000_000, false, nodeEngine)).toEqual({ kind: 'corrupt' });
    const garbage = new Uint8Array(FEED_BYTES + 10).fill(0xff);
    expect(await inflateCounted(bytesSource(garbage), { start: 0, length: garbage.length }, 20_000_000, false, nodeEngine)).toEqual({ kind: 'corrupt' });
  });

  it('passes on an error of the source rather than calling the data corrupt', async () => {
    const failing: ByteSource = { size: bigBomb.length, read: () => Promise.reject(new Error('disk gone')) };
    await expect(inflateCounted(failing, { start: 0, length: bigBomb.length }, 3_000_000, true, nodeEngine)).rejects.toThrow('disk gone');
    await expect(inflateCounted(failing, { start: 0, length: 10 }, 3_000_000, true, nodeEngine)).rejects.toThrow('disk gone');
  });
});

describe('keeping the content (for checks that read a piece whole)', () => {
  const same = (a: Uint8Array | undefined, b: Uint8Array): boolean => a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
  const kept = (outcome: Awaited<ReturnType<typeof entryContent>>): Uint8Array | undefined => (outcome.kind === 'ok' ? outcome.bytes : undefined);

  it('gives the inflated bytes with either engine, and a stored piece’s bytes', async () => {
    for (const [, engine] of engines) {
      const outcome = await inflateCounted(bytesSource(data), { start: 0, length: data.length }, 3_000_000, true, engine, true);
      expect(same(kept(outcome), content)).toBe(true);
    }
    const stored = { compressedSize: content.length, uncompressedSize: content.length, method: 0 } as CentralEntry;
    const withCrc = await entryContent(bytesSource(content), stored, 0, 3_000_000, true, true);
    expect(withCrc).toMatchObject({ kind: 'ok', size: content.length, crc32: crc32(content) });
    expect(same(kept(withCrc), content)).toBe(true);
    expect(await entryContent(bytesSource(content), stored, 0, 3_000_000, false, true)).toMatchObject({ crc32: undefined });
    expect(same(kept(await entryContent(bytesSource(data), { ...stored, method: 8, compressedSize: data.length }, 0, 3_000_000, false, true)), content)).toBe(true);
    expect(kept(await entryContent(bytesSource(content), stored, 0, 3_000_000, false))).toBeUndefined();
  });
});
