/// <reference lib="dom" />
/**
 * Another realm of the page: a same-origin iframe, whose `Uint8Array`, `Blob`, `Date`… are not
 * this realm's (`instanceof` fails across them), as values from a worker's message or another
 * frame are not.
 *
 * @module
 */

/** The global object of a new same-origin iframe (left in the page, hidden, so that its realm stays alive). */
export function newRealm(): typeof globalThis {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  document.body.append(frame);
  const realm = frame.contentWindow as (Window & typeof globalThis) | null;
  if (realm === null) throw new Error('the iframe has no window');
  return realm;
}
