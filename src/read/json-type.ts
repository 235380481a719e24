/**
 * The JSON type of a value, and of a type name Zod gives, as the issues' parameters name it.
 *
 * @module
 */
import type { JsonTypeName } from '../issues/params.js';

/** Every JSON type name, once: a name added to `JsonTypeName` and not here is a compile error. */
const NAMES: Readonly<Record<JsonTypeName, true>> = { object: true, array: true, string: true, number: true, boolean: true, null: true, undefined: true, bigint: true, symbol: true, function: true };

/**
 * The JSON type of a value (`typeof`, with `null` and arrays named apart).
 *
 * @example
 * ```ts
 * jsonTypeOf([1]); // 'array'
 * jsonTypeOf(null); // 'null'
 * ```
 */
export function jsonTypeOf(value: unknown): JsonTypeName {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * A type name (Zod's `expected`) as a JSON type, when it is one.
 *
 * @example
 * ```ts
 * jsonTypeName('number'); // 'number'
 * jsonTypeName('date'); // undefined
 * ```
 */
export function jsonTypeName(name: string): JsonTypeName | undefined {
  return Object.prototype.hasOwnProperty.call(NAMES, name) ? (name as JsonTypeName) : undefined;
}
