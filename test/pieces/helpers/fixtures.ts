/**
 * The committed fixtures of test/fixtures/pieces, read from the disk in Node and fetched
 * from the test server in the browser run.
 */

/** The bytes of a fixture. */
export async function fixture(name: string): Promise<Uint8Array> {
  const url = new URL(`../../fixtures/pieces/${name}`, import.meta.url);
  if (url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return new Uint8Array(await readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fixture ${name}: ${String(response.status)}`);
  return new Uint8Array(await response.arrayBuffer());
}
