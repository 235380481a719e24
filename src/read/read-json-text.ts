import { parse } from 'lossless-json';
import type { Finding } from './finding.js';
import { finding } from './finding.js';
import { scanJsonText } from './scan-json.js';

/** Limits applied when reading text. */
export interface ReadLimits {
  /** Largest text read, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
}

/** The result of reading text: the lossless tree (numbers kept as written) when it could be parsed. */
export interface TextReadResult {
  parsed: boolean;
  value: unknown;
  findings: Finding[];
}

/**
 * Reads JSON text without losing how numbers are written (`27450` vs `27450.00`), after
 * checking its size and nesting and before any value is trusted.
 *
 * @example
 * ```ts
 * readJsonText('{"a": 1.50}', { maxBytes: 1e6, maxDepth: 64 }).value; // { a: LosslessNumber('1.50') }
 * ```
 */
export function readJsonText(input: string, limits: ReadLimits): TextReadResult {
  const bytes = utf8Length(input, limits.maxBytes);
  if (bytes > limits.maxBytes) {
    return { parsed: false, value: undefined, findings: [finding('INPUT_TOO_LARGE', [], { count: bytes, limit: limits.maxBytes })] };
  }
  const findings: Finding[] = [];
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    findings.push(finding('BOM_PRESENT', []));
    text = text.slice(1);
  }
  const scanned = scanJsonText(text, limits.maxDepth);
  if (scanned.some((f) => f.code === 'JSON_TOO_DEEP')) return { parsed: false, value: undefined, findings: [...findings, ...scanned] };
  try {
    const value = parse(text, null, { onDuplicateKey: () => undefined });
    return { parsed: true, value, findings: [...findings, ...scanned] };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const position = /position (\d+)/.exec(detail);
    const at = position ? Number(position[1]) : text.length;
    const { line, column } = lineAndColumn(text, at);
    findings.push(finding('JSON_SYNTAX', [], { detail, line, column }));
    return { parsed: false, value: undefined, findings };
  }
}

/** UTF-8 length of a string, stopping early once past `stopAfter`. */
function utf8Length(text: string, stopAfter: number): number {
  if (text.length > stopAfter) return text.length;
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
  return bytes;
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
