import { amountTooLarge, formatAmount } from '../checks/amount.js';
import { SoldeValidationError } from '../issues/error.js';
import { displayValue, issueOf } from '../issues/make-issue.js';
import { localeMessages } from '../issues/locales/registry.js';
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
   * as received (simulated returns). Never rounds either way. An amount of more than 13
   * digits before the point (an infinity included) always throws (`AMOUNT_TOO_LARGE`): it may
   * already differ from the one given. Default true.
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
  const writer: Writer = { path: [], problems: [], strictAmounts: options.strictAmounts ?? true };
  const text = writeValue(file, undefined, WIRE_LAYOUT, '', writer);
  if (writer.problems.length > 0) {
    throw new SoldeValidationError(writer.problems.map((p) => issueOf(p, localeMessages(options.locale))), { locale: options.locale });
  }
  return `${text}\n`;
}

/** The path of the container being written (pushed and popped, copied only into a problem), the problems found, the option. */
interface Writer {
  path: Path;
  problems: Finding[];
  strictAmounts: boolean;
}

type Key = string | number | undefined;

/** What every object of one layout node needs, computed once per node and indentation. */
interface NodeWriting {
  indent: string;
  /** `<indent>  "<key>": ` for each key of the node, in wire order. */
  prefixes: string[];
  keys: ReadonlySet<string>;
}

const writings = new WeakMap<LayoutNode, NodeWriting>();

function writingOf(node: LayoutNode, indent: string): NodeWriting {
  const known = writings.get(node);
  if (known?.indent === indent) return known;
  const inner = `${indent}  `;
  const writing = { indent, prefixes: node.keys.map((key) => `${inner}${JSON.stringify(key)}: `), keys: new Set(node.keys) };
  writings.set(node, writing);
  return writing;
}

function problem(writer: Writer, code: Finding['code'], key: Key, params: Finding['params']): void {
  writer.problems.push(finding(code, key === undefined ? [...writer.path] : [...writer.path, key], params));
}

/** A string JSON writes as is between quotes: no quote, backslash, control character nor surrogate (those go through JSON.stringify). */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what JSON must escape
const PLAIN_STRING = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

// The text is built by concatenation, which V8 keeps as a rope flattened once by its first reader:
// cheaper in all than joining arrays of parts at every level.
function writeValue(value: unknown, key: Key, node: LayoutNode | undefined, indent: string, writer: Writer): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return PLAIN_STRING.test(value) ? `"${value}"` : JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (typeof key === 'string' && AMOUNT_KEYS.has(key)) {
      const written = formatAmount(value);
      if (written !== undefined) return written;
      // Not even as JavaScript writes it: a number of 14 digits or more before the point may not be the amount given.
      if (amountTooLarge(value)) {
        problem(writer, 'AMOUNT_TOO_LARGE', key, { key, value: String(value) });
        // Stryker disable next-line StringLiteral: after a problem the text is thrown away (the call throws)
        return 'null';
      }
      if (!writer.strictAmounts && Number.isFinite(value)) return JSON.stringify(value);
      problem(writer, 'AMOUNT_DECIMALS', key, { key, value: String(value), expected: value.toFixed(2) });
      // Stryker disable next-line StringLiteral: after a problem the text is thrown away (the call throws)
      return 'null';
    }
    if (Number.isFinite(value)) return JSON.stringify(value);
  }
  const container = Array.isArray(value) || (node !== undefined && typeof value === 'object');
  if (!container) {
    problem(writer, 'TYPE_INVALID', key, { key: String(key ?? ''), value: displayValue(value), expected: node ? 'object' : 'JSON' });
    // Stryker disable next-line StringLiteral: after a problem the text is thrown away (the call throws)
    return 'null';
  }
  if (key !== undefined) writer.path.push(key);
  const text = Array.isArray(value) ? writeArray(value, node, indent, writer) : writeObject(value as Record<string, unknown>, node as LayoutNode, indent, writer);
  if (key !== undefined) writer.path.pop();
  return text;
}

function writeArray(items: readonly unknown[], node: LayoutNode | undefined, indent: string, writer: Writer): string {
  if (items.length === 0) return '[]';
  const inner = `${indent}  `;
  let out = '[\n';
  for (let i = 0; i < items.length; i++) out += `${i === 0 ? '' : ',\n'}${inner}${writeValue(items[i], i, node, inner, writer)}`;
  return `${out}\n${indent}]`;
}

function writeObject(obj: Record<string, unknown>, node: LayoutNode, indent: string, writer: Writer): string {
  const { prefixes, keys } = writingOf(node, indent);
  const inner = `${indent}  `;
  const own = Object.keys(obj);
  // The usual object holds exactly the layout's keys in its order: nothing can be missing or unknown, no lookup needed.
  const exact = own.length === node.keys.length && own.every((key, k) => key === node.keys[k]);
  let out = '';
  let present = 0;
  for (let k = 0; k < node.keys.length; k++) {
    const key = node.keys[k] as string;
    if (!exact && !Object.hasOwn(obj, key)) {
      problem(writer, 'KEY_MISSING', key, { key });
      continue;
    }
    present++;
    out += `${present === 1 ? '' : ',\n'}${prefixes[k] ?? ''}${writeValue(obj[key], key, node.children[key], inner, writer)}`;
  }
  if (!exact) for (const key of own) if (!keys.has(key)) problem(writer, 'KEY_UNKNOWN', key, { key });
  return present === 0 ? '{}' : `{\n${out}\n${indent}}`;
}
