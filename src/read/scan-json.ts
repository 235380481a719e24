import type { Finding } from './finding.js';
import { finding } from './finding.js';
import { FORBIDDEN_KEYS } from './forbidden-keys.js';

interface Frame {
  object: boolean;
  keys: Set<string> | undefined;
  index: number;
  key: string;
}

/**
 * One pass over raw JSON text, before any parsing: refuses nesting deeper than `maxDepth`
 * (so that no recursive parser can overflow its stack) and finds keys given twice in one
 * object and forbidden keys (`__proto__`, …), with their wire path. It does not judge the
 * syntax: the parser does that.
 *
 * @example
 * ```ts
 * scanJsonText('{"a":1,"a":2}', 64); // [{ code: 'JSON_DUPLICATE_KEY', path: ['a'], … }]
 * ```
 */
export function scanJsonText(text: string, maxDepth: number): Finding[] {
  const findings: Finding[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i + 1;
      i = start;
      let escaped = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          escaped = true;
          i += 2;
          continue;
        }
        if (d === 0x22) break;
        i++;
      }
      const top = stack[stack.length - 1];
      if (top?.object === true && nextNonSpace(text, i + 1) === 0x3a /* : */) {
        const raw = text.slice(start, Math.min(i, n));
        const key = escaped ? unescapeKey(raw) : raw;
        const path = [...currentPath(stack), key];
        if (FORBIDDEN_KEYS.has(key)) findings.push(finding('JSON_FORBIDDEN_KEY', path, { key }));
        if (top.keys?.has(key) === true) findings.push(finding('JSON_DUPLICATE_KEY', path, { key }));
        top.keys?.add(key);
        top.key = key;
      }
      i++;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push({ object: c === 0x7b, keys: c === 0x7b ? new Set() : undefined, index: 0, key: '' });
      if (stack.length > maxDepth) {
        // Located by its first levels: a valid file is never deeper than 5, so these name where it goes wrong.
        return [finding('JSON_TOO_DEEP', currentPath(stack.slice(0, -1)).slice(0, 5), { limit: maxDepth })];
      }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top && !top.object) top.index++;
    }
    i++;
  }
  return findings;
}

function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c;
    i++;
  }
  return -1;
}

function currentPath(stack: readonly Frame[]): (string | number)[] {
  return stack.slice(0, -1).map((f) => (f.object ? f.key : f.index));
}

function unescapeKey(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
