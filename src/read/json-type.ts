/**
 * The JSON type of a value, and of a type name Zod gives, as the issues' parameters name it.
 *
 * @module
 */
import type { JsonTypeName } from '../issues/params.js';

const NAMES: ReadonlySet<string> = new Set<JsonTypeName>(['object', 'array', 'string', 'number', 'boolean', 'null', 'undefined', 'bigint', 'symbol', 'function']);

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
  return NAMES.has(name) ? (name as JsonTypeName) : undefined;
}
