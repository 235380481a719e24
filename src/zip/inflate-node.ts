/**
 * Inflates a deflated entry with Node's native zlib (`zlib.createInflateRaw`, found through
 * `process.getBuiltinModule`: no Node import for bundlers to see). The compressed bytes are
 * fed in slices; the output is counted chunk by chunk (64 KiB) and dropped, and the inflater
 * is destroyed as soon as the count passes the limit. zlib stops producing once destroyed, so
 * a bomb inflates at most one output chunk (64 KiB) past the limit.
 *
 * @module
 */
import type { ByteSource } from './byte-source.js';
import { builtinZlib, type ProcessLike } from './crc32.js';
import { inflateCounter, type InflateOutcome } from './inflate-counter.js';

/** Output chunk of the inflater: the most a bomb inflates past the limit. */
export const NODE_INFLATE_CHUNK = 64 * 1024;
/** Compressed bytes read and fed at once. */
const FEED_BYTES = 256 * 1024;

/** The part of a Node zlib inflate stream used here. */
interface InflateStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): this;
  on(event: 'error' | 'end', listener: () => void): this;
  write(chunk: Uint8Array, callback: () => void): boolean;
  end(): void;
  destroy(): void;
}

/** A maker of raw inflate streams. */
export type CreateInflateRaw = (options: { chunkSize: number }) => InflateStream;

/**
 * Node's `zlib.createInflateRaw`, when the runtime has it.
 *
 * @example
 * ```ts
 * const create = nodeInflateRaw((globalThis as { process?: ProcessLike }).process);
 * ```
 */
export function nodeInflateRaw(proc: ProcessLike | undefined): CreateInflateRaw | undefined {
  const zlib = builtinZlib(proc);
  return typeof zlib?.createInflateRaw === 'function' ? (zlib.createInflateRaw as CreateInflateRaw) : undefined;
}

/**
 * Inflates `length` bytes at `start`, counting the output against `limit`.
 *
 * @throws whatever reading the source throws (never for bad data: that is `corrupt`)
 * @example
 * ```ts
 * const outcome = await inflateNode(create, source, local.dataStart, entry.compressedSize, 3_000_000, true);
 * ```
 */
export function inflateNode(create: CreateInflateRaw, source: ByteSource, start: number, length: number, limit: number, withCrc: boolean, keep = false): Promise<InflateOutcome> {
  const counter = inflateCounter(limit, withCrc, keep);
  const inflater = create({ chunkSize: NODE_INFLATE_CHUNK });
  return new Promise<InflateOutcome>((resolve, reject) => {
    const state = { settled: false };
    const settle = (outcome: InflateOutcome | { error: unknown }): void => {
      if (state.settled) return;
      state.settled = true;
      inflater.destroy();
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the source's own error, passed on as it is
      if ('error' in outcome) reject(outcome.error);
      else resolve(outcome);
    };
    inflater
      .on('data', (chunk) => {
        if (!counter.add(chunk)) settle({ kind: 'over-limit' });
      })
      .on('error', () => { settle({ kind: 'corrupt' }); })
      .on('end', () => { settle(counter.done()); });
    void (async () => {
      for (let pos = 0; pos < length && !state.settled; ) {
        const chunk = await source.read(start + pos, Math.min(length - pos, FEED_BYTES));
        pos += chunk.length;
        // Fed once the previous slice is inflated: the output of one slice at most is pending.
        await new Promise<void>((done) => inflater.write(chunk, () => { done(); }));
      }
      if (!state.settled) inflater.end();
    })().catch((error: unknown) => { settle({ error }); });
  });
}
