/**
 * CRC-32 (ISO-HDLC, the zip one), for checking the pieces of a zip: the runtime's native
 * `zlib.crc32` when it offers one (Node ≥ 20.16, found through `process.getBuiltinModule`, so
 * that no bundler sees a Node import and browsers keep working), else the `crc-32` package.
 *
 * @module
 */
import CRC32 from 'crc-32';

/** A CRC-32 function: `crc32(data, previous)` continues `previous` over `data`. */
export type Crc32 = (data: Uint8Array, previous?: number) => number;

/**
 * CRC-32 in plain JavaScript (the `crc-32` package), unsigned: where no native one exists.
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
  return CRC32.buf(data, previous) >>> 0;
}

/** What this module needs of Node's `process`. */
export interface ProcessLike {
  getBuiltinModule?: (id: string) => unknown;
}

/**
 * Node's `zlib` module, when the runtime is Node-like and hands it out.
 *
 * @param proc - the runtime's `process` object (`globalThis.process`), or undefined
 * @example
 * ```ts
 * const zlib = builtinZlib((globalThis as { process?: ProcessLike }).process);
 * ```
 */
export function builtinZlib(proc: ProcessLike | undefined): Record<string, unknown> | undefined {
  if (typeof proc?.getBuiltinModule !== 'function') return undefined;
  return proc.getBuiltinModule('node:zlib') as Record<string, unknown> | undefined;
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
  const zlib = builtinZlib(proc);
  return typeof zlib?.crc32 === 'function' ? (zlib.crc32 as Crc32) : undefined;
}

/** The running runtime's `process`, if any. */
export const runtimeProcess = (globalThis as { process?: ProcessLike }).process;

/**
 * CRC-32 of bytes, native when the runtime has it, else {@link crc32Js}.
 *
 * @example
 * ```ts
 * crc32(new TextEncoder().encode('123456789')); // 0xcbf43926
 * ```
 */
export const crc32: Crc32 = nativeCrc32(runtimeProcess) ?? crc32Js;
