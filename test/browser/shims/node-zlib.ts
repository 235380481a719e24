/**
 * `node:zlib` for the browser run: vitest.browser.config.ts points the zip tests' import of it
 * here. The two functions they take from Node's zlib, from pako — the JavaScript port of zlib
 * that jszip depends on — and synchronous like Node's, which the platform's CompressionStream
 * is not. The library itself never imports `node:zlib`.
 *
 * @module
 */
import { deflateRaw } from 'pako';
import pakoCrc32 from 'pako/lib/zlib/crc32.js';

/** CRC-32 of bytes, continuing `value`, unsigned: as Node's `zlib.crc32`. */
export function crc32(data: Uint8Array | string, value = 0): number {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return pakoCrc32(value, bytes, bytes.length, 0) >>> 0;
}

/** Raw deflate (no zlib header), level 6 unless told: as Node's `zlib.deflateRawSync`. */
export function deflateRawSync(data: Uint8Array, options: { level?: number } = {}): Uint8Array {
  return deflateRaw(data, { level: options.level ?? 6 });
}
