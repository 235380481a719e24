/** Lenient readers of an unknown JSON value: they return `undefined` instead of trusting a shape. */

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value at a wire path, or `undefined`. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (typeof part === 'number') node = asArray(node)?.[part];
    else {
      const obj = asObject(node);
      node = obj !== undefined && Object.hasOwn(obj, part) ? obj[part] : undefined;
    }
  }
  return node;
}

/** Whether the object at `path` has the key `key` of its own. */
export function hasKeyAt(root: unknown, path: readonly (string | number)[], key: string): boolean {
  const obj = asObject(valueAt(root, path));
  return obj !== undefined && Object.hasOwn(obj, key);
}
