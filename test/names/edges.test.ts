import { describe, expect, it } from 'vitest';
import { pieceFileName, soldeJsonFileName, SoldeUsageError } from '../../src/index.js';
import { parisDay, parisDayStamp } from '../../src/time/paris-day.js';

const day = new Date('2024-03-20T10:00:00Z');

function usageError(fn: () => unknown): SoldeUsageError {
  try {
    fn();
  } catch (err) {
    if (err instanceof SoldeUsageError && err.code === 'ARGUMENT_INVALID') return err;
    throw err;
  }
  throw new Error('did not throw');
}

describe('soldeJsonFileName refuses, naming the part at fault', () => {
  it.each(['ANS00000012', 'xANS0000001', 'ANS000000'])('numeroAns %s', (numeroAns) => {
    const err = usageError(() => soldeJsonFileName({ numeroAns, depositDate: day, sequence: 1 }));
    expect(err.code).toBe('ARGUMENT_INVALID');
    expect(err.message).toMatch(/numeroAns/);
  });

  it.each([0, 1000, 1.5, Number.NaN])('sequence %s', (sequence) => {
    expect(usageError(() => soldeJsonFileName({ numeroAns: 'ANS0000001', depositDate: day, sequence })).message).toMatch(/sequence/);
  });

  it('takes a string, not something that only writes like one', () => {
    const disguised = { toString: () => 'ANS0000001' };
    expect(usageError(() => soldeJsonFileName({ numeroAns: disguised as never, depositDate: day, sequence: 1 })).message).toMatch(/numeroAns/);
    expect(usageError(() => pieceFileName({ typeFichier: 'VA', numeroEditeur: { toString: () => '00001' } as never, formatFichier: 'PDF' })).message).toMatch(/numeroEditeur/);
  });

  it('accepts the first and last sequence of a day', () => {
    expect(soldeJsonFileName({ numeroAns: 'ANS0000001', depositDate: day, sequence: 1 })).toBe('JSON-ANS0000001-20240320-001.json');
    expect(soldeJsonFileName({ numeroAns: 'ANS0000001', depositDate: day, sequence: 999 })).toBe('JSON-ANS0000001-20240320-999.json');
  });
});

describe('pieceFileName refuses, naming the part at fault', () => {
  it.each([
    [{ typeFichier: 'X', numeroEditeur: '00001', formatFichier: 'PDF' }, /typeFichier/],
    [{ typeFichier: 'VA', numeroEditeur: '000011', formatFichier: 'PDF' }, /numeroEditeur/],
    [{ typeFichier: 'VA', numeroEditeur: 'x00001', formatFichier: 'PDF' }, /numeroEditeur/],
    [{ typeFichier: 'VA', numeroEditeur: '00001', formatFichier: 'pdf' }, /formatFichier/],
  ])('%j', (parts, message) => {
    expect(usageError(() => pieceFileName(parts as never)).message).toMatch(message);
  });

  it.each([null, 'x', 42])('a call that is not given an object (%j)', (given) => {
    expect(usageError(() => pieceFileName(given as never)).message).toMatch(/typeFichier/);
    expect(usageError(() => soldeJsonFileName(given as never)).message).toMatch(/numeroAns/);
  });
});

describe('Paris days', () => {
  it('write years on four digits', () => {
    expect(parisDayStamp(new Date('0005-06-15T12:00:00Z'))).toBe('00050615');
  });

  it('refuse an invalid date with a RangeError that says so', () => {
    expect(() => parisDay(new Date(Number.NaN))).toThrow(/Invalid Date/);
  });
});

describe('soldeJsonFileName writes only years AAAA can hold', () => {
  const nameOn = (depositDate: Date) => soldeJsonFileName({ numeroAns: 'ANS0000001', depositDate, sequence: 1 });

  it.each([
    ['-000001-06-15T12:00:00Z', -1],
    ['0000-06-15T12:00:00Z', 0],
    ['0999-12-31T12:00:00Z', 999],
    ['9999-12-31T23:00:00Z', 10000], // already the year 10000 in Paris
    ['+010000-06-15T12:00:00Z', 10000],
  ])('refuses a deposit on %s (year %i in Paris) with ARGUMENT_INVALID', (iso, year) => {
    const err = usageError(() => nameOn(new Date(iso)));
    expect(err.message).toMatch(/depositDate/);
    expect(err.message).toContain(`l'année ${year}`);
  });

  it('names the first and last days of the years 1000 to 9999', () => {
    expect(nameOn(new Date('1000-01-01T12:00:00Z'))).toBe('JSON-ANS0000001-10000101-001.json');
    expect(nameOn(new Date('0999-12-31T23:55:00Z'))).toBe('JSON-ANS0000001-10000101-001.json'); // past midnight in Paris (mean time, UTC+0:09:21)
    expect(nameOn(new Date('9999-12-31T22:59:59Z'))).toBe('JSON-ANS0000001-99991231-001.json');
  });
});
