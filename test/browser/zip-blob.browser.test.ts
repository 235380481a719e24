/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { serializeSoldeFile, SoldeValidationError, soldeJsonFileName, type Issue, type SoldeFile } from '../../src/index.js';
import { buildPiecesZip, checkPiecesZip, DEFAULT_MAX_PIECE_BYTES, type BinaryInput } from '../../src/zip/index.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { FACTURE_1, pdf, piecePath, piecesFor, VA_1 } from '../zip/helpers/pieces.js';
import { newRealm } from './helpers/realm.js';
import { faultWords } from '../helpers/issue-params.js';

const opts = { depositDate: DEPOSIT };
const errors = (issues: Issue[]): [string, string][] => issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path.join('.')]);
/** The codes and paths of all issues, warnings included. */
const codes = (issues: Issue[]): [string, string][] => issues.map((i) => [i.code, i.path.join('.')]);
/** What the deposit below draws when all is well: the XML VA's warning, nothing else. */
const XML_WARNING: [string, string][] = [['PIECE_XML_UNLISTED', 'lignesImport.1.piecesJustificatives.1.formatFichier']];

/** Two requests, the second with a PNG FACTURE and an XML VA (stored and deflated entries; the XML draws its one warning). */
function deposit(size = 200_000): { file: SoldeFile; json: string; pieces: Record<string, Uint8Array<ArrayBuffer>> } {
  const file = validFile(2);
  (file.lignesImport[1] as SoldeFile['lignesImport'][number]).piecesJustificatives = [
    { nomFichier: 'BIO-SGL-Va1-FACTURE-00002.png', formatFichier: 'PNG', typeFichier: 'FACTURE' },
    { nomFichier: 'BIO-SGL-Va1-VA-00002.xml', formatFichier: 'XML', typeFichier: 'VA' },
  ];
  return { file, json: serializeSoldeFile(file), pieces: piecesFor(file, size) };
}

/**
 * The zip of buildPiecesZip, typed so that `new Blob([zip])` type-checks: it is declared to return a
 * `Uint8Array`, i.e. `Uint8Array<ArrayBufferLike>`, which the DOM typings do not take as a BlobPart.
 */
async function zipOf(...args: Parameters<typeof buildPiecesZip>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await buildPiecesZip(...args));
}

/** SHA-256 of bytes, in hex: zips are compared by it (a deep equality of two big typed arrays is slow). */
async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const MIME: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', xml: 'application/xml' };

/** The pieces as a user picks them: the `File`s of an `<input type="file" multiple>` (set through playwright's `setInputFiles`). */
async function pickFiles(pieces: Record<string, Uint8Array<ArrayBuffer>>): Promise<File[]> {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  document.body.append(input);
  try {
    await userEvent.upload(
      input,
      Object.entries(pieces).map(([name, bytes]) => new File([bytes], name, { type: MIME[name.slice(-3)] ?? '' })),
    );
    return [...(input.files ?? [])];
  } finally {
    input.remove();
  }
}

/** A `Blob` that records what is read of it: the size of each slice, and any read of the whole. */
class CountingBlob extends Blob {
  readonly slices: number[] = [];
  wholeReads = 0;

  override slice(start?: number, end?: number, contentType?: string): Blob {
    const part = super.slice(start, end, contentType);
    this.slices.push(part.size);
    return part;
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    this.wholeReads++;
    return super.arrayBuffer();
  }

  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    this.wholeReads++;
    return super.bytes();
  }

  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    this.wholeReads++;
    return super.stream();
  }

  override text(): Promise<string> {
    this.wholeReads++;
    return super.text();
  }
}

describe('the zip from the Files a user picks', () => {
  it('builds the zip from the Files of an <input type="file">, the same bytes as from Uint8Arrays, and checks it as a Blob', async () => {
    const { file, json, pieces } = deposit();
    const picked = await pickFiles(pieces);
    expect(picked.map((f) => [f.name, f.size, f instanceof File])).toEqual(Object.entries(pieces).map(([name, bytes]) => [name, bytes.length, true]));

    const fromFiles = await zipOf(json, Object.fromEntries(picked.map((f) => [f.name, f])), opts);
    expect(await sha256(fromFiles)).toBe(await sha256(await zipOf(file, pieces, opts)));

    // The JSON read back from a File, the zip from a Blob, as a validation page has them.
    const jsonFile = new File([json], soldeJsonFileName({ numeroAns: file.numeroAns, depositDate: DEPOSIT, sequence: 1 }), { type: 'application/json' });
    const report = await checkPiecesZip(new Blob([fromFiles], { type: 'application/zip' }), await jsonFile.text(), opts);
    expect(codes(report.issues)).toEqual(XML_WARNING);
    expect(report.ok).toBe(true);
    expect(report.summary.requestCount).toBe(2);
  });

  it('refuses a picked File over the piece limit, naming its place in the JSON', async () => {
    const file = validFile(1);
    const [facture, va] = await pickFiles({ [FACTURE_1]: pdf(DEFAULT_MAX_PIECE_BYTES + 1), [VA_1]: pdf(1000) });
    const error: unknown = await buildPiecesZip(file, { [FACTURE_1]: facture!, [VA_1]: va! }, opts).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SoldeValidationError);
    expect(errors((error as SoldeValidationError).issues)).toEqual([['ZIP_PIECE_TOO_LARGE', piecePath(0, 0).join('.')]]);
  });
});

describe('checkPiecesZip on a zip given as a Blob', () => {
  it('reads a File, a Blob made of parts, a slice of a larger Blob and one fetched back from an object URL alike', async () => {
    const { json, pieces } = deposit();
    const zip = await zipOf(json, pieces, opts);
    const blob = new Blob([zip], { type: 'application/zip' });
    const url = URL.createObjectURL(blob);
    let fetched: Blob;
    try {
      fetched = await (await fetch(url)).blob();
    } finally {
      URL.revokeObjectURL(url);
    }
    const inputs: [string, BinaryInput][] = [
      ['a File', new File([zip], 'JSON-ANS0000001-20240320-001.zip', { type: 'application/zip' })],
      ['parts', new Blob([zip.subarray(0, 100), new Blob([zip.subarray(100, 250_000)]), zip.slice(250_000).buffer])],
      ['a slice', new Blob([new Uint8Array(777), zip, new Uint8Array(333)]).slice(777, 777 + zip.length)],
      ['fetched', fetched],
    ];
    for (const [what, input] of inputs) {
      const report = await checkPiecesZip(input, json, opts);
      expect([what, report.ok, codes(report.issues)]).toEqual([what, true, XML_WARNING]);
    }
  });

  it('refuses a Blob cut one byte short, or with a piece’s byte changed', async () => {
    const { json, pieces } = deposit();
    const zip = await zipOf(json, pieces, opts);
    const short = await checkPiecesZip(new Blob([zip]).slice(0, zip.length - 1), json, opts);
    expect(errors(short.issues)).toEqual([['ZIP_INVALID', 'zip']]);

    const changed = zip.slice();
    const at = 30 + FACTURE_1.length + 50_000; // inside the first entry, a stored PDF
    changed[at] = (changed[at] ?? 0) ^ 0xff;
    const corrupt = await checkPiecesZip(new Blob([changed]), json, opts);
    expect(errors(corrupt.issues)).toEqual([['ZIP_ENTRY_INCONSISTENT', piecePath(0, 0).join('.')]]);
    expect(faultWords(corrupt.issues[0])).toBe('le CRC-32 ne correspond pas au contenu (fichier corrompu)');
  });

  it('reads the Blob by slices, never whole: each piece once to check its CRC, only the first bytes without', async () => {
    const { json, pieces } = deposit(1_000_000);
    const zip = await zipOf(json, pieces, opts);
    const storedBytes = Object.entries(pieces).reduce((sum, [name, p]) => (name.endsWith('.xml') ? sum : sum + p.length), 0);
    expect(storedBytes).toBe(3_000_000);

    const checked = new CountingBlob([zip]);
    expect((await checkPiecesZip(checked, json, opts)).ok).toBe(true);
    const read = checked.slices.reduce((a, b) => a + b, 0);
    expect(checked.wholeReads).toBe(0);
    expect(read).toBeGreaterThanOrEqual(storedBytes); // every stored piece was read…
    expect(read).toBeLessThan(zip.length + 100_000); // …once

    const skimmed = new CountingBlob([zip]);
    expect((await checkPiecesZip(skimmed, json, { ...opts, verifyCrc: false })).ok).toBe(true);
    expect(skimmed.wholeReads).toBe(0);
    expect(skimmed.slices.reduce((a, b) => a + b, 0)).toBeLessThan(zip.length / 10);
  });
});

describe('values from another realm (an iframe)', () => {
  it('builds from its Uint8Array, ArrayBuffer, Blob and File, and checks its Blob and Uint8Array zips', async () => {
    const realm = newRealm();
    const { json, pieces } = deposit();
    const [a, b, c, d] = Object.entries(pieces);
    const foreign: Record<string, BinaryInput> = {
      [a![0]]: new realm.Uint8Array(a![1]),
      [b![0]]: new realm.Uint8Array(b![1]).buffer,
      [c![0]]: new realm.Blob([c![1]]),
      [d![0]]: new realm.File([d![1]], d![0]),
    };
    expect(Object.values(foreign).some((v) => v instanceof Uint8Array || v instanceof ArrayBuffer || v instanceof Blob)).toBe(false);

    const zip = await zipOf(json, foreign, opts);
    expect(await sha256(zip)).toBe(await sha256(await zipOf(json, pieces, opts)));
    for (const input of [new realm.Blob([zip]), new realm.Uint8Array(zip), new realm.Uint8Array(zip).buffer]) {
      const report = await checkPiecesZip(input, json, opts);
      expect([report.ok, codes(report.issues)]).toEqual([true, XML_WARNING]);
    }
  });
});
