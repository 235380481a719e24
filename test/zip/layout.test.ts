import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipEntryHeadersBytes, zipLocalHeaderBytes, ZIP_END_RECORD_BYTES } from '../../src/plan/estimate-zip-bytes.js';
import { bytesSource } from '../../src/zip/byte-source.js';
import { readCentralDirectory } from '../../src/zip/central-directory.js';
import { deflatedSize, fileOptions, GENERATE_OPTIONS } from '../../src/zip/generate-zip.js';
import { pdf, xml } from './helpers/pieces.js';

/** jszip's real zip of these entries, written with the writer's options. */
async function jszipZip(entries: readonly { name: string; data: Uint8Array; deflate: boolean }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const e of entries) zip.file(e.name, e.data, fileOptions(e.deflate));
  return zip.generateAsync(GENERATE_OPTIONS);
}

describe('the layout formula holds jszip’s real output', () => {
  const names = ['BIO-SGL-Va1-FACTURE-00001.pdf', 'pièce-été.pdf', 'facture-𝒳.pdf', '請求書.pdf'];

  it.each(names)('%s: headers, data and end record add up to the zip', async (name) => {
    const data = pdf(5000);
    const zip = await jszipZip([{ name, data, deflate: false }]);
    expect(zip.length).toBe(zipEntryHeadersBytes(name) + data.length + ZIP_END_RECORD_BYTES);
    // The local header ends where the data starts.
    expect(zip.subarray(zipLocalHeaderBytes(name), zipLocalHeaderBytes(name) + data.length)).toEqual(data);
  });

  it('a non-ASCII name gets the UTF-8 flag and the Unicode Path field, read back as the same name', async () => {
    const zip = await jszipZip(names.map((name) => ({ name, data: pdf(10), deflate: false })));
    const directory = await readCentralDirectory(bytesSource(zip), zip.length);
    if (!directory.ok) throw new Error('unreadable');
    expect(directory.entries.map((e) => [e.name, (e.flags & 0x0800) !== 0, e.unicodeName])).toEqual([
      [names[0], false, undefined],
      [names[1], true, names[1]],
      [names[2], true, names[2]],
      [names[3], true, names[3]],
    ]);
  });

  it('several entries, stored and deflated: the sum of their layouts', async () => {
    const piece = xml();
    const entries = [
      { name: 'a.pdf', data: pdf(100), deflate: false },
      { name: 'b-é.xml', data: piece, deflate: true },
      { name: 'c.xml', data: piece, deflate: true },
    ];
    const zip = await jszipZip(entries);
    const expected = ZIP_END_RECORD_BYTES + zipEntryHeadersBytes('a.pdf') + 100 + zipEntryHeadersBytes('b-é.xml') + zipEntryHeadersBytes('c.xml') + 2 * (await deflatedSize('c.xml', piece));
    expect(zip.length).toBe(expected);
    expect(await deflatedSize('b-é.xml', piece)).toBe(await deflatedSize('c.xml', piece));
    expect(await deflatedSize('c.xml', piece)).toBeLessThan(piece.length / 5);
  });

  it('writes the fixed date, the same in every zone: 1 February 1980, 00:00', async () => {
    const zip = await jszipZip([{ name: 'a.pdf', data: pdf(10), deflate: false }]);
    const v = new DataView(zip.buffer, zip.byteOffset);
    expect([v.getUint16(10, true), v.getUint16(12, true)]).toEqual([0, (2 << 5) | 1]);
  });
});

describe('the writer’s options, as the golden zip holds them', () => {
  it('stores PDF, PNG and JPG, deflates XML, and gives the golden bytes', async () => {
    const { goldenDeposit, goldenHash, GOLDEN_SHA256 } = await import('./helpers/golden.js');
    expect(await goldenHash()).toBe(GOLDEN_SHA256);
    const { file, pieces } = goldenDeposit();
    const { buildPiecesZip } = await import('../../src/zip/index.js');
    const { DEPOSIT } = await import('../helpers/valid-file.js');
    const zip = await buildPiecesZip(file, pieces, { depositDate: DEPOSIT });
    const directory = await readCentralDirectory(bytesSource(zip), zip.length);
    if (!directory.ok) throw new Error('unreadable');
    expect(directory.entries.map((e) => [e.name.slice(-3), e.method])).toEqual([
      ['pdf', 0],
      ['pdf', 0],
      ['pdf', 0],
      ['pdf', 0],
      ['png', 0],
      ['xml', 8],
    ]);
  });
});
