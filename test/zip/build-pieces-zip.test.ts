import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { serializeSoldeFile, SoldeUsageError, type Issue, type SoldeFile } from '../../src/index.js';
import { buildPiecesZip, checkPiecesZip, DEFAULT_MAX_PIECE_BYTES, PIECES_ZIP_ENTRY_DATE, type ZipProgress } from '../../src/zip/index.js';
import { insideLargerBuffer, runtimeBuffer } from '../helpers/bytes.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { at, FACTURE_1, jpg, pdf, piecePath, piecesFor, png, VA_1, xml } from './helpers/pieces.js';
import { refusal } from '../helpers/errors.js';
import { param } from '../helpers/issue-params.js';

const opts = { depositDate: DEPOSIT };

const codes = (issues: Issue[]): [string, string][] => issues.map((i) => [i.code, i.path.join('.')]);

/** A one-request file whose second piece is of another format. */
function fileWith(format: 'PNG' | 'JPG' | 'XML'): SoldeFile {
  const file = validFile(1);
  const ext = format.toLowerCase();
  (file.lignesImport[0] as SoldeFile['lignesImport'][number]).piecesJustificatives[1] = { nomFichier: `BIO-SGL-Va1-VA-00001.${ext}`, formatFichier: format, typeFichier: 'VA' };
  return file;
}

describe('buildPiecesZip — the zip it writes', () => {
  it('holds exactly the named pieces, flat at the root, in JSON order, byte for byte', async () => {
    const file = validFile(3);
    const pieces = piecesFor(file);
    const shuffled = Object.fromEntries(Object.entries(pieces).reverse());
    const zip = await buildPiecesZip(file, shuffled, opts);
    const read = await JSZip.loadAsync(zip);
    const names = file.lignesImport.flatMap((l) => l.piecesJustificatives.map((p) => p.nomFichier));
    expect(Object.keys(read.files)).toEqual(names);
    for (const name of names) expect(await read.file(name)?.async('uint8array')).toEqual(pieces[name]);
    expect(read.files[FACTURE_1]?.date.toISOString()).toBe(`${PIECES_ZIP_ENTRY_DATE}.000Z`);
  });

  it('stores PDF, PNG and JPG and deflates XML', async () => {
    for (const format of ['PNG', 'JPG', 'XML'] as const) {
      const file = fileWith(format);
      const zip = await buildPiecesZip(file, piecesFor(file), opts);
      const v = new DataView(zip.buffer, zip.byteOffset);
      const firstMethod = v.getUint16(8, true);
      const secondAt = 30 + FACTURE_1.length + 1000;
      expect([firstMethod, v.getUint16(secondAt + 8, true)]).toEqual([0, format === 'XML' ? 8 : 0]);
      expect((await checkPiecesZip(zip, file, opts)).issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });

  it('takes the JSON as text as well as typed, and pieces as Uint8Array, ArrayBuffer or Blob alike', async () => {
    const file = validFile(1);
    const a = pdf(500, 1);
    const b = pdf(700, 2);
    const fromBytes = await buildPiecesZip(file, { [FACTURE_1]: a, [VA_1]: b }, opts);
    const fromBuffers = await buildPiecesZip(serializeSoldeFile(file), { [FACTURE_1]: a.slice().buffer, [VA_1]: b.slice().buffer }, opts);
    const fromBlobs = await buildPiecesZip(file, { [FACTURE_1]: new Blob([a]), [VA_1]: new File([b], 'va.pdf') }, { ...opts, locale: 'en' });
    const fromNodeBuffers = await buildPiecesZip(file, { [FACTURE_1]: insideLargerBuffer(a, 1), [VA_1]: runtimeBuffer(b) }, opts);
    expect(fromBuffers).toEqual(fromBytes);
    expect(fromNodeBuffers).toEqual(fromBytes);
    expect(fromBlobs).toEqual(fromBytes);
  });

  it('reports progress after each entry, with the final size known from the start', async () => {
    const file = validFile(2);
    const seen: ZipProgress[] = [];
    const zip = await buildPiecesZip(file, piecesFor(file), { ...opts, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => [p.done, p.total, p.name])).toEqual([
      [1, 4, FACTURE_1],
      [2, 4, VA_1],
      [3, 4, 'BIO-SGL-Va1-FACTURE-00002.pdf'],
      [4, 4, 'BIO-SGL-Va1-VA-00002.pdf'],
    ]);
    expect(seen.every((p) => p.totalBytes === zip.length && p.bytes < zip.length)).toBe(true);
    // local header 30 + name (29 for FACTURE, 24 for VA) + 1000 bytes of data
    expect(seen.map((p) => p.bytes)).toEqual([1059, 2113, 3172, 4226]);
  });

  it('passes on the error of a piece that cannot be read when its turn comes', async () => {
    const file = validFile(1);
    const pieces = piecesFor(file);
    const failing = new Blob([at(pieces, VA_1)]);
    failing.arrayBuffer = () => Promise.reject(new Error('gone'));
    await expect(buildPiecesZip(file, { ...pieces, [VA_1]: failing }, opts)).rejects.toThrow('gone');
  });

  it('stops when the progress callback throws', async () => {
    const file = validFile(1);
    const boom = new Error('stop');
    await expect(buildPiecesZip(file, piecesFor(file), { ...opts, onProgress: () => { throw boom; } })).rejects.toBe(boom);
  });
});

describe('buildPiecesZip — refusals, every problem at once', () => {
  it('refuses a missing piece, an extra piece, an empty one and a too large one together', async () => {
    const file = validFile(2);
    const pieces = Object.fromEntries(Object.entries(piecesFor(file)).filter(([name]) => name !== FACTURE_1));
    pieces[VA_1] = new Uint8Array();
    pieces['BIO-SGL-Va1-FACTURE-00002.pdf'] = pdf(DEFAULT_MAX_PIECE_BYTES + 1);
    pieces['notes.txt'] = new Uint8Array([1]);
    const issues = await refusal(buildPiecesZip(file, pieces, opts));
    expect(codes(issues)).toEqual([
      ['ZIP_PIECE_MISSING', piecePath(0, 0).join('.')],
      ['ZIP_PIECE_EMPTY', piecePath(0, 1).join('.')],
      ['ZIP_PIECE_TOO_LARGE', piecePath(1, 0).join('.')],
      ['ZIP_PIECE_NOT_NAMED', 'zip.notes.txt'],
    ]);
    expect(issues[2]?.params).toMatchObject({ count: DEFAULT_MAX_PIECE_BYTES + 1, limit: DEFAULT_MAX_PIECE_BYTES });
    expect(issues[0]?.message).toContain(FACTURE_1);
  });

  it('does not read a piece over the limit', async () => {
    const file = validFile(1);
    const huge = new Blob([pdf(10)]);
    const spy = vi.spyOn(huge, 'slice');
    const issues = await refusal(buildPiecesZip(file, { [FACTURE_1]: huge, [VA_1]: pdf() }, { ...opts, maxPieceBytes: 5 }));
    expect(codes(issues)).toEqual([['ZIP_PIECE_TOO_LARGE', piecePath(0, 0).join('.')], ['ZIP_PIECE_TOO_LARGE', piecePath(0, 1).join('.')]]);
    expect(spy).not.toHaveBeenCalled();
  });

  it.each([
    ['PDF', 'a PNG', png()],
    ['PDF', 'text', new TextEncoder().encode('PDF-1.7 without its percent sign')],
    ['PNG', 'a JPEG', jpg()],
    ['JPG', 'a PDF', pdf()],
    ['XML', 'a PDF', pdf()],
  ] as const)('refuses a %s piece holding %s', async (format, _what, bytes) => {
    const file = format === 'PDF' ? validFile(1) : fileWith(format);
    const pieces = piecesFor(file);
    const name = format === 'PDF' ? FACTURE_1 : `BIO-SGL-Va1-VA-00001.${format.toLowerCase()}`;
    pieces[name] = bytes;
    const issues = (await refusal(buildPiecesZip(file, pieces, opts))).filter((i) => i.severity === 'error');
    expect(codes(issues)).toEqual([['ZIP_PIECE_CONTENT_MISMATCH', piecePath(0, format === 'PDF' ? 0 : 1).join('.')]]);
    expect(param(issues[0], 'expected')).toBe(format);
  });

  it('refuses a zip over the size limit before writing it', async () => {
    const file = validFile(2);
    const issues = await refusal(buildPiecesZip(file, piecesFor(file, 1000), { ...opts, maxZipBytes: 4000 }));
    expect(codes(issues)).toEqual([['ZIP_TOO_LARGE', 'zip']]);
    // per entry 30 + 46 bytes of headers, the name twice, 1000 bytes; then 22
    expect(issues[0]?.params).toEqual({ count: 4 * (76 + 1000) + 2 * (29 + 24 + 29 + 24) + 22, limit: 4000 });
  });

  it('refuses a JSON with an error, with its issues and the pieces’ ones', async () => {
    const file = validFile(1);
    (file.lignesImport[0] as SoldeFile['lignesImport'][number]).facture.dateFacture = '31/02/2024';
    const issues = await refusal(buildPiecesZip(file, { [VA_1]: pdf() }, opts));
    expect(issues.map((i) => i.code)).toEqual(['DATE_INVALID', 'ZIP_PIECE_MISSING']);
  });

  it('refuses a JSON whose structure cannot be read, with its issues only', async () => {
    const issues = await refusal(buildPiecesZip('{ "impId": ', {}, opts));
    expect(issues.map((i) => i.code)).toEqual(['JSON_SYNTAX']);
  });

  it('accepts warnings: they do not refuse the build', async () => {
    const file = fileWith('XML');
    await expect(buildPiecesZip(file, piecesFor(file), opts)).resolves.toBeInstanceOf(Uint8Array);
  });

  it('writes its messages in English on request', async () => {
    const file = validFile(1);
    const issues = await refusal(buildPiecesZip(file, { [FACTURE_1]: pdf() }, { ...opts, locale: 'en' }));
    expect(issues[0]?.message).toBe(`The attachment "${VA_1}" is declared in the JSON but missing from the zip.`);
  });
});

describe('buildPiecesZip — misuse', () => {
  it.each([
    ['pieces not an object', null],
    ['pieces an array', []],
    ['pieces a Uint8Array', new Uint8Array()],
    ['a piece of the wrong kind', { [FACTURE_1]: 'not bytes' }],
  ])('throws ARGUMENT_INVALID for %s', async (_what, pieces) => {
    await expect(buildPiecesZip(validFile(1), pieces as never, opts)).rejects.toMatchObject({ name: 'SoldeUsageError', code: 'ARGUMENT_INVALID' });
  });

  it.each([0, -1, 1.5, 2 ** 32, Number.NaN, '3000000'])('throws ARGUMENT_INVALID for a limit of %s', async (limit) => {
    const file = validFile(1);
    await expect(buildPiecesZip(file, piecesFor(file), { ...opts, maxPieceBytes: limit as number })).rejects.toBeInstanceOf(SoldeUsageError);
    await expect(buildPiecesZip(file, piecesFor(file), { ...opts, maxZipBytes: limit as number })).rejects.toBeInstanceOf(SoldeUsageError);
  });
});

describe('buildPiecesZip — pieces of every format', () => {
  it('writes a valid XML piece (UTF-16 too) and the deflated bytes inflate back', async () => {
    const file = fileWith('XML');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00, 0x2f, 0x00, 0x3e, 0x00]);
    for (const bytes of [xml(), utf16]) {
      const zip = await buildPiecesZip(file, { [FACTURE_1]: pdf(), 'BIO-SGL-Va1-VA-00001.xml': bytes }, opts);
      expect(await (await JSZip.loadAsync(zip)).file('BIO-SGL-Va1-VA-00001.xml')?.async('uint8array')).toEqual(bytes);
    }
  });
});
