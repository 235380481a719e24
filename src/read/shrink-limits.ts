/** The limits of `shrinkJsonText` (shrink-json.ts), apart so that the counting pass reads them without importing it. */

/**
 * Entries of an array or object kept as written before any is left out (`shrinkJsonText`).
 *
 * @example
 * ```ts
 * SHRINK_BOUND; // 256
 * ```
 */
export const SHRINK_BOUND = 256;

/**
 * The longest item text an array remembers to leave out its repeats (`shrinkJsonText`).
 *
 * @example
 * ```ts
 * SHRINK_TEXT_LIMIT; // 1000
 * ```
 */
export const SHRINK_TEXT_LIMIT = 1_000;

