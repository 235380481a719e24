import { describe, expect, it } from 'vitest';
import { readAmount, readPurchaseOrder } from '../../src/builder/read-amount.js';
import { SoldeFileBuilder, type DemandeInput } from '../../src/index.js';
import { codesAt, DEPOSIT, HEADER, validDemande } from './demande-fixtures.js';
import { param } from '../helpers/issue-params.js';

function written(overrides: Partial<DemandeInput>): string {
  const json = new SoldeFileBuilder(HEADER).addDemande(validDemande(1, overrides)).toJSON({ depositDate: DEPOSIT });
  return /"montantSegurHTFacture": ([^\n]+)/.exec(json)?.[1] ?? '';
}

function report(overrides: Partial<DemandeInput>) {
  return new SoldeFileBuilder(HEADER).addDemande(validDemande(1, overrides)).validate({ depositDate: DEPOSIT });
}

describe('amounts given as numbers', () => {
  it.each([
    [27450, '27450.00'],
    [27450.5, '27450.50'],
    [27450.25, '27450.25'],
    [0.01, '0.01'],
    [0.1 + 0.2, '0.30'],
    [1.1 + 2.2, '3.30'],
    [27450.1 + 1e-10, '27450.10'],
    [99_999_999_999.99, '99999999999.99'],
  ])('%s is written %s', (given, expected) => {
    expect(written({ montantSegurHTFacture: given })).toBe(expected);
  });

  it.each([27450.005, 10.123, 0.001, 1 + 2e-9])('%s has a third decimal: AMOUNT_DECIMALS, never rounded', (given) => {
    const r = report({ montantSegurHTFacture: given });
    expect(codesAt(r.issues)).toEqual(['AMOUNT_DECIMALS lignesImport.0.facture.montantSegurHTFacture']);
    expect(r.issues[0]?.message).toContain(`« ${String(given)} »`);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('%s is TYPE_INVALID naming it', (given) => {
    const r = report({ montantSegurHTFacture: given });
    expect(codesAt(r.issues)).toEqual(['TYPE_INVALID lignesImport.0.facture.montantSegurHTFacture']);
    expect(r.issues[0]?.message).toContain(String(given));
  });

  it('zero and negative amounts are read as such and reported by the validator', () => {
    expect(codesAt(report({ montantSegurHTFacture: 0 }).issues)).toEqual(['AMOUNT_NOT_POSITIVE lignesImport.0.facture.montantSegurHTFacture']);
    expect(codesAt(report({ montantSegurHTFacture: '-12,50' }).issues)).toEqual(['AMOUNT_NOT_POSITIVE lignesImport.0.facture.montantSegurHTFacture']);
    expect(codesAt(report({ montantSegurHTFacture: '-0' }).issues)).toEqual(['AMOUNT_NOT_POSITIVE lignesImport.0.facture.montantSegurHTFacture']);
  });
});

describe('amounts given as decimal text', () => {
  it.each([
    ['27450', '27450.00'],
    ['27450.5', '27450.50'],
    ['27450,5', '27450.50'],
    ['27 450,00', '27450.00'],
    ['27\u00A0450,00', '27450.00'],
    ['27\u202F450,00', '27450.00'],
    ['1 234 567.89', '1234567.89'],
    ['  27450.00 ', '27450.00'],
    ['0,01', '0.01'],
  ])('%j is written %s', (given, expected) => {
    expect(written({ montantSegurHTFacture: given })).toBe(expected);
  });

  it.each(['27450.005', '27,450', '27.450', '27450.500'])('%j has more than two decimals: AMOUNT_DECIMALS (never guessed)', (given) => {
    const r = report({ montantSegurHTFacture: given });
    expect(codesAt(r.issues)).toEqual(['AMOUNT_DECIMALS lignesImport.0.facture.montantSegurHTFacture']);
    expect(param(r.issues[0], 'value')).toBe(given);
  });

  it.each(['douze euros', '', '27 450 €', '2 7450', '27.450,00', '1e3', '27450.', ',50'])(
    '%j cannot be read: TYPE_INVALID naming the value',
    (given) => {
      const r = report({ montantSegurHTFacture: given });
      expect(codesAt(r.issues)).toEqual(['TYPE_INVALID lignesImport.0.facture.montantSegurHTFacture']);
      expect(r.issues[0]?.message).toContain(`« ${given} »`);
    },
  );

  it('a value of another type is TYPE_INVALID', () => {
    expect(codesAt(report({ montantSegurHTFacture: true as never }).issues)).toEqual(['TYPE_INVALID lignesImport.0.facture.montantSegurHTFacture']);
  });

  it('an amount left out is reported missing', () => {
    expect(codesAt(report({ montantSegurHTFacture: undefined }).issues)).toEqual(['KEY_MISSING lignesImport.0.facture.montantSegurHTFacture']);
  });
});

describe('the purchase-order amount (montantBonDeCommande)', () => {
  it('is never written', () => {
    const json = new SoldeFileBuilder(HEADER).addDemande(validDemande(1, { montantBonDeCommande: 30000 })).toJSON({ depositDate: DEPOSIT });
    expect(json).not.toContain('BonDeCommande');
    expect(json).not.toContain('30000');
  });

  it.each([27450, '27 450,00', 27450.001, '27450.01', 30000])('an invoice of 27450 is accepted under a purchase order of %j', (order) => {
    expect(report({ montantBonDeCommande: order }).ok).toBe(true);
  });

  it.each([
    [27449.99, '27449.99'],
    ['27 449,99', '27449.99'],
    [27449.995, '27449.995'],
  ])('an invoice of 27450 over a purchase order of %j: AMOUNT_OVER_PURCHASE_ORDER', (order, shown) => {
    const r = report({ montantBonDeCommande: order });
    expect(codesAt(r.issues)).toEqual(['AMOUNT_OVER_PURCHASE_ORDER lignesImport.0.facture.montantSegurHTFacture']);
    expect(r.issues[0]?.params).toMatchObject({ value: '27450.00', expected: shown });
    expect(r.issues[0]?.demande).toEqual({ index: 0, numeroEditeur: '00001' });
  });

  it('compares after float noise is read as the cent', () => {
    expect(report({ montantSegurHTFacture: 0.1 + 0.2, montantBonDeCommande: 0.3 }).ok).toBe(true);
  });

  it.each(['beaucoup', Number.NaN, null])('an unreadable purchase order %j is TYPE_INVALID at montantBonDeCommande', (order) => {
    const r = report({ montantBonDeCommande: order as never });
    expect(codesAt(r.issues)).toEqual(['TYPE_INVALID lignesImport.0.facture.montantBonDeCommande']);
  });

  it('is not compared when the invoice amount itself is faulty', () => {
    expect(codesAt(report({ montantSegurHTFacture: 'x', montantBonDeCommande: 1 }).issues)).toEqual(['TYPE_INVALID lignesImport.0.facture.montantSegurHTFacture']);
  });
});

describe('readAmount and readPurchaseOrder', () => {
  it('read exactly', () => {
    expect(readAmount('27 450,00')).toEqual({ ok: true, value: 27450 });
    expect(readAmount('-3,5')).toEqual({ ok: true, value: -3.5 });
    expect(readAmount(0.1 + 0.2)).toEqual({ ok: true, value: 0.3 });
    expect(readAmount(10.005)).toEqual({ ok: false, code: 'AMOUNT_DECIMALS', value: '10.005' });
    expect(readPurchaseOrder('27 450,005')).toEqual({ ok: true, value: 27450.005 });
    expect(readPurchaseOrder('-1')).toEqual({ ok: true, value: -1 });
    expect(readPurchaseOrder('12')).toEqual({ ok: true, value: 12 });
    expect(readPurchaseOrder(`9${'9'.repeat(400)}`)).toMatchObject({ ok: false, code: 'TYPE_INVALID' });
    expect(readPurchaseOrder({})).toMatchObject({ ok: false, code: 'TYPE_INVALID', value: '{}' });
  });
});

describe('amounts of more than 13 digits before the point (FORMAT.md §3): refused, never changed', () => {
  it.each(['99999999999999.99', '12345678901234', '12 345 678 901 234,56', '99999999999999999999', '-10000000000000.00'])(
    'the text %j is AMOUNT_TOO_LARGE naming it',
    (given) => {
      const r = report({ montantSegurHTFacture: given });
      expect(codesAt(r.issues)).toEqual(['AMOUNT_TOO_LARGE lignesImport.0.facture.montantSegurHTFacture']);
      expect(r.issues[0]?.message).toContain(`« ${given} »`);
    },
  );

  it.each([1e13, 99_999_999_999_999.98, 1e21, -1e15])('the number %s is AMOUNT_TOO_LARGE', (given) => {
    expect(codesAt(report({ montantSegurHTFacture: given }).issues)).toEqual(['AMOUNT_TOO_LARGE lignesImport.0.facture.montantSegurHTFacture']);
  });

  it('reads 13 digits before the point exactly, leading zeros aside', () => {
    expect(readAmount('9999999999999.99')).toEqual({ ok: true, value: 9_999_999_999_999.99 });
    expect(readAmount('00000000000000012.50')).toEqual({ ok: true, value: 12.5 });
    expect(written({ montantSegurHTFacture: '9 999 999 999 999,99' })).toBe('9999999999999.99');
  });

  it('never shifts a random text amount by a cent: 13 digits written back exactly, 14 refused (20 000 draws each)', () => {
    // A fixed linear congruential generator: the same draws on every run.
    let seed = 12345;
    const digit = (): string => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String(seed % 10);
    };
    const amount = (wholeDigits: number): string => {
      let whole = String(1 + (Number(digit()) % 9));
      for (let i = 1; i < wholeDigits; i++) whole += digit();
      return `${whole}.${digit()}${digit()}`;
    };
    for (let n = 0; n < 20_000; n++) {
      const thirteen = amount(13);
      const read13 = readAmount(thirteen);
      expect(read13.ok && read13.value.toFixed(2)).toBe(thirteen);
      expect(readAmount(amount(14))).toMatchObject({ ok: false, code: 'AMOUNT_TOO_LARGE' });
    }
  });
});
