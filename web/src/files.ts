/**
 * The browser's files: sort dropped files into the JSON and the zip, read the JSON as
 * strict UTF-8, and offer a text for download. Nothing is sent anywhere.
 *
 * @module
 */

/** The files of a drop, sorted. */
export interface DroppedFiles {
  json?: File;
  zip?: File;
}

/** The first bytes of a zip: a local header, or the end record of an empty zip. */
function looksLikeZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/**
 * Sorts dropped files: a `.zip` name (or zip bytes) is the zip, a `.json` name (or anything
 * else) is the JSON; the first of each counts.
 *
 * @param files - the dropped files
 * @returns the JSON and the zip found
 * @example
 * ```ts
 * const { json, zip } = await sortDroppedFiles([...event.dataTransfer.files]);
 * ```
 */
export async function sortDroppedFiles(files: readonly File[]): Promise<DroppedFiles> {
  const out: DroppedFiles = {};
  for (const file of files) {
    const name = file.name.toLowerCase();
    let isZip: boolean;
    if (name.endsWith('.zip')) isZip = true;
    else if (name.endsWith('.json')) isZip = false;
    else isZip = looksLikeZip(new Uint8Array(await file.slice(0, 4).arrayBuffer()));
    if (isZip) out.zip ??= file;
    else out.json ??= file;
  }
  return out;
}

/**
 * Reads a file as UTF-8 text as the command line does: a byte order mark is kept (the
 * validator warns about it), bytes that are not UTF-8 are refused.
 *
 * @param file - the JSON file
 * @returns the text, or `undefined` when the bytes are not UTF-8
 * @example
 * ```ts
 * const text = await readUtf8(file);
 * if (text === undefined) showError('pas en UTF-8');
 * ```
 */
export async function readUtf8(file: Blob): Promise<string | undefined> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Offers a text as a file download, from memory (a Blob and an object URL).
 *
 * @param name - the file name offered
 * @param text - the content
 * @param type - its media type
 * @example
 * ```ts
 * downloadText('pieces-attendues.txt', names.join('\n') + '\n', 'text/plain');
 * ```
 */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; free it once the browser has read it.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/**
 * A file's name without its last extension.
 *
 * @example
 * ```ts
 * baseName('JSON-ANS0000001-20240320-001.json'); // 'JSON-ANS0000001-20240320-001'
 * ```
 */
export function baseName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
