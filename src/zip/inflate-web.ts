/**
 * Inflates a deflated entry with the platform's `DecompressionStream('deflate-raw')`
 * (browsers, Node ≥ 20.12): compressed bytes are fed a few KiB at a time, the output is
 * counted and dropped, and the stream is cancelled as soon as the count passes the limit,
 * so a bomb never inflates much past it. No `node:zlib`.
 *
 * @module
 */
import type { ByteSource } from './byte-source.js';
import { feedSize, inflateCounter, type InflateOutcome } from './inflate-counter.js';

/**
 * True when the runtime's `DecompressionStream` takes `'deflate-raw'`.
 *
 * @example
 * ```ts
 * if (!webInflateSupported()) console.log('falling back to jszip');
 * ```
 */
export function webInflateSupported(): boolean {
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/**
 * Inflates `length` bytes at `start`, counting the output against `limit`.
 *
 * @throws whatever reading the source throws (never for bad data: that is `corrupt`)
 * @example
 * ```ts
 * const outcome = await inflateWeb(source, local.dataStart, entry.compressedSize, 3_000_000, true);
 * ```
 */
export async function inflateWeb(source: ByteSource, start: number, length: number, limit: number, withCrc: boolean, keep = false): Promise<InflateOutcome> {
  const counter = inflateCounter(limit, withCrc, keep);
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  writer.closed.catch(() => undefined);
  const state = { stopped: false };
  let sourceError: { error: unknown } | undefined;
  const feeding = (async () => {
    for (let pos = 0; pos < length && !state.stopped; ) {
      let chunk: Uint8Array;
      try {
        chunk = await source.read(start + pos, Math.min(length - pos, feedSize(limit - counter.size)));
      } catch (error) {
        sourceError = { error };
        await writer.abort(error);
        return;
      }
      await writer.write(chunk as Uint8Array<ArrayBuffer>);
      pos += chunk.length;
    }
    await writer.close();
  })().catch(() => undefined); // a write fails when the stream fails or is cancelled: the reader sees why
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!counter.add(value)) {
        state.stopped = true;
        await reader.cancel();
        await feeding;
        return { kind: 'over-limit' };
      }
    }
  } catch {
    state.stopped = true;
    await feeding;
    if (sourceError) throw sourceError.error;
    return { kind: 'corrupt' };
  }
  await feeding;
  return counter.done();
}
