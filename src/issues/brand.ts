/**
 * Brands for the error classes, that hold across the ESM and CommonJS builds.
 *
 * @module
 */
/**
 * Marks an error as made by this library, under a key shared by every copy of it: the ESM and
 * CJS builds (`dist/index.js`, `dist/index.cjs`) each have their own classes, so `instanceof`
 * fails across them, while `Symbol.for` gives both the same key. Non-enumerable: a brand never
 * shows in a log, a `JSON.stringify` or a deep equality.
 */
export function brand(error: Error, key: symbol): void {
  Object.defineProperty(error, key, { value: true, enumerable: false, writable: false, configurable: false });
}

/** Whether `value` carries the brand `key` (see {@link brand}). */
export function hasBrand(value: unknown, key: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[key] === true;
}

/** The brand key of its class. */
export const VALIDATION_BRAND = Symbol.for('segur-sgl-solde.SoldeValidationError');
/** The brand key of its class. */
export const USAGE_BRAND = Symbol.for('segur-sgl-solde.SoldeUsageError');

