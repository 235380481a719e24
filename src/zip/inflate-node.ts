/**
 * Inflates a deflated entry with Node's native zlib (found through `process.getBuiltinModule`:
 * no Node import for bundlers to see). Compressed data up to 1 MiB — every real piece, and any
 * bomb whose output could reach the limit from that little — is inflated in one synchronous
 * call with `maxOutputLength` (no round trip through the thread pool per output chunk: 1 600
 * pieces of 3 MB take about two seconds); larger data is fed to `zlib.createInflateRaw` in
 * slices. Either way the output is counted chunk by chunk (64 KiB) and zlib stops once the
 * count passes the limit: a bomb inflates at most one output chunk (64 KiB) past it.
 *
 * @module
 */
import type { ByteSource } from './byte-source.js';
import { builtinZlib, type ProcessLike } from './crc32.js';
import { inflateCounter, type InflateOutcome } from './inflate-counter.js';

/** Output chunk of the inflater: the most a bomb inflates past the limit. */
export const NODE_INFLATE_CHUNK = 64 * 1024;
/** Compressed bytes read and fed at once; also the most inflated in one synchronous call. */
export const FEED_BYTES = 1 << 20;

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

/** Node's `zlib.inflateRawSync`, as used here. */
export type InflateRawSync = (data: Uint8Array, options: { chunkSize: number; maxOutputLength: number }) => Uint8Array;

/** The two ways of Node's zlib to inflate. */
export interface NodeInflate {
  create: CreateInflateRaw;
  sync: InflateRawSync;
}

/**
 * Node's `zlib.createInflateRaw`, when the runtime has it.
 *
 * @example
 * ```ts
 * const create = nodeInflateRaw((globalThis as { process?: ProcessLike }).process);
 * ```
 */
export function nodeInflateRaw(proc: ProcessLike | undefined): NodeInflate | undefined {
  const zlib = builtinZlib(proc);
  if (typeof zlib?.createInflateRaw !== 'function' || typeof zlib.inflateRawSync !== 'function') return undefined;
  return { create: zlib.createInflateRaw as CreateInflateRaw, sync: zlib.inflateRawSync as InflateRawSync };
}

/**
 * Inflates `length` bytes at `start`, counting the output against `limit`.
 *
 * @throws whatever reading the source throws (never for bad data: that is `corrupt`)
 * @example
 * ```ts
 * const outcome = await inflateNode(nodeInflateRaw(process) as NodeInflate, source, local.dataStart, entry.compressedSize, 3_000_000, true);
 * ```
 */
export async function inflateNode(zlib: NodeInflate, source: ByteSource, start: number, length: number, limit: number, withCrc: boolean, keep = false): Promise<InflateOutcome> {
  if (length > FEED_BYTES) return inflateStreamed(zlib.create, source, start, length, limit, withCrc, keep);
  const data = await source.read(start, length);
  let output: Uint8Array;
  try {
    output = zlib.sync(data, { chunkSize: NODE_INFLATE_CHUNK, maxOutputLength: limit });
  } catch (error) {
    return (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' ? { kind: 'over-limit' } : { kind: 'corrupt' };
  }
  const counter = inflateCounter(limit, withCrc, keep);
  counter.add(output);
  return counter.done();
}

function inflateStreamed(create: CreateInflateRaw, source: ByteSource, start: number, length: number, limit: number, withCrc: boolean, keep: boolean): Promise<InflateOutcome> {
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
