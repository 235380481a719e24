/**
 * CRC-32 (ISO-HDLC, the zip one). Uses the runtime's native `zlib.crc32` when it offers one
 * (Node ≥ 20.16, found through `process.getBuiltinModule`, so that no bundler sees a Node
 * import and browsers keep working) and a slicing-by-8 table otherwise.
 *
 * @module
 */
/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loop: every index is in bounds by construction */

/** A CRC-32 function: `crc32(data, previous)` continues `previous` over `data`. */
export type Crc32 = (data: Uint8Array, previous?: number) => number;

const TABLES = makeTables();

function makeTables(): Int32Array {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n]!;
    for (let k = 1; k < 8; k++) {
      c = t[c & 0xff]! ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
}

/**
 * CRC-32 in plain JavaScript (slicing by 8): the fallback where no native one exists.
 *
 * @param data - the bytes
 * @param previous - the CRC of the bytes before, to continue it (default 0)
 * @returns the CRC-32, unsigned
 * @example
 * ```ts
 * crc32Js(new TextEncoder().encode('123456789')); // 0xcbf43926
 * ```
 */
export function crc32Js(data: Uint8Array, previous = 0): number {
  const t = TABLES;
  let c = ~previous;
  let i = 0;
  const end8 = data.length - 7;
  for (; i < end8; i += 8) {
    const a = c ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24));
    c =
      t[1792 + (a & 0xff)]! ^
      t[1536 + ((a >>> 8) & 0xff)]! ^
      t[1280 + ((a >>> 16) & 0xff)]! ^
      t[1024 + (a >>> 24)]! ^
      t[768 + data[i + 4]!]! ^
      t[512 + data[i + 5]!]! ^
      t[256 + data[i + 6]!]! ^
      t[data[i + 7]!]!;
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

interface ProcessLike {
  getBuiltinModule?: (id: string) => unknown;
}

/**
 * The native CRC-32 of a Node-like runtime, if it has one.
 *
 * @param proc - the runtime's `process` object (`globalThis.process`), or undefined
 * @returns `zlib.crc32`, or undefined (browsers, Node < 20.16)
 * @example
 * ```ts
 * const native = nativeCrc32((globalThis as { process?: object }).process);
 * ```
 */
export function nativeCrc32(proc: ProcessLike | undefined): Crc32 | undefined {
  if (typeof proc?.getBuiltinModule !== 'function') return undefined;
  const zlib = proc.getBuiltinModule('node:zlib') as { crc32?: unknown } | undefined;
  return typeof zlib?.crc32 === 'function' ? (zlib.crc32 as Crc32) : undefined;
}

const runtimeProcess = (globalThis as { process?: ProcessLike }).process;

/**
 * CRC-32 of bytes, native when the runtime has it, else {@link crc32Js}.
 *
 * @example
 * ```ts
 * crc32(new TextEncoder().encode('123456789')); // 0xcbf43926
 * ```
 */
export const crc32: Crc32 = nativeCrc32(runtimeProcess) ?? crc32Js;
