import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh temporary folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'segur-zip-'));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes each piece to `dir` under its name. */
export async function writePieces(dir: string, pieces: Record<string, Uint8Array>): Promise<void> {
  await Promise.all(Object.entries(pieces).map(([name, bytes]) => writeFile(join(dir, name), bytes)));
}

/** The names in a folder, sorted. */
export async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}
