import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateSoldeFile, type ValidationReport } from '../../src/index.js';
import { checkPiecesZip } from '../../src/zip/index.js';
import { depositInstant, guideDate, parisDateValue } from '../../web/src/deposit-date.js';
import { readUtf8, sortDroppedFiles, baseName } from '../../web/src/files.js';
import { pageText } from '../../web/src/i18n.js';
import { expectedPieceNames, requestRows, totalAmount } from '../../web/src/requests.js';
import { DEPOSIT_DATE, goodDeposit, mixedDeposit, type Deposit } from './deposits.js';

let good: Deposit;
/** BOM (file warning), request 2 dated after the deposit, a zip without request 3's VA and with a stray entry. */
let messy: ValidationReport;

beforeAll(async () => {
  good = await goodDeposit();
  const zip = new JSZip();
  const source = await JSZip.loadAsync(good.zip);
  for (const name of good.pieceNames.filter((n) => n !== 'BIO-SGL-Va1-VA-00003.png')) {
    const entry = source.file(name);
    if (!entry) throw new Error(`${name} is missing from the demo zip`);
    zip.file(name, await entry.async('uint8array'), { binary: true });
  }
  zip.file('notes.txt', 'hello');
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  messy = await checkPiecesZip(bytes, `\uFEFF${mixedDeposit(good).json}`, { depositDate: DEPOSIT_DATE });
});

describe('requestRows, totalAmount, expectedPieceNames', () => {
  it('shows each request at a glance with what the portal would do with it', () => {
    const rows = requestRows(messy);
    expect(rows.map((r) => r.status)).toEqual(['accepted', 'refused', 'pieces', 'accepted']);
    expect(rows[0]).toEqual({
      index: 0,
      number: 1,
      numeroEditeur: '00001',
      numeroASP: 'FINBIO000006',
      finess: ['999999991', '999999992', '999999993'],
      amount: 27450,
      pieces: ['BIO-SGL-Va1-FACTURE-00001.pdf', 'BIO-SGL-Va1-VA-00001.pdf'],
      status: 'accepted',
      errors: 0,
      warnings: 3,
    });
    expect(totalAmount(rows)).toBe(68225.75);
    expect(totalAmount([{ amount: 0.1 }, { amount: 0.2 }])).toBe(0.3);
  });

  it('marks every request not processed when the whole file is refused, and shows none when it is unreadable', () => {
    const refused = validateSoldeFile(good.json.replace('"SIRET": "73282932000074"', '"SIRET": "73282932000075"'), { depositDate: DEPOSIT_DATE });
    expect(refused.summary.fileRefused).toBe(true);
    expect(requestRows(refused).map((r) => r.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
    expect(requestRows(validateSoldeFile('[]'))).toEqual([]);
  });

  it('lists the canonical names the zip must hold, once each, or the declared name when none can be made', () => {
    expect(expectedPieceNames(messy)).toEqual(good.pieceNames);
    const renamed = validateSoldeFile(
      good.json.replace('"nomFichier": "BIO-SGL-Va1-VA-00001.pdf"', '"nomFichier": "va.pdf"').replace('"numeroEditeur": "00004"', '"numeroEditeur": "0004"'),
      { depositDate: DEPOSIT_DATE },
    );
    const names = expectedPieceNames(renamed);
    expect(names).toContain('BIO-SGL-Va1-VA-00001.pdf');
    expect(names).not.toContain('va.pdf');
    expect(names.slice(-2)).toEqual(['BIO-SGL-Va1-FACTURE-00004.pdf', 'BIO-SGL-Va1-VA-00004.pdf']);
    expect(expectedPieceNames(validateSoldeFile('{'))).toEqual([]);
  });
});

describe('deposit date', () => {
  it('takes the calendar day in Paris, whatever the machine’s zone', () => {
    expect(parisDateValue(new Date('2024-03-31T22:30:00Z'))).toBe('2024-04-01');
    expect(parisDateValue(new Date('2024-12-31T22:59:59Z'))).toBe('2024-12-31');
  });

  it('turns a field value into noon in Paris, and refuses what is not a calendar day', () => {
    expect(depositInstant('2024-03-20')?.toISOString()).toBe('2024-03-20T11:00:00.000Z');
    expect(depositInstant('2024-07-14')?.toISOString()).toBe('2024-07-14T10:00:00.000Z');
    for (const bad of ['', '2024-02-30', '2023-02-29', '2024-13-01', '20/03/2024', '2024-3-20']) expect(depositInstant(bad)).toBeUndefined();
    expect(depositInstant('2024-02-29')).toBeInstanceOf(Date);
  });

  it('writes the day as the guide does', () => {
    expect(guideDate('2024-03-20')).toBe('20/03/2024');
    expect(guideDate('bientôt')).toBe('bientôt');
  });
});

describe('files', () => {
  it('sorts dropped files by name, else by their first bytes, the first of each kind counting', async () => {
    const json = new File(['{}'], 'a.JSON');
    const zip = new File([new Uint8Array([0x50, 0x4b, 3, 4, 0])], 'pieces');
    const other = new File(['{}'], 'b.json');
    const named = new File(['x'], 'p.zip');
    expect(await sortDroppedFiles([zip, json, other])).toEqual({ json, zip });
    expect(await sortDroppedFiles([named])).toEqual({ zip: named });
    expect(await sortDroppedFiles([new File([new Uint8Array([0x50, 0x4b, 5, 6])], 'vide')])).toHaveProperty('zip');
    expect(await sortDroppedFiles([new File(['PK'], 'court')])).toHaveProperty('json');
    expect(await sortDroppedFiles([])).toEqual({});
  });

  it('reads strict UTF-8 and keeps a BOM for the validator to warn about', async () => {
    expect(await readUtf8(new Blob(['\uFEFF{"é":1}']))).toBe('\uFEFF{"é":1}');
    expect(await readUtf8(new Blob([new Uint8Array([0x7b, 0xe9, 0x7d])]))).toBeUndefined();
  });

  it('strips the last extension', () => {
    expect(baseName('JSON-ANS0000001-20240320-001.json')).toBe('JSON-ANS0000001-20240320-001');
    expect(baseName('.json')).toBe('.json');
    expect(baseName('sans')).toBe('sans');
  });
});

describe('pageText', () => {
  it('has every sentence in both languages, French by default, with plurals', () => {
    const fr = pageText('fr');
    const en = pageText('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const [key, value] of Object.entries(fr)) {
      if (typeof value === 'string' && key !== 'colEditeur' && key !== 'colAsp' && key !== 'jsonLabel' && key !== 'zipLabel') {
        expect(value, key).not.toBe(en[key as keyof typeof en]);
      }
    }
    expect(fr.requestsRefused(1, 4)).toBe('1 demande refusée sur 4');
    expect(fr.requestsRefused(2, 4)).toBe('2 demandes refusées sur 4');
    expect(fr.counts(0, 1)).toBe('0 erreur, 1 avertissement.');
    expect(en.counts(0, 1)).toBe('0 errors, 1 warning.');
    expect(en.valid(1)).toBe('Valid file: 1 request accepted');
  });
});
