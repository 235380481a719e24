/** Keys that would touch an object's prototype if assigned naively; never part of the format. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
