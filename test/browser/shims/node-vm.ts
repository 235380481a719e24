/// <reference lib="dom" />
/**
 * `node:vm` for the browser run: vitest.browser.config.ts points the tests' import of it here.
 * The browser's other realm is an iframe: `runInNewContext` evaluates the code in a fresh one,
 * so that what it returns (a `Date`, an array…) fails `instanceof` checks against this realm's
 * constructors, as a value from a Node vm context does.
 *
 * @module
 */
import { newRealm } from '../helpers/realm.js';

/** Evaluates `code` in a new realm (a same-origin iframe) and returns its value. */
export function runInNewContext(code: string): unknown {
  return newRealm().eval(code);
}
