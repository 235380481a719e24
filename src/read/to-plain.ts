import type { Finding, FindingOut } from './finding.js';
import { finding } from './finding.js';
import { FORBIDDEN_KEYS } from './forbidden-keys.js';

/** A lossless-json `LosslessNumber` (or any number kept as its text the same way): recognised by its shape, so that the core does not depend on lossless-json. */
interface LosslessNumberLike {
  isLosslessNumber: true;
  value: string;
}

function isLosslessNumber(value: unknown): value is LosslessNumberLike {
  return typeof value === 'object' && value !== null && (value as Partial<LosslessNumberLike>).isLosslessNumber === true && typeof (value as Partial<LosslessNumberLike>).value === 'string';
}

/** A number as written in the text, at a wire path. */
export interface RawNumber {
  path: (string | number)[];
  text: string;
}

/** The plain value and what was found while copying it. */
export interface PlainResult {
  value: unknown;
  /** The findings, unless they were given to `out`. */
  findings: Finding[];
  /** Numbers as written, for the keys in `rawKeys` (only when read from text). */
  rawNumbers: RawNumber[];
}

/**
 * Copies a parsed value (from our reader or from the caller) into plain JSON values:
 * lossless numbers become numbers (their text kept for the keys in `rawKeys`), forbidden
 * keys are dropped and reported, cycles and excessive depth are cut and reported. The
 * caller's value is never modified.
 *
 * Every object is read as `JSON.stringify` reads it, by its own enumerable keys, whatever its
 * prototype: an object from another realm (`vm`, an iframe) or a class instance carrying an
 * own `__proto__` or `constructor` key gets the same verdict as the same text parsed here.
 * Only an object with a `toJSON` method (a `Date`) is kept as it is, for the schema to judge.
 *
 * @example
 * ```ts
 * toPlain(JSON.parse('{"__proto__":{}}'), { maxDepth: 64, rawKeys: new Set(), reportForbidden: true });
 * ```
 */
export function toPlain(
  input: unknown,
  options: {
    maxDepth: number;
    rawKeys: ReadonlySet<string>;
    reportForbidden: boolean;
    /** Whether a value met twice (a shrunk text's repeated items, `shrinkJsonText`) is copied once and shared. */
    shareRepeats?: boolean;
  },
  out?: FindingOut,
): PlainResult {
  const kept: Finding[] = [];
  const findings: FindingOut = out ?? kept;
  const rawNumbers: RawNumber[] = [];
  const ancestors = new Set<object>();
  const copies = new Map<object, unknown>();

  const copy = (value: unknown, path: (string | number)[], depth: number): unknown => {
    if (isLosslessNumber(value)) {
      const last = path[path.length - 1];
      if (typeof last === 'string' && options.rawKeys.has(last)) rawNumbers.push({ path, text: value.value });
      return Number(value.value);
    }
    if (typeof value !== 'object' || value === null) return value;
    if (depth > options.maxDepth) {
      findings.push(finding('JSON_TOO_DEEP', path, { limit: options.maxDepth }));
      return undefined;
    }
    if (ancestors.has(value)) {
      findings.push(finding('INPUT_UNREADABLE', path, { fault: { kind: 'cycle' } }));
      return undefined;
    }
    if (options.shareRepeats === true && copies.has(value)) return copies.get(value);
    ancestors.add(value);
    try {
      if (Array.isArray(value)) {
        const items = new Array<unknown>(value.length);
        // Stryker disable next-line EqualityOperator: one step past the end would only read undefined
        for (let i = 0; i < value.length; i++) items[i] = copy(value[i], [...path, i], depth + 1);
        if (options.shareRepeats === true) copies.set(value, items);
        return items;
      }
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) {
          if (options.reportForbidden) findings.push(finding('JSON_FORBIDDEN_KEY', [...path, key], { key }));
          continue;
        }
        out[key] = copy((value as Record<string, unknown>)[key], [...path, key], depth + 1);
      }
      if (options.shareRepeats === true) copies.set(value, out);
      return out;
    } finally {
      ancestors.delete(value);
    }
  };

  return { value: copy(input, [], 1), findings: kept, rawNumbers };
}
