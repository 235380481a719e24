import { formatAmount } from '../checks/amount.js';
import { SoldeValidationError } from '../issues/error.js';
import { displayValue, makeIssue } from '../issues/make-issue.js';
import type { Locale } from '../issues/types.js';
import type { Finding } from '../read/finding.js';
import { finding } from '../read/finding.js';
import { AMOUNT_KEYS, WIRE_LAYOUT, type LayoutNode, type SoldeFile } from '../schema/layout.js';

type Path = (string | number)[];

/** Options of {@link serializeSoldeFile}. */
export interface SerializeOptions {
  /** Language of the messages of a thrown {@link SoldeValidationError}. Default `'fr'`. */
  locale?: Locale;
  /**
   * When false, an amount that cannot be written with exactly two decimals is written as
   * JavaScript writes it (`27450.001`) instead of making the call throw: for echoing a file
   * as received (simulated returns). Never rounds either way. Default true.
   */
  strictAmounts?: boolean;
}

/**
 * Writes a file as the portal expects it: keys in the wire order, amounts with exactly two
 * decimals (`27450.00`), JSON `null` literals, two-space indentation, LF line ends, a final
 * LF, no BOM. The same file always gives the same text.
 *
 * It writes what it is given and never drops, rounds or reorders data: a key outside the
 * layout, a missing key, an amount that cannot be written with two decimals without rounding
 * or a value that is not JSON makes it throw. It does not check the rules (use
 * `validateSoldeFile`, or the builder's `toJSON`, for that).
 *
 * @param file - the file to write
 * @returns the JSON text (encode it as UTF-8 without BOM, as `TextEncoder` and Node's
 * `writeFile(…, 'utf8')` do)
 * @throws {SoldeValidationError} when the value cannot be written as is
 * @example
 * ```ts
 * const text = serializeSoldeFile(file);
 * await writeFile(soldeJsonFileName({ numeroAns: file.numeroAns, depositDate, sequence: 1 }), text, 'utf8');
 * ```
 */
export function serializeSoldeFile(file: SoldeFile, options: SerializeOptions = {}): string {
  const problems: Finding[] = [];
  const text = writeValue(file, WIRE_LAYOUT, '', [], problems, options.strictAmounts ?? true);
  if (problems.length > 0) {
    throw new SoldeValidationError(problems.map((p) => makeIssue(p.code, p.path, p.params, options.locale ?? 'fr')));
  }
  return `${text}\n`;
}

function writeValue(value: unknown, node: LayoutNode | undefined, indent: string, path: Path, problems: Finding[], strict: boolean): string {
  const key = path[path.length - 1];
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (typeof key === 'string' && AMOUNT_KEYS.has(key)) {
      const written = formatAmount(value);
      if (written !== undefined) return written;
      if (!strict && Number.isFinite(value)) return JSON.stringify(value);
      problems.push(finding('AMOUNT_DECIMALS', path, { key, value: String(value), expected: value.toFixed(2) }));
      return 'null';
    }
    if (Number.isFinite(value)) return JSON.stringify(value);
  }
  if (Array.isArray(value)) return writeArray(value, node, indent, path, problems, strict);
  if (node !== undefined && typeof value === 'object') return writeObject(value as Record<string, unknown>, node, indent, path, problems, strict);
  problems.push(finding('TYPE_INVALID', path, { key: String(key ?? ''), value: displayValue(value), expected: node ? 'object' : 'JSON' }));
  return 'null';
}

function writeArray(items: readonly unknown[], node: LayoutNode | undefined, indent: string, path: Path, problems: Finding[], strict: boolean): string {
  if (items.length === 0) return '[]';
  const inner = `${indent}  `;
  const parts = items.map((item, i) => `${inner}${writeValue(item, node, inner, [...path, i], problems, strict)}`);
  return `[\n${parts.join(',\n')}\n${indent}]`;
}

function writeObject(obj: Record<string, unknown>, node: LayoutNode, indent: string, path: Path, problems: Finding[], strict: boolean): string {
  const inner = `${indent}  `;
  const parts: string[] = [];
  for (const key of node.keys) {
    if (!Object.hasOwn(obj, key)) {
      problems.push(finding('KEY_MISSING', [...path, key], { key }));
      continue;
    }
    parts.push(`${inner}${JSON.stringify(key)}: ${writeValue(obj[key], node.children[key], inner, [...path, key], problems, strict)}`);
  }
  for (const key of Object.keys(obj)) {
    if (!node.keys.includes(key)) problems.push(finding('KEY_UNKNOWN', [...path, key], { key }));
  }
  return parts.length === 0 ? '{}' : `{\n${parts.join(',\n')}\n${indent}}`;
}
