import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_ZIP_BYTES,
  estimateZipBytes,
  planDeposits,
  SoldeUsageError,
  SoldeValidationError,
  type DemandeInput,
  type PieceSizes,
} from '../../src/index.js';
import { DEPOSIT, HEADER, validDemande, validDemandes } from '../builder/demande-fixtures.js';
import { param } from '../helpers/issue-params.js';

const OPTIONS = { ...HEADER, depositDate: DEPOSIT };
const NAME = 'BIO-SGL-Va1-FACTURE-00001.pdf';
/** What a PDF entry named like the fixtures' adds besides its bytes: headers (30 + 16 + 46) and the name twice. */
const PDF_OVERHEAD = 30 + 16 + 46 + 2 * NAME.length;
/** What a VA entry named like the fixtures' adds. */
const VA_OVERHEAD = 30 + 16 + 46 + 2 * 'BIO-SGL-Va1-VA-00001.pdf'.length;

/** Every attachment of the fixtures weighs `bytes`. */
const everyPiece = (bytes: number): PieceSizes => () => bytes;

describe('estimateZipBytes', () => {
  it('is 22 bytes for an empty zip', () => {
    expect(estimateZipBytes([])).toBe(22);
  });

  it('stores PDF, PNG and JPG as they are: headers, names twice, data, end record', () => {
    expect(estimateZipBytes([{ name: NAME, size: 120_000, format: 'PDF' }])).toBe(22 + PDF_OVERHEAD + 120_000);
    expect(estimateZipBytes([{ name: 'a.png', size: 10, format: 'PNG' }, { name: 'b.jpg', size: 0, format: 'JPG' }])).toBe(22 + (92 + 10 + 10) + (92 + 10));
  });

  it('bounds deflated XML as size + 5 bytes per 16 KiB block + 64', () => {
    expect(estimateZipBytes([{ name: 'a.xml', size: 0, format: 'XML' }])).toBe(22 + 92 + 10 + 5 + 64);
    expect(estimateZipBytes([{ name: 'a.xml', size: 16_384, format: 'XML' }])).toBe(22 + 92 + 10 + 16_384 + 5 + 64);
    expect(estimateZipBytes([{ name: 'a.xml', size: 16_385, format: 'XML' }])).toBe(22 + 92 + 10 + 16_385 + 10 + 64);
    expect(estimateZipBytes([{ name: 'a.xml', size: 3_000_000, format: 'XML' }])).toBe(22 + 92 + 10 + 3_000_000 + 5 * 184 + 64);
  });

  it('counts a non-ASCII name in UTF-8 bytes, plus its Unicode path field in both headers', () => {
    expect(estimateZipBytes([{ name: 'é.pdf', size: 1, format: 'PDF' }])).toBe(22 + 92 + 2 * 6 + 2 * (9 + 6) + 1);
  });

  it('defaults to « 200 Mo » read as 200 000 000 bytes', () => {
    expect(DEFAULT_MAX_ZIP_BYTES).toBe(200_000_000);
  });
});

describe('planDeposits: the zip-size split', () => {
  it('estimates each deposit’s zip and records each piece’s size', () => {
    const [deposit] = planDeposits(validDemandes(2), { ...OPTIONS, pieceSizes: everyPiece(1000) });
    expect(deposit?.pieces.map((p) => p.size)).toEqual([1000, 1000, 1000, 1000]);
    expect(deposit?.estimatedZipBytes).toBe(22 + 2 * (PDF_OVERHEAD + 1000 + VA_OVERHEAD + 1000));
    expect(deposit?.estimatedZipBytes).toBe(
      estimateZipBytes((deposit?.pieces ?? []).map((p) => ({ name: p.nomFichier, size: p.size ?? 0, format: p.formatFichier }))),
    );
  });

  it('starts a new deposit when the next demand’s pieces would take the zip over the limit', () => {
    const perDemande = PDF_OVERHEAD + VA_OVERHEAD + 2 * 1000;
    const maxZipBytes = 22 + 3 * perDemande;
    const plan = planDeposits(validDemandes(7), { ...OPTIONS, pieceSizes: everyPiece(1000), maxZipBytes });
    expect(plan.map((d) => d.size)).toEqual([3, 3, 1]);
    expect(plan.map((d) => d.estimatedZipBytes)).toEqual([maxZipBytes, maxZipBytes, 22 + perDemande]);
    expect(plan.every((d) => (d.estimatedZipBytes ?? Infinity) <= maxZipBytes)).toBe(true);
    expect(plan.map((d) => d.sequence)).toEqual([1, 2, 3]);
    expect(plan.map((d) => d.zipFileName)).toEqual(['JSON-ANS0000001-20240320-001.zip', 'JSON-ANS0000001-20240320-002.zip', 'JSON-ANS0000001-20240320-003.zip']);
  });

  it('with real-size pieces, 200 demands of 2 × 3 Mo split before the 200 000 000 bytes', () => {
    const plan = planDeposits(validDemandes(200), { ...OPTIONS, pieceSizes: everyPiece(3_000_000) });
    expect(plan.map((d) => d.size)).toEqual([33, 33, 33, 33, 33, 33, 2]);
    expect(plan.every((d) => (d.estimatedZipBytes ?? Infinity) <= DEFAULT_MAX_ZIP_BYTES)).toBe(true);
  });

  it('both limits together: whichever comes first', () => {
    const plan = planDeposits(validDemandes(450), { ...OPTIONS, pieceSizes: everyPiece(10), maxLinesPerFile: 150 });
    expect(plan.map((d) => d.size)).toEqual([150, 150, 150]);
  });

  it('takes sizes by name, as a Map, or from a function given the piece and its demand', () => {
    const demandes = [validDemande(1), validDemande(2)];
    const names = ['BIO-SGL-Va1-FACTURE-00001.pdf', 'BIO-SGL-Va1-VA-00001.pdf', 'BIO-SGL-Va1-FACTURE-00002.pdf', 'BIO-SGL-Va1-VA-00002.pdf'];
    const record = Object.fromEntries(names.map((n, i) => [n, i + 1]));
    const byRecord = planDeposits(demandes, { ...OPTIONS, pieceSizes: record });
    const byMap = planDeposits(demandes, { ...OPTIONS, pieceSizes: new Map(Object.entries(record)) });
    const seen: string[] = [];
    const byFunction = planDeposits(demandes, {
      ...OPTIONS,
      pieceSizes: (piece, demande) => {
        seen.push(`${demande.index} ${demande.numeroEditeur ?? ''} ${piece.typeFichier} ${piece.formatFichier}`);
        return record[piece.nomFichier] ?? 0;
      },
    });
    for (const plan of [byRecord, byMap, byFunction]) expect(plan[0]?.pieces.map((p) => p.size)).toEqual([1, 2, 3, 4]);
    expect(seen).toEqual(['0 00001 FACTURE PDF', '0 00001 VA PDF', '1 00002 FACTURE PDF', '1 00002 VA PDF']);
  });

  it('refuses a demand whose pieces alone exceed the limit, naming it', () => {
    const demandes = [validDemande(1), validDemande(2, { piecesJustificatives: [{ typeFichier: 'FACTURE', formatFichier: 'XML' }, { typeFichier: 'VA', formatFichier: 'PDF' }] })];
    const sizes: PieceSizes = (piece) => (piece.nomFichier.endsWith('00002.xml') ? 5_000_000 : 1000);
    let error: unknown;
    try {
      planDeposits(demandes, { ...OPTIONS, pieceSizes: sizes, maxZipBytes: 4_000_000 });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SoldeValidationError);
    const refusal = error as SoldeValidationError;
    expect(refusal.message).toContain('demande n° 1 (numeroEditeur 00002)');
    expect(refusal.issues).toMatchObject([{ code: 'ZIP_TOO_LARGE', severity: 'error', demande: { index: 1, numeroEditeur: '00002' }, params: { limit: 4_000_000 } }]);
    expect(param(refusal.issues[0], 'count')).toBeGreaterThan(5_000_000);
  });

  it('refuses in English on request, and names a demand without numeroEditeur by its index', () => {
    const demande = validDemande(1, { piecesJustificatives: [{ nomFichier: 'big.pdf', typeFichier: 'FACTURE', formatFichier: 'PDF' }] });
    delete (demande as Partial<DemandeInput>).numeroEditeur;
    let error: unknown;
    try {
      planDeposits([demande], { ...OPTIONS, pieceSizes: { 'big.pdf': 200_000_000 }, locale: 'en' });
    } catch (err) {
      error = err;
    }
    const refusal = error as SoldeValidationError;
    expect(refusal.message).toContain('(demand no. 0)');
    expect(refusal.message).not.toMatch(/demande|erreur/);
    expect(refusal.issues[0]?.demande).toEqual({ index: 0 });
    expect(refusal.issues[0]?.message).toMatch(/^The zip/);
  });

  it('an attachment without a size, or with a bad one, is ARGUMENT_INVALID naming it', () => {
    const missing = (() => {
      try {
        planDeposits([validDemande(1)], { ...OPTIONS, pieceSizes: { 'BIO-SGL-Va1-FACTURE-00001.pdf': 1 } });
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(missing).toBeInstanceOf(SoldeUsageError);
    expect((missing as SoldeUsageError).message).toContain('BIO-SGL-Va1-VA-00001.pdf');
    for (const bad of [-1, 1.5, Number.NaN, '12']) {
      expect(() => planDeposits([validDemande(1)], { ...OPTIONS, pieceSizes: () => bad as number })).toThrow(SoldeUsageError);
    }
    expect(() => planDeposits([validDemande(1)], { ...OPTIONS, pieceSizes: Object.create({ [NAME]: 1 }) as Record<string, number> })).toThrow(/FACTURE-00001/);
  });

  it('an attachment whose name cannot be known is left out of the zip plan (its demand gets an issue)', () => {
    const demande = validDemande(1, { numeroEditeur: '1', piecesJustificatives: [{ typeFichier: 'FACTURE', formatFichier: 'PDF' }, 'x' as never] });
    const [deposit] = planDeposits([demande, validDemande(2, { piecesJustificatives: 'none' as never })], { ...OPTIONS, pieceSizes: everyPiece(1) });
    expect(deposit?.pieces).toEqual([]);
    expect(deposit?.estimatedZipBytes).toBe(22);
    expect(deposit?.builder.validate({ depositDate: DEPOSIT }).ok).toBe(false);
  });

  it('bounds a piece of an unknown format as deflated XML', () => {
    const [deposit] = planDeposits([validDemande(1, { piecesJustificatives: [{ nomFichier: 'a.pdf', typeFichier: 'FACTURE', formatFichier: 'pdf' as never }] })], {
      ...OPTIONS,
      pieceSizes: everyPiece(100),
    });
    expect(deposit?.estimatedZipBytes).toBe(estimateZipBytes([{ name: 'a.pdf', size: 100, format: 'XML' }]));
  });
});
