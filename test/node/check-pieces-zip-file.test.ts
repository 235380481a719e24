import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileByteSource } from '../../src/node/file-byte-source.js';
import { checkPiecesZipFile } from '../../src/node/index.js';
import { checkPiecesZip } from '../../src/zip/index.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { craftZip, deflated } from '../zip/helpers/craft.js';
import { FACTURE_1, pdf, VA_1 } from '../zip/helpers/pieces.js';
import { tempDir } from './helpers.js';

const opts = { depositDate: DEPOSIT };

describe('checkPiecesZipFile', () => {
  it('gives the same report as checkPiecesZip, reading the file by slices', async () => {
    const dir = await tempDir();
    const file = validFile(1);
    const zips = [
      craftZip([{ name: FACTURE_1, data: pdf(3_000_000) }, deflated(VA_1, pdf(100_000))]),
      craftZip([{ name: FACTURE_1, data: pdf(100), crc: 1 }, { name: '../x', data: pdf(10) }]),
      pdf(100),
    ];
    for (const [i, zip] of zips.entries()) {
      const path = join(dir, `${i}.zip`);
      await writeFile(path, zip);
      expect(await checkPiecesZipFile(path, file, opts)).toEqual(await checkPiecesZip(zip, file, opts));
    }
  });

  it('reads what there is when a file is shorter than said', async () => {
    const dir = await tempDir();
    const path = join(dir, 'short');
    await writeFile(path, new Uint8Array([1, 2, 3]));
    const handle = await open(path, 'r');
    try {
      expect(await fileByteSource(handle, 10).read(1, 9)).toEqual(new Uint8Array([2, 3]));
    } finally {
      await handle.close();
    }
  });

  it('passes on the error of a file that cannot be opened', async () => {
    const dir = await tempDir();
    await expect(checkPiecesZipFile(join(dir, 'missing.zip'), validFile(1), opts)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('checks a sparse 3 GB zip declaring a 3 GB directory without reading it (it used to abort the process)', async () => {
    const dir = await tempDir();
    const path = join(dir, 'sparse.zip');
    const size = 3_000_000_000;
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, 1, true);
    v.setUint16(10, 1, true);
    v.setUint32(12, size - 22, true);
    const handle = await open(path, 'w');
    try {
      await handle.truncate(size);
      await handle.write(end, 0, 22, size - 22);
    } finally {
      await handle.close();
    }
    const before = process.memoryUsage().arrayBuffers;
    const report = await checkPiecesZipFile(path, validFile(1), opts);
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['ZIP_TOO_LARGE', 'ZIP_INVALID']);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50_000_000);
  });
});
