/**
 * Counts the bytes an entry inflates to, keeps its first bytes and its CRC-32, and says
 * stop as soon as the count passes the limit: the inflated bytes are never kept.
 *
 * @module
 */
import { HEAD_BYTES } from './content-format.js';
import { crc32 } from './crc32.js';

/** What inflating an entry gave. */
export type InflateOutcome =
  | { kind: 'ok'; size: number; head: Uint8Array; crc32: number | undefined; bytes?: Uint8Array }
  | { kind: 'over-limit' }
  | { kind: 'corrupt' };

/** The counting state of one inflation. */
export interface InflateCounter {
  /** Bytes counted so far. */
  readonly size: number;
  /** Adds a chunk; false once the total is over the limit (then stop). */
  add(chunk: Uint8Array): boolean;
  /** The outcome of an inflation that ended normally. */
  done(): InflateOutcome;
}

/**
 * A counter for one entry.
 *
 * @param limit - largest size accepted
 * @param withCrc - compute the CRC-32 of what is counted
 * @param keep - keep every byte counted (at most `limit`) and give them in the outcome's `bytes`
 * @example
 * ```ts
 * const counter = inflateCounter(3_000_000, true);
 * if (!counter.add(chunk)) stop();
 * ```
 */
export function inflateCounter(limit: number, withCrc: boolean, keep = false): InflateCounter {
  const kept: Uint8Array[] = [];
  const head = new Uint8Array(HEAD_BYTES);
  let headLength = 0;
  let size = 0;
  let crc = 0;
  return {
    get size() {
      return size;
    },
    add(chunk) {
      size += chunk.length;
      if (size > limit) return false;
      if (headLength < HEAD_BYTES) {
        const take = chunk.subarray(0, HEAD_BYTES - headLength);
        head.set(take, headLength);
        headLength += take.length;
      }
      if (withCrc) crc = crc32(chunk, crc);
      if (keep) kept.push(chunk.slice());
      return true;
    },
    done: () => {
      const outcome: InflateOutcome = { kind: 'ok', size, head: head.slice(0, headLength), crc32: withCrc ? crc : undefined };
      if (keep) outcome.bytes = concat(kept, size);
      return outcome;
    },
  };
}

/**
 * How many compressed bytes to feed at once: fewer as the budget shrinks, since deflate
 * expands at most 1032 times (between 4 KiB and 64 KiB).
 *
 * @param remaining - bytes the entry may still inflate to
 * @example
 * ```ts
 * feedSize(3_000_000); // 4096
 * ```
 */
export function feedSize(remaining: number): number {
  return Math.max(4096, Math.min(65536, Math.floor(remaining / 1032)));
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
