// The two parts of pako (a dependency of jszip, without types of its own) that shims/node-zlib.ts uses.
declare module 'pako' {
  export function deflateRaw(data: Uint8Array, options?: { level?: number }): Uint8Array;
}

declare module 'pako/lib/zlib/crc32.js' {
  /** zlib's `crc32(crc, buf, len, pos)`: signed, as pako returns it. */
  export default function crc32(crc: number, buf: Uint8Array, len: number, pos: number): number;
}
