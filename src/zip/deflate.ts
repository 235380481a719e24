/**
 * Raw deflate of a piece, by jszip (pako inside): the same bytes in every runtime, which the
 * platform's own `CompressionStream` does not promise. jszip writes a one-entry zip; its
 * local header says where the deflated bytes are.
 *
 * @module
 */
import { loadJszip } from './load-jszip.js';

/** Compression level of XML pieces (zlib's default). */
export const DEFLATE_LEVEL = 6;

/**
 * The raw deflate stream of non-empty bytes (level {@link DEFLATE_LEVEL}).
 *
 * @param data - the bytes to compress (not empty: jszip stores empty entries)
 * @returns the deflated bytes, ready for a zip entry of method 8
 * @example
 * ```ts
 * const deflated = await deflateRaw(new TextEncoder().encode('<a>…</a>'));
 * ```
 */
export async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const JSZip = await loadJszip();
  const zip = new JSZip();
  zip.file('x', data, { binary: true, createFolders: false, compression: 'DEFLATE', compressionOptions: { level: DEFLATE_LEVEL } });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: DEFLATE_LEVEL } });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const compressedSize = view.getUint32(18, true);
  const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
  return bytes.slice(start, start + compressedSize);
}
