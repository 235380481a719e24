/**
 * Does a piece's content match its declared format? Only the first bytes are looked at
 * (FORMAT.md §4): PDF `%PDF-`, the PNG signature, JPEG `FF D8 FF`, XML text.
 *
 * @module
 */

/** How many first bytes of a piece are read to check its format. */
export const HEAD_BYTES = 1024;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPG = [0xff, 0xd8, 0xff];

function startsWith(head: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return head.length >= at + prefix.length && prefix.every((b, i) => head[at + i] === b);
}

/**
 * True when the first bytes look like XML text: UTF-8 (BOM optional) with no NUL byte and
 * no invalid sequence, whose first non-blank character is `<`; or UTF-16 with its BOM,
 * then `<`.
 *
 * @example
 * ```ts
 * looksLikeXml(new TextEncoder().encode('<?xml version="1.0"?><a/>')); // true
 * ```
 */
export function looksLikeXml(head: Uint8Array): boolean {
  if (startsWith(head, [0xfe, 0xff, 0x00, 0x3c]) || startsWith(head, [0xff, 0xfe, 0x3c, 0x00])) return true;
  let i = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  if (head[i] !== 0x3c || head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Does a piece start as its format says?
 *
 * @param head - the piece's first bytes (up to {@link HEAD_BYTES})
 * @param format - `formatFichier`: `'PDF'`, `'PNG'`, `'JPG'` or `'XML'`
 * @returns false when the bytes do not match, or the format is unknown
 * @example
 * ```ts
 * contentMatchesFormat(new TextEncoder().encode('%PDF-1.7'), 'PDF'); // true
 * contentMatchesFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'PNG'); // false
 * ```
 */
export function contentMatchesFormat(head: Uint8Array, format: string): boolean {
  switch (format) {
    case 'PDF':
      return startsWith(head, PDF);
    case 'PNG':
      return startsWith(head, PNG);
    case 'JPG':
      return startsWith(head, JPG);
    case 'XML':
      return looksLikeXml(head);
    default:
      return false;
  }
}
