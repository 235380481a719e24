/**
 * Is an XML piece well-formed? Its text is decoded (UTF-8, UTF-16 with its BOM, or the
 * encoding its declaration names) and parsed by saxes, a strict XML 1.0 parser (the one
 * jsdom uses) that stops at the first well-formedness error, with its line and column.
 *
 * @module
 */
import { SaxesParser } from 'saxes';

/** What checking an XML piece gave: its text, or why it is not well-formed. */
export type XmlReading = { kind: 'ok'; text: string } | { kind: 'malformed'; detail: string; line?: number; column?: number; encoding?: string };

/** The encoding of an XML document: its BOM, else its declaration, else UTF-8. */
function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^(?:\uFEFF|ï»¿)?\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

/**
 * Decodes and checks an XML piece.
 *
 * @example
 * ```ts
 * checkXml(new TextEncoder().encode('<a><b/></a>')); // { kind: 'ok', text: '<a><b/></a>' }
 * checkXml(new TextEncoder().encode('<a><b></a>')).kind; // 'malformed'
 * ```
 */
export function checkXml(bytes: Uint8Array): XmlReading {
  const encoding = encodingOf(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'malformed', detail: `bytes not in ${encoding}`, encoding };
  }
  const parser = new SaxesParser({ position: true });
  try {
    parser.write(text).close();
    return { kind: 'ok', text };
  } catch (error) {
    // saxes words its error `line:column: reason`; the position is given apart (1-based column).
    const detail = (error instanceof Error ? error.message : String(error)).replace(/^\d+:\d+: /, '');
    return { kind: 'malformed', detail, line: parser.line, column: parser.column + 1 };
  }
}
