import { describe, expect, it } from 'vitest';
import { DEMANDE_KEYS, FILLED_WHEN_LEFT_OUT } from '../../src/builder/wire-placement.js';

describe('the fields a demand may leave out', () => {
  it('are derived from the schemas: null where null is allowed, the only value of a literal', () => {
    expect(Object.fromEntries(FILLED_WHEN_LEFT_OUT)).toEqual({
      typeAction: 'C',
      lienCompteRendu: null,
      identDMP: null,
      adresseBoiteMSSPro: null,
      adresseBoiteMSSCitoyen: null,
      codeTraitement: null,
      libelleTraitement: null,
    });
    expect([...FILLED_WHEN_LEFT_OUT.keys()].every((key) => DEMANDE_KEYS.includes(key))).toBe(true);
  });
});
