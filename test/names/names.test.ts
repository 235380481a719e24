import { describe, expect, it } from 'vitest';
import { pieceFileName, SoldeUsageError, soldeJsonFileName } from '../../src/index.js';
import { parisDay, parisDayStamp, parisNoon } from '../../src/time/paris-day.js';

const name = (iso: string, sequence = 1): string => soldeJsonFileName({ numeroAns: 'ANS0000001', depositDate: new Date(iso), sequence });

describe('the machine zone of this run', () => {
  it('is the one TZ asks for (the suite runs under two zones, neither Paris nor UTC)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(import.meta.env.TZ);
    expect(['Europe/Paris', 'UTC', 'Etc/UTC']).not.toContain(import.meta.env.TZ);
  });
});

describe('soldeJsonFileName: the deposit day is taken in Europe/Paris', () => {
  it.each([
    ['2024-03-20T10:00:00Z', 'JSON-ANS0000001-20240320-001.json'],
    // around midnight in winter (UTC+1)
    ['2024-03-19T22:59:59Z', 'JSON-ANS0000001-20240319-001.json'],
    ['2024-03-19T23:00:00Z', 'JSON-ANS0000001-20240320-001.json'],
    // spring forward, 31/03/2024: midnight is 23:00Z before, 22:00Z after
    ['2024-03-30T22:59:59Z', 'JSON-ANS0000001-20240330-001.json'],
    ['2024-03-30T23:00:00Z', 'JSON-ANS0000001-20240331-001.json'],
    ['2024-03-31T01:30:00Z', 'JSON-ANS0000001-20240331-001.json'],
    ['2024-03-31T21:59:59Z', 'JSON-ANS0000001-20240331-001.json'],
    ['2024-03-31T22:00:00Z', 'JSON-ANS0000001-20240401-001.json'],
    // fall back, 27/10/2024
    ['2024-10-26T21:59:59Z', 'JSON-ANS0000001-20241026-001.json'],
    ['2024-10-26T22:00:00Z', 'JSON-ANS0000001-20241027-001.json'],
    ['2024-10-27T22:59:59Z', 'JSON-ANS0000001-20241027-001.json'],
    ['2024-10-27T23:00:00Z', 'JSON-ANS0000001-20241028-001.json'],
    // new year in Paris while it is still the old year in UTC
    ['2024-12-31T23:30:00Z', 'JSON-ANS0000001-20250101-001.json'],
  ])('%s → %s', (iso, expected) => {
    expect(name(iso)).toBe(expected);
  });

  it('numbers the files of a day on three digits', () => {
    expect(name('2024-03-20T10:00:00Z', 2)).toBe('JSON-ANS0000001-20240320-002.json');
    expect(name('2024-03-20T10:00:00Z', 42)).toBe('JSON-ANS0000001-20240320-042.json');
    expect(name('2024-03-20T10:00:00Z', 999)).toBe('JSON-ANS0000001-20240320-999.json');
  });

  it.each([
    [{ numeroAns: '99999999', depositDate: new Date(), sequence: 1 }, /numeroAns/],
    [{ numeroAns: 'ANS-000001', depositDate: new Date(), sequence: 1 }, /numeroAns/],
    [{ numeroAns: 'ANS0000001', depositDate: new Date('x'), sequence: 1 }, /depositDate/],
    [{ numeroAns: 'ANS0000001', depositDate: '2024-03-20', sequence: 1 }, /depositDate/],
    [{ numeroAns: 'ANS0000001', depositDate: new Date(), sequence: 0 }, /sequence/],
    [{ numeroAns: 'ANS0000001', depositDate: new Date(), sequence: 1000 }, /sequence/],
    [{ numeroAns: 'ANS0000001', depositDate: new Date(), sequence: 1.5 }, /sequence/],
    [undefined, /numeroAns/],
  ])('throws a clear error on a bad argument (%#)', (parts, message) => {
    expect(() => soldeJsonFileName(parts as never)).toThrow(message);
    expect(() => soldeJsonFileName(parts as never)).toThrow(SoldeUsageError);
  });
});

describe('parisDay', () => {
  it('gives the calendar day in Paris', () => {
    expect(parisDay(new Date('2024-03-31T22:30:00Z'))).toEqual({ year: 2024, month: 4, day: 1 });
    expect(parisDayStamp(new Date('2024-01-01T23:30:00Z'))).toBe('20240102');
  });

  it('refuses an invalid date', () => {
    expect(() => parisDay(new Date('nope'))).toThrow(RangeError);
  });
});

describe('pieceFileName', () => {
  it('names an attachment as the guide does', () => {
    expect(pieceFileName({ typeFichier: 'FACTURE', numeroEditeur: '00001', formatFichier: 'PDF' })).toBe('BIO-SGL-Va1-FACTURE-00001.pdf');
    expect(pieceFileName({ typeFichier: 'VA', numeroEditeur: 'AB12C', formatFichier: 'JPG' })).toBe('BIO-SGL-Va1-VA-AB12C.jpg');
    expect(pieceFileName({ typeFichier: 'VA', numeroEditeur: '00001', formatFichier: 'PNG' })).toBe('BIO-SGL-Va1-VA-00001.png');
    expect(pieceFileName({ typeFichier: 'VA', numeroEditeur: '00001', formatFichier: 'XML' })).toBe('BIO-SGL-Va1-VA-00001.xml');
  });

  it.each([
    [{ typeFichier: 'BON', numeroEditeur: '00001', formatFichier: 'PDF' }, /typeFichier/],
    [{ typeFichier: 'VA', numeroEditeur: '0001', formatFichier: 'PDF' }, /numeroEditeur/],
    [{ typeFichier: 'VA', numeroEditeur: '00 01', formatFichier: 'PDF' }, /numeroEditeur/],
    [{ typeFichier: 'VA', numeroEditeur: 1, formatFichier: 'PDF' }, /numeroEditeur/],
    [{ typeFichier: 'VA', numeroEditeur: '00001', formatFichier: 'pdf' }, /formatFichier/],
    [null, /typeFichier/],
  ])('throws a clear error on a bad argument (%#)', (parts, message) => {
    expect(() => pieceFileName(parts as never)).toThrow(message);
  });
});

describe('parisNoon', () => {
  it('is noon in Paris on that day, in winter and in summer', () => {
    expect(parisNoon({ year: 2024, month: 3, day: 20 }).toISOString()).toBe('2024-03-20T11:00:00.000Z');
    expect(parisNoon({ year: 2024, month: 7, day: 14 }).toISOString()).toBe('2024-07-14T10:00:00.000Z');
    expect(parisDay(parisNoon({ year: 2024, month: 3, day: 31 }))).toEqual({ year: 2024, month: 3, day: 31 });
  });
});
