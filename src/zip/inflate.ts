/**
 * Inflates a deflated entry, counting against a limit: with the platform's
 * `DecompressionStream` where it takes `'deflate-raw'`, else with jszip.
 *
 * @module
 */
import type { ByteSource } from './byte-source.js';
import type { InflateOutcome } from './inflate-counter.js';
import { inflateJszip } from './inflate-jszip.js';
import { inflateWeb, webInflateSupported } from './inflate-web.js';

/** Where a deflated entry's data is and what its directory declares. */
export interface DeflatedData {
  start: number;
  length: number;
  declaredSize: number;
}

/**
 * Inflates an entry's data, stopping as soon as it passes `limit`.
 *
 * @example
 * ```ts
 * const outcome = await inflateCounted(source, { start, length, declaredSize }, 3_000_000, true);
 * if (outcome.kind === 'over-limit') console.log('too large');
 * ```
 */
export function inflateCounted(source: ByteSource, data: DeflatedData, limit: number, withCrc: boolean, useWeb = webInflateSupported()): Promise<InflateOutcome> {
  return useWeb
    ? inflateWeb(source, data.start, data.length, limit, withCrc)
    : inflateJszip(source, data.start, data.length, data.declaredSize, limit, withCrc);
}
