import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentMatchesFormat, looksLikeXml } from '../../src/zip/content-format.js';
import { crc32, crc32Js, nativeCrc32 } from '../../src/zip/crc32.js';
import { decodeName, type CentralEntry } from '../../src/zip/central-directory.js';
import { entryContent } from '../../src/zip/entry-content.js';
import { entryNameProblem } from '../../src/zip/entry-name.js';
import { feedSize } from '../../src/zip/inflate-counter.js';
import { jpg, pdf, png } from './helpers/pieces.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('crc32', () => {
  const random = pdf(100_003, 7);

  it('gives the check value of CRC-32/ISO-HDLC, in JS and natively', () => {
    expect(crc32Js(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32Js(new Uint8Array())).toBe(0);
  });

  it('agrees with zlib on every length and when continued', () => {
    for (const n of [1, 7, 8, 9, 15, 16, 17, 1000, 100_003]) expect(crc32Js(random.subarray(0, n))).toBe(nodeCrc32(random.subarray(0, n)));
    expect(crc32Js(random.subarray(50_000), crc32Js(random.subarray(0, 50_000)))).toBe(nodeCrc32(random));
  });

  it('finds the native one only where the runtime offers it', () => {
    expect(nativeCrc32(undefined)).toBeUndefined();
    expect(nativeCrc32({})).toBeUndefined();
    expect(nativeCrc32({ getBuiltinModule: () => ({}) })).toBeUndefined();
    expect(nativeCrc32({ getBuiltinModule: () => undefined })).toBeUndefined();
    expect(nativeCrc32({ getBuiltinModule: () => ({ crc32: nodeCrc32 }) })).toBe(nodeCrc32);
    // Node's zlib.crc32 in Node; the JavaScript one in a browser, which has no process.
    expect(crc32).toBe(nativeCrc32((globalThis as { process?: Parameters<typeof nativeCrc32>[0] }).process) ?? crc32Js);
  });
});

describe('contentMatchesFormat', () => {
  it.each([
    ['PDF', pdf(), true],
    ['PDF', text('%PDF'), false],
    ['PDF', text(' %PDF-1.7'), false],
    ['PNG', png(), true],
    ['PNG', png().subarray(0, 7), false],
    ['JPG', jpg(), true],
    ['JPG', new Uint8Array([0xff, 0xd8, 0xfe]), false],
    ['XML', text('<?xml version="1.0"?><a/>'), true],
    ['XML', text('\uFEFF\r\n\t <facture/>'), true],
    ['XML', new Uint8Array([0xfe, 0xff, 0x00, 0x3c, 0x00, 0x61]), true],
    ['XML', new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00]), true],
    ['XML', text('facture'), false],
    ['XML', new Uint8Array([0x3c, 0x61, 0x00]), false],
    ['XML', new Uint8Array([0x3c, 0x61, 0xff, 0x3e]), false],
    ['XML', new Uint8Array([0x3c, 0x61, 0xc3]), true],
    ['XML', new Uint8Array(), false],
    ['GIF', pdf(), false],
  ])('%s ← %o: %s', (format, head, expected) => {
    expect(contentMatchesFormat(head, format)).toBe(expected);
  });

  it('tells XML text by its first characters', () => {
    expect(looksLikeXml(text('   '))).toBe(false);
  });
});

describe('entryNameProblem', () => {
  it.each([
    ['BIO-SGL-Va1-VA-00001.pdf', false, undefined],
    ['..pdf', false, undefined],
    ['a..b.pdf', false, undefined],
    ['BIO-SGL-Va1-VA-00001.pdf', true, { code: 'ZIP_ENTRY_IN_FOLDER' }],
    ['dir/', false, { code: 'ZIP_ENTRY_IN_FOLDER' }],
    ['./a.pdf', false, { code: 'ZIP_ENTRY_IN_FOLDER' }],
    ['dir/a.pdf', false, { code: 'ZIP_ENTRY_IN_FOLDER' }],
    ['..', false, { code: 'ZIP_ENTRY_UNSAFE_PATH', reason: 'dot-segment' }],
    ['a/../b.pdf', false, { code: 'ZIP_ENTRY_UNSAFE_PATH', reason: 'dot-segment' }],
    ['/a.pdf', false, { code: 'ZIP_ENTRY_UNSAFE_PATH', reason: 'absolute' }],
    ['c:a.pdf', false, { code: 'ZIP_ENTRY_UNSAFE_PATH', reason: 'absolute' }],
    ['a\\b.pdf', false, { code: 'ZIP_ENTRY_UNSAFE_PATH', reason: 'backslash' }],
    ['a\u007f.pdf', false, { code: 'ZIP_ENTRY_UNSAFE_PATH', reason: 'control' }],
    ['a\n.pdf', false, { code: 'ZIP_ENTRY_UNSAFE_PATH', reason: 'control' }],
    ['', false, { code: 'ZIP_ENTRY_UNSAFE_PATH', reason: 'empty' }],
  ])('%j (directory: %s) → %o', (name, isDirectory, expected) => {
    expect(entryNameProblem(name, isDirectory)).toEqual(expected);
  });
});

describe('decodeName', () => {
  it('decodes UTF-8, flagged or not, and Latin-1 otherwise', () => {
    expect(decodeName(text('é.pdf'), true)).toBe('é.pdf');
    expect(decodeName(text('é.pdf'), false)).toBe('é.pdf');
    expect(decodeName(new Uint8Array([0x82, 0x2e, 0x70]), false)).toBe('\u0082.p');
    expect(decodeName(new Uint8Array([0xff]), true)).toBe('\ufffd');
  });
});

describe('feedSize', () => {
  it('feeds 4 to 64 KiB, fewer as the budget shrinks', () => {
    expect([feedSize(0), feedSize(3_000_000), feedSize(10_000_000), feedSize(1e9)]).toEqual([4096, 4096, 9689, 65536]);
  });
});

describe('entryContent', () => {
  it('calls a stored entry over the limit over the limit without reading it', async () => {
    const entry = { compressedSize: 10, uncompressedSize: 10, method: 0 } as CentralEntry;
    const source = { size: 100, read: () => Promise.reject(new Error('not read')) };
    expect(await entryContent(source, entry, 0, 5, true)).toEqual({ kind: 'over-limit' });
  });
});
