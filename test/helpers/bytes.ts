/**
 * Node's `Buffer` where the runtime has one, so that the input tests that feed the zip functions a
 * Buffer run unchanged in Node and, with plain `Uint8Array`s, in the browser run.
 *
 * @module
 */

const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/** A copy of `bytes` that starts `offset` bytes into a larger buffer: a Node `Buffer` in Node, a `Uint8Array` view elsewhere. */
export function insideLargerBuffer(bytes: Uint8Array, offset: number): Uint8Array {
  if (NodeBuffer !== undefined) return NodeBuffer.concat([NodeBuffer.alloc(offset), bytes]).subarray(offset);
  const whole = new Uint8Array(offset + bytes.length);
  whole.set(bytes, offset);
  return whole.subarray(offset);
}

/** A copy of `bytes`: `Buffer.from(bytes)` in Node, a `Uint8Array` elsewhere. */
export function runtimeBuffer(bytes: Uint8Array): Uint8Array {
  return NodeBuffer === undefined ? bytes.slice() : NodeBuffer.from(bytes);
}
