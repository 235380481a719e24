/**
 * Does an image piece decode? PNG with fast-png (chunk CRCs checked), JPEG with jpeg-js
 * (strict: a truncated or corrupt stream fails): both pure JavaScript, so the check is the
 * same in Node and in browsers.
 *
 * @module
 */
import { decode as decodeJpeg } from 'jpeg-js';
import { decode as decodePng } from 'fast-png';
import { MAX_IMAGE_PIXELS } from './options.js';

/** What decoding an image gave: nothing wrong, or why it does not decode. */
export type ImageReading = { kind: 'ok' } | { kind: 'unreadable'; detail: string } | { kind: 'too-large' };

/** Width × height from a PNG's IHDR chunk (bytes 16–23), when the file is long enough. */
function pngPixels(bytes: Uint8Array): number | undefined {
  if (bytes.length < 24) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(16) * view.getUint32(20);
}

/**
 * Decodes a PNG or JPEG piece to check it, up to {@link MAX_IMAGE_PIXELS}.
 *
 * @param format - `'PNG'` or `'JPG'`
 * @example
 * ```ts
 * checkImage(pngBytes, 'PNG'); // { kind: 'ok' }
 * checkImage(pngBytes.subarray(0, 100), 'PNG'); // { kind: 'unreadable', detail: '…' }
 * ```
 */
export function checkImage(bytes: Uint8Array, format: 'PNG' | 'JPG'): ImageReading {
  try {
    if (format === 'PNG') {
      const pixels = pngPixels(bytes);
      if (pixels !== undefined && pixels > MAX_IMAGE_PIXELS) return { kind: 'too-large' };
      const png = decodePng(bytes, { checkCrc: true });
      if (png.width === 0 || png.height === 0) return { kind: 'unreadable', detail: 'no pixels' };
    } else {
      decodeJpeg(bytes, { useTArray: true, tolerantDecoding: false, maxResolutionInMP: MAX_IMAGE_PIXELS / 1_000_000, maxMemoryUsageInMB: 1024 });
    }
    return { kind: 'ok' };
  } catch (error) {
    const detail = errorText(error);
    return /maxResolutionInMP|maxMemoryUsageInMB/.test(detail) ? { kind: 'too-large' } : { kind: 'unreadable', detail };
  }
}

/** An error's message, with its cause's (fast-png: "Error while decompressing the data:" + zlib's reason). */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` ${error.cause.message}` : '';
  return `${error.message}${cause}`.trim();
}
