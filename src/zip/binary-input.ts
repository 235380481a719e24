/**
 * The binary inputs the zip functions accept: `Uint8Array` (and Node's `Buffer`),
 * `ArrayBuffer`, `Blob` (and `File`). Recognised by their tag rather than `instanceof`, so
 * that values from another realm (an iframe, a worker, a test sandbox) are accepted too.
 *
 * @module
 */

/**
 * A binary value the zip functions accept.
 *
 * @example
 * ```ts
 * const piece: BinaryInput = await file.arrayBuffer(); // or the File (a Blob) itself
 * ```
 */
export type BinaryInput = Uint8Array | ArrayBuffer | Blob;

function tag(value: unknown): string {
  return Object.prototype.toString.call(value);
}

/**
 * True for a `Uint8Array` (or `Buffer`).
 *
 * @example
 * ```ts
 * isUint8Array(new Uint8Array(1)); // true
 * ```
 */
export function isUint8Array(value: unknown): value is Uint8Array {
  return tag(value) === '[object Uint8Array]';
}

/**
 * True for an `ArrayBuffer`.
 *
 * @example
 * ```ts
 * isArrayBuffer(new ArrayBuffer(1)); // true
 * ```
 */
export function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return tag(value) === '[object ArrayBuffer]';
}

/**
 * True for a `Blob` (or `File`).
 *
 * @example
 * ```ts
 * isBlob(new Blob(['x'])); // true
 * ```
 */
export function isBlob(value: unknown): value is Blob {
  const t = tag(value);
  return t === '[object Blob]' || t === '[object File]';
}

/**
 * A plain `Uint8Array` view of the same memory: a `Buffer`'s `slice` does not copy, a plain
 * array's does, and the reader relies on the latter.
 *
 * @example
 * ```ts
 * plainBytes(Buffer.from('abc')).slice() instanceof Buffer; // false
 * ```
 */
export function plainBytes(bytes: Uint8Array): Uint8Array {
  return Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
