import { describe, expect, it, vi } from 'vitest';
import { SoldeFileBuilder, SoldeValidationError } from '../../src/index.js';
import { makeIssue } from '../../src/issues/make-issue.js';
import { DEPOSIT, HEADER, validDemande } from './demande-fixtures.js';

// The serializer refuses what the validator passed only if the two ever disagree; these
// tests prove that such a refusal still comes out as issues pointing at the demand, and
// that a bug (any other exception) is not swallowed.
const refusal = vi.hoisted(() => ({ kind: 'issues' }));
vi.mock('../../src/serialize/serialize-file.js', () => ({
  serializeSoldeFile: (): string => {
    if (refusal.kind === 'bug') throw new TypeError('bug');
    throw new SoldeValidationError([makeIssue('AMOUNT_DECIMALS', ['lignesImport', 0, 'facture', 'montantSegurHTFacture'], { key: 'montantSegurHTFacture', value: '1' })]);
  },
}));

describe('SoldeFileBuilder when the serializer refuses', () => {
  it('reports the serializer’s issues, pointing at the demand, and toJSON throws', () => {
    refusal.kind = 'issues';
    const builder = new SoldeFileBuilder(HEADER).addDemande(validDemande(1));
    const report = builder.validate({ depositDate: DEPOSIT });
    expect(report.ok).toBe(false);
    expect(report.issues).toMatchObject([{ code: 'AMOUNT_DECIMALS', demande: { index: 0, numeroEditeur: '00001' } }]);
    expect(() => builder.toJSON({ depositDate: DEPOSIT })).toThrow(SoldeValidationError);
  });

  it('lets any other exception through', () => {
    refusal.kind = 'bug';
    expect(() => new SoldeFileBuilder(HEADER).addDemande(validDemande(1)).validate({ depositDate: DEPOSIT })).toThrow(TypeError);
  });
});
