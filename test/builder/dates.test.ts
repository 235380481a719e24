import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readInvoiceDate } from '../../src/builder/read-invoice-date.js';
import { SoldeFileBuilder, type DemandeInput } from '../../src/index.js';
import { codesAt, DEPOSIT, HEADER, validDemande } from './demande-fixtures.js';
import { param } from '../helpers/issue-params.js';

function report(dateFacture: unknown, depositDate = DEPOSIT) {
  return new SoldeFileBuilder(HEADER).addDemande(validDemande(1, { dateFacture } as Partial<DemandeInput>)).validate({ depositDate });
}

function writtenDate(dateFacture: unknown): unknown {
  return report(dateFacture).file?.lignesImport[0]?.facture.dateFacture;
}

describe('dateFacture conveniences', () => {
  it.each([
    ['JJ/MM/AAAA as is', '15/03/2024', '15/03/2024'],
    ['AAAA-MM-JJ', '2024-03-15', '15/03/2024'],
    ['a leap day', '2024-02-29', '29/02/2024'],
    ['a Date at noon in Paris', new Date('2024-03-15T11:00:00Z'), '15/03/2024'],
    ['a Date just after midnight in Paris (still the 14th in UTC)', new Date('2024-03-14T23:30:00Z'), '15/03/2024'],
    ['a Date just before midnight in Paris', new Date('2024-03-15T22:59:00Z'), '15/03/2024'],
    ['a Date after the summer time change (UTC+2)', new Date('2023-06-30T22:30:00Z'), '01/07/2023'],
    ['a Date on the night of the change (31/03/2024)', new Date('2024-03-31T00:30:00Z'), '31/03/2024'],
  ])('%s', (_, given, expected) => {
    expect(writtenDate(given)).toBe(expected);
  });

  it('a Date from another realm (vm context, iframe) is read too', () => {
    const foreign: unknown = runInNewContext('new Date("2024-03-14T23:30:00Z")');
    expect(foreign instanceof Date).toBe(false);
    expect(readInvoiceDate(foreign)).toEqual({ ok: true, written: '15/03/2024' });
  });

  it.each([
    ['an invalid Date', new Date('nope'), 'Invalid Date'],
    ['an ISO day that does not exist', '2024-02-30', '2024-02-30'],
    ['an ISO month that does not exist', '2024-13-01', '2024-13-01'],
  ])('%s is DATE_INVALID naming it', (_, given, shown) => {
    const r = report(given);
    expect(codesAt(r.issues)).toEqual(['DATE_INVALID lignesImport.0.facture.dateFacture']);
    expect(param(r.issues[0], 'value')).toBe(shown);
    expect(r.issues[0]?.demande).toEqual({ index: 0, numeroEditeur: '00001' });
  });

  it.each(['15-03-2024', '2024-03-15T10:00:00Z', '15/3/2024', '2024/03/15'])('%j is written as given and is DATE_FORMAT', (given) => {
    const r = report(given);
    expect(codesAt(r.issues)).toEqual(['DATE_FORMAT lignesImport.0.facture.dateFacture']);
    expect(param(r.issues[0], 'value')).toBe(given);
  });

  it('31/02/2024 is DATE_INVALID (from the validator)', () => {
    expect(codesAt(report('31/02/2024').issues)).toEqual(['DATE_INVALID lignesImport.0.facture.dateFacture']);
  });

  it('a date after the deposit day (in Paris) is DATE_AFTER_DEPOSIT', () => {
    const depositDate = new Date('2024-03-14T23:30:00Z');
    expect(report('2024-03-15', depositDate).ok).toBe(true);
    expect(codesAt(report('2024-03-16', depositDate).issues)).toEqual(['DATE_AFTER_DEPOSIT lignesImport.0.facture.dateFacture']);
  });

  it('a value of another type is TYPE_INVALID; a date left out is missing', () => {
    expect(codesAt(report(20240315).issues)).toEqual(['TYPE_INVALID lignesImport.0.facture.dateFacture']);
    expect(codesAt(report(undefined).issues)).toEqual(['KEY_MISSING lignesImport.0.facture.dateFacture']);
  });
});
