import type { ElidedMembers } from '../read/shrink-json.js';
import { WIRE_KINDS, WIRE_LAYOUT, type LayoutNode } from '../schema/layout.js';
import type { FindingSink } from './finding-sink.js';
import { asObject, valueAt } from './lenient.js';

/**
 * Every key of the layout, in lower case: an object of a huge text never leaves them out
 * (`shrinkJsonText`), so that a known key, or one in the wrong case, is judged wherever it is.
 *
 * @example
 * ```ts
 * LAYOUT_KEYS.has('siret'); // true
 * ```
 */
export const LAYOUT_KEYS: ReadonlySet<string> = new Set(Object.keys(WIRE_KINDS).map((k) => k.toLowerCase()));

/**
 * Counts as unknown keys (`KEY_UNKNOWN`) the members a shrunk text left out of an object of
 * the layout. Call it after Zod's findings: the object kept its first `SHRINK_BOUND` members,
 * whose unknown keys Zod names (and the sink keeps); those left out are only counted. An object
 * outside the layout (under an unknown key, in place of a text) has no key to report.
 *
 * @example
 * ```ts
 * const text = `{${Array.from({ length: 300 }, (_, i) => `"k${i}":0`).join(',')}}`;
 * const read = readJsonText(text, { maxBytes: 1e6, maxDepth: 64, keepKeys: LAYOUT_KEYS });
 * const sink = new FindingSink();
 * countElidedKeys(read.elided, read.value, sink); // the 44 keys past the 256th, as KEY_UNKNOWN
 * ```
 */
export function countElidedKeys(elided: readonly ElidedMembers[], root: unknown, sink: FindingSink): void {
  for (const { path, count } of elided) {
    if (isLayoutObject(path) && asObject(valueAt(root, path)) !== undefined) sink.group(path).count('KEY_UNKNOWN', count);
  }
}

/** Whether a wire path leads to an object of the layout: keys of objects, indices of lists of objects. */
function isLayoutObject(path: readonly (string | number)[]): boolean {
  let node: LayoutNode = WIRE_LAYOUT;
  let inList = false;
  for (const part of path) {
    if (typeof part === 'number') {
      if (!inList) return false;
      inList = false;
      continue;
    }
    const child = inList ? undefined : node.children[part];
    if (child === undefined) return false;
    node = child;
    inList = WIRE_KINDS[part]?.[0] === 'array';
  }
  return !inList;
}
