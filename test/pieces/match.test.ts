import { describe, expect, it } from 'vitest';
import { amountShown } from '../../src/pieces/match-amount.js';
import { dateShown, datePattern } from '../../src/pieces/match-date.js';
import { finessShown } from '../../src/pieces/match-finess.js';
import { foldText } from '../../src/pieces/normalize-text.js';
import { escapeRegExp, loose } from '../../src/pieces/loose-pattern.js';

const shows = (text: string, amount: number): boolean => amountShown(foldText(text), amount);

describe('foldText', () => {
  it('makes every kind of space one plain space, drops invisible joiners, lowers case and accents', () => {
    expect(foldText('Total\u202F:\t27\u00A0450,00\u2009€\r\n\u2028Février\u200B ÉTÉ')).toBe('total : 27 450,00 € fevrier ete');
    expect(foldText('ﬁnal １２')).toBe('final 12');
  });
});

describe('loose patterns', () => {
  it('allow one space between any two characters and escape the literal', () => {
    expect(new RegExp(`^${loose('27.4')}$`).test('2 7 . 4')).toBe(true);
    expect(new RegExp(`^${loose('27.4')}$`).test('27x4')).toBe(false);
    expect(escapeRegExp('a.b*c')).toBe('a\\.b\\*c');
  });
});

describe('amountShown: every usual writing of 27 450,00', () => {
  it.each([
    '27 450,00',
    '27450,00',
    '27.450,00',
    '27,450.00',
    '27450.00',
    "27'450.00",
    '27’450,00',
    '27\u202F450,00 €',
    '27\u00A0450,00\u00A0€',
    '€27,450.00',
    '€ 27 450,00',
    '27 450,00 EUR',
    'EUR 27450.00',
    'Total : 27 4\n50,00',
    'Total 27450,\n00 €',
    '27 450 €',
    '27450 EUR',
    '27 450 euros',
    '€ 27 450',
    'Qté 1 27 450,00',
    '(27 450,00)',
  ])('%j', (text) => {
    expect(shows(`Montant HT ${text} TTC`, 27450)).toBe(true);
  });

  it.each([
    ['another amount', '27 451,00'],
    ['the end of a larger number', '127 450,00'],
    ['the end of a larger number with a dot', '1.27450,00'],
    ['the start of a longer number', '27 450,001'],
    ['followed by more decimals after a separator', '27450,00.5'],
    ['a whole amount without its currency (a reference, a quantity)', 'réf. 27450'],
    ['a whole amount followed by digits', '€ 27 450,5'],
    ['nothing', ''],
  ])('not %s: %j', (_, text) => {
    expect(shows(`Montant ${text} fin`, 27450)).toBe(false);
  });

  it('reads small amounts, cents and a three-digit first group', () => {
    expect(shows('Total 0,50 €', 0.5)).toBe(true);
    expect(shows('Total 12,34', 12.34)).toBe(true);
    expect(shows('Total 450,00', 450)).toBe(true);
    expect(shows('Total 1 234 567,89', 1234567.89)).toBe(true);
    expect(shows('Total 1.234.567,89', 1234567.89)).toBe(true);
    expect(shows('Total 1,234,567.89', 1234567.89)).toBe(true);
    // `1 450,00` may be one thousand four hundred and fifty: it does not show 450,00.
    expect(shows('Qté 1 450,00', 450)).toBe(false);
    expect(shows('Total 12,34', 12.35)).toBe(false);
  });

  it('never matches an amount that is not a positive number of cents', () => {
    expect(shows('0,00', 0)).toBe(false);
    expect(shows('NaN', Number.NaN)).toBe(false);
    expect(shows('-5,00', -5)).toBe(false);
  });
});

describe('dateShown: every usual writing of 15/03/2024', () => {
  it.each(['15/03/2024', '15.03.2024', '15-03-2024', '15 / 03 / 2024', '15/3/2024', '15/03/24', '2024-03-15', '15 mars 2024', '15 MARS 2024', '15 Mars. 2024', '1 5/03/20 24'])(
    '%j',
    (text) => {
      expect(dateShown(foldText(`Facture du ${text}.`), '15/03/2024')).toBe(true);
    },
  );

  it.each(['16/03/2024', '15/04/2024', '15/03/2023', '115/03/2024', '15/03/20245', '15 avril 2024', ''])('not %j', (text) => {
    expect(dateShown(foldText(`Facture du ${text} fin`), '15/03/2024')).toBe(false);
  });

  it('reads the first of the month, leading zeros, every month name, accents or not', () => {
    expect(dateShown(foldText('le 1er mars 2024'), '01/03/2024')).toBe(true);
    expect(dateShown(foldText('le premier mars 2024'), '01/03/2024')).toBe(true);
    expect(dateShown(foldText('le 1/3/2024'), '01/03/2024')).toBe(true);
    expect(dateShown(foldText('le 01 mars 2024'), '01/03/2024')).toBe(true);
    const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
    for (const [i, name] of months.entries()) {
      expect(dateShown(foldText(`le 20 ${name} 2023`), `20/${String(i + 1).padStart(2, '0')}/2023`)).toBe(true);
    }
    expect(dateShown(foldText('le 20 fevr. 2023'), '20/02/2023')).toBe(true);
    expect(dateShown(foldText('le 20 dec 2023'), '20/12/2023')).toBe(true);
  });

  it('has no pattern for a date not written JJ/MM/AAAA or out of the calendar', () => {
    expect(datePattern('2024-03-15')).toBeUndefined();
    expect(datePattern('15/13/2024')).toBeUndefined();
    expect(datePattern('00/03/2024')).toBeUndefined();
    expect(datePattern('32/03/2024')).toBeUndefined();
    expect(dateShown('15/13/2024', '15/13/2024')).toBe(false);
  });
});

describe('finessShown', () => {
  it.each(['750000010', '750 000 010', '75 000 0010', 'FINESS:750000010', 'n°750000010.'])('%j', (text) => {
    expect(finessShown(foldText(`site ${text} fin`), '750000010')).toBe(true);
  });

  it('reads Corsican numbers in any case', () => {
    expect(finessShown(foldText('FINESS 2A0000014'), '2A0000014')).toBe(true);
  });

  it.each(['750000011', '1750000010', '7500000100', ''])('not %j', (text) => {
    expect(finessShown(foldText(`site ${text} fin`), '750000010')).toBe(false);
  });

  it('finds nothing for an empty FINESS', () => {
    expect(finessShown('750000010', '')).toBe(false);
  });
});
