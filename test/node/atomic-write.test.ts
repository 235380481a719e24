import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { listing, tempDir } from './helpers.js';

const linkError = vi.hoisted(() => ({ code: undefined as string | undefined, partialWritev: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    link: (from: string, to: string) => (linkError.code ? Promise.reject(Object.assign(new Error(linkError.code), { code: linkError.code })) : actual.link(from, to)),
    stat: (path: string) => (path.endsWith('EACCES') ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) : actual.stat(path)),
    // A device that takes only 3 bytes of each writev, as a full pipe or a slow disk may.
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      if (linkError.partialWritev) {
        handle.writev = async <T extends readonly NodeJS.ArrayBufferView[]>(buffers: T) => {
          const first = buffers[0] as Uint8Array;
          const { bytesWritten } = await handle.write(first, 0, Math.min(3, first.length));
          return { bytesWritten, buffers };
        };
      }
      return handle;
    },
  };
});

const { writeAtomically, refuseExisting } = await import('../../src/node/atomic-write.js');
const { pieceAt } = await import('../../src/node/file-piece.js');

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array[]> {
  for (const part of parts) yield await Promise.resolve([new TextEncoder().encode(part)]);
}

describe('writeAtomically', () => {
  it('completes what writev left unwritten', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.zip');
    linkError.partialWritev = true;
    try {
      const batches = (async function* () {
        yield await Promise.resolve([new TextEncoder().encode('header'), new TextEncoder().encode('data')]);
        yield await Promise.resolve([new TextEncoder().encode('ab'), new TextEncoder().encode('cd')]);
      })();
      expect(await writeAtomically(target, batches, {}, 'test')).toBe(14);
    } finally {
      linkError.partialWritev = false;
    }
    expect(await readFile(target, 'utf8')).toBe('headerdataabcd');
  });

  it('copies where hard links are not supported, still without replacing a file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.zip');
    linkError.code = 'EPERM';
    try {
      expect(await writeAtomically(target, chunks('ab', 'c'), {}, 'test')).toBe(3);
      expect(await readFile(target, 'utf8')).toBe('abc');
      await expect(writeAtomically(target, chunks('x'), {}, 'test')).rejects.toMatchObject({ code: 'ARGUMENT_INVALID' });
      expect(await readFile(target, 'utf8')).toBe('abc');
    } finally {
      linkError.code = undefined;
    }
    expect(await listing(dir)).toEqual(['a.zip']);
  });

  it('refuses a file created meanwhile, and passes on other link errors', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.zip');
    const racing = (async function* () {
      yield [new Uint8Array([1])];
      await writeFile(target, 'theirs');
    })();
    await expect(writeAtomically(target, racing, {}, 'test')).rejects.toMatchObject({ code: 'ARGUMENT_INVALID' });
    expect(await readFile(target, 'utf8')).toBe('theirs');
    linkError.code = 'EIO';
    try {
      await expect(writeAtomically(join(dir, 'b.zip'), chunks('x'), {}, 'test')).rejects.toMatchObject({ code: 'EIO' });
    } finally {
      linkError.code = undefined;
    }
    expect(await listing(dir)).toEqual(['a.zip']);
  });

  it('replaces when told to, and refuseExisting says nothing then', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.zip');
    await writeFile(target, 'old');
    await refuseExisting(target, true, 'test');
    await expect(refuseExisting(target, false, 'test')).rejects.toMatchObject({ code: 'ARGUMENT_INVALID' });
    await writeAtomically(target, chunks('new'), { overwrite: true }, 'test');
    expect(await readFile(target, 'utf8')).toBe('new');
  });
});

describe('pieceAt', () => {
  it('passes on a file system error other than a missing file', async () => {
    await expect(pieceAt('/somewhere/EACCES')).rejects.toMatchObject({ code: 'EACCES' });
  });
});
