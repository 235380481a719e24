import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, FIELD_COLUMNS, REQUIRED_COLUMNS } from '../../src/cli/csv/columns.js';
import { FIELD_ISSUE_CODES } from '../../src/schema/fields.js';
import { WIRE_KINDS } from '../../src/schema/layout.js';
import { ISSUE_CODES } from '../../src/index.js';

// Each rule, limit and field written once (issue 11): what is derived from the layout stays derived.
describe('a field is declared in one place', () => {
  it('maps Zod issues to codes only for keys of the layout, and only to codes that exist', () => {
    for (const [key, codes] of Object.entries(FIELD_ISSUE_CODES)) {
      expect(Object.keys(WIRE_KINDS)).toContain(key);
      for (const code of Object.values(codes)) expect(Object.keys(ISSUE_CODES)).toContain(code);
    }
  });

  it('gives every field of a request that the vendor fills a CSV column, in the layout order, read by the kinds of its values', () => {
    expect(CSV_COLUMNS.join(';')).toBe(
      'numeroASP;numeroEditeur;dateFacture;montantSegurHTFacture;montantBonDeCommande;beneficiaires;isDirectToDMP;identDMP;isDirectToMSSPro;adresseBoiteMSSPro;isDirectToMSSCitoyen;adresseBoiteMSSCitoyen;facture;va',
    );
    expect(REQUIRED_COLUMNS).toEqual(['numeroASP', 'numeroEditeur', 'dateFacture', 'montantSegurHTFacture', 'beneficiaires', 'isDirectToDMP', 'isDirectToMSSPro', 'isDirectToMSSCitoyen']);
    expect(Object.fromEntries(FIELD_COLUMNS.map((c) => [c.name, c.kind]))).toEqual({
      numeroASP: 'text',
      numeroEditeur: 'text',
      dateFacture: 'text',
      montantSegurHTFacture: 'amount',
      montantBonDeCommande: 'amount',
      beneficiaires: 'list',
      isDirectToDMP: 'yes-no',
      identDMP: 'list-or-null',
      isDirectToMSSPro: 'yes-no',
      adresseBoiteMSSPro: 'text-or-null',
      isDirectToMSSCitoyen: 'yes-no',
      adresseBoiteMSSCitoyen: 'text-or-null',
    });
    // Every field column but the purchase order (not on the wire) is a key of the layout.
    for (const { name } of FIELD_COLUMNS) if (name !== 'montantBonDeCommande') expect(Object.keys(WIRE_KINDS)).toContain(name);
  });
});
