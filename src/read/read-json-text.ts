import { parse } from 'lossless-json';
import type { Finding } from './finding.js';
import { finding } from './finding.js';
import { scanJsonText } from './scan-json.js';
import type { RawNumber } from './to-plain.js';

/** Limits applied when reading text. */
export interface ReadLimits {
  /** Largest text read, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
  /** Keys whose numbers are kept as written (`27450.00` vs `27450`), in `rawNumbers`. */
  rawKeys?: ReadonlySet<string>;
}

/** The result of reading text. */
export interface TextReadResult {
  parsed: boolean;
  /** The parsed tree (as `JSON.parse` gives it: plain objects, last value of a key given twice). */
  value: unknown;
  findings: Finding[];
  /** The numbers of the keys in `rawKeys`, as written. */
  rawNumbers: RawNumber[];
}

/**
 * Reads JSON text after checking its size and nesting and before any value is trusted:
 * one pass of our own over the text (nesting, keys given twice, forbidden keys, the written
 * form of the numbers of `rawKeys`), then the engine's native `JSON.parse`. A text the engine
 * refuses is read again by lossless-json only to word the syntax error the same way in every
 * engine (with its position, turned into a line and a column).
 *
 * @example
 * ```ts
 * readJsonText('{"a": 1.50}', { maxBytes: 1e6, maxDepth: 64, rawKeys: new Set(['a']) });
 * // { parsed: true, value: { a: 1.5 }, findings: [], rawNumbers: [{ path: ['a'], text: '1.50' }] }
 * ```
 */
export function readJsonText(input: string, limits: ReadLimits): TextReadResult {
  const bytes = bytesOver(input, limits.maxBytes);
  if (bytes !== undefined) {
    return { parsed: false, value: undefined, findings: [finding('INPUT_TOO_LARGE', [], { count: bytes, limit: limits.maxBytes })], rawNumbers: [] };
  }
  const findings: Finding[] = [];
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    findings.push(finding('BOM_PRESENT', []));
    text = text.slice(1);
  }
  const scanned = scanJsonText(text, limits.maxDepth, limits.rawKeys);
  if (scanned.findings.some((f) => f.code === 'JSON_TOO_DEEP')) return { parsed: false, value: undefined, findings: [...findings, ...scanned.findings], rawNumbers: [] };
  try {
    const value: unknown = JSON.parse(text);
    return { parsed: true, value, findings: [...findings, ...scanned.findings], rawNumbers: scanned.rawNumbers };
  } catch (err) {
    findings.push(syntaxFinding(text, err));
    return { parsed: false, value: undefined, findings, rawNumbers: [] };
  }
}

/** The syntax error, in lossless-json's words (the same in every engine) when it refuses the text too. */
function syntaxFinding(text: string, nativeError: unknown): Finding {
  let detail = nativeError instanceof Error ? nativeError.message : String(nativeError);
  try {
    parse(text, null, { onDuplicateKey: () => undefined });
  } catch (err) {
    detail = err instanceof Error ? err.message : String(err);
  }
  const position = /position (\d+)/.exec(detail);
  const at = position ? Number(position[1]) : text.length;
  const { line, column } = lineAndColumn(text, at);
  return finding('JSON_SYNTAX', [], { detail, line, column });
}

/**
 * The UTF-8 length of a text when it is over `limit` bytes, `undefined` otherwise. A UTF-16
 * code unit is at most 3 UTF-8 bytes, so a text of at most `limit / 3` units is not measured;
 * one of more than `limit` units is over at once (its count is then its length in units).
 */
function bytesOver(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined;
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes > limit ? bytes : undefined;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
