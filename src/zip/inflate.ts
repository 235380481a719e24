/**
 * Inflates a deflated entry, counting against a limit: with Node's native zlib where the
 * runtime hands it out, else with the platform's `DecompressionStream('deflate-raw')`
 * (browsers, Deno, Bun). Either way the platform's own zlib inflates; nothing here decodes
 * deflate.
 *
 * @module
 */
import { SoldeUsageError } from '../issues/error.js';
import type { ByteSource } from './byte-source.js';
import { runtimeProcess } from './crc32.js';
import type { InflateOutcome } from './inflate-counter.js';
import { inflateNode, nodeInflateRaw, type NodeInflate } from './inflate-node.js';
import { inflateWeb, webInflateSupported } from './inflate-web.js';

/** Where a deflated entry's data is. */
export interface DeflatedData {
  start: number;
  length: number;
}

/** How this runtime inflates: Node's zlib, the platform's `DecompressionStream`, or not at all. */
export type InflateEngine = { kind: 'node'; zlib: NodeInflate } | { kind: 'web' } | { kind: 'none' };

/**
 * The inflate engine of the running runtime.
 *
 * @example
 * ```ts
 * runtimeInflateEngine().kind; // 'node' in Node, 'web' in a browser
 * ```
 */
export function runtimeInflateEngine(proc = runtimeProcess, webSupported: () => boolean = webInflateSupported): InflateEngine {
  const zlib = nodeInflateRaw(proc);
  if (zlib) return { kind: 'node', zlib };
  return webSupported() ? { kind: 'web' } : { kind: 'none' };
}

/**
 * Inflates an entry's data, stopping as soon as it passes `limit`.
 *
 * @throws {SoldeUsageError} `ARGUMENT_INVALID` on a runtime that can inflate neither way (Node < 20.12)
 * @example
 * ```ts
 * const outcome = await inflateCounted(source, { start, length }, 3_000_000, true);
 * if (outcome.kind === 'over-limit') console.log('too large');
 * ```
 */
export function inflateCounted(
  source: ByteSource,
  data: DeflatedData,
  limit: number,
  withCrc: boolean,
  engine = runtimeInflateEngine(),
  keep = false,
): Promise<InflateOutcome> {
  if (engine.kind === 'node') return inflateNode(engine.zlib, source, data.start, data.length, limit, withCrc, keep);
  if (engine.kind === 'web') return inflateWeb(source, data.start, data.length, limit, withCrc, keep);
  return Promise.reject(new SoldeUsageError('ARGUMENT_INVALID', 'checkPiecesZip : ce moteur JavaScript ne sait pas décompresser (ni node:zlib, ni DecompressionStream « deflate-raw »)'));
}
