import { describe, expect, it } from 'vitest';
import {
  ALL_ISSUE_CODES,
  formatPath,
  issueMessage,
  localizeIssues,
  LOCALES,
  SoldeValidationError,
  validateSoldeFile,
} from '../../src/index.js';
import { RECIPES, VALID_TEXT } from '../fixtures/recipes.js';
import { DEPOSIT } from '../helpers/valid-file.js';

describe('message tables', () => {
  it('have a French and an English message for every code, and no other', () => {
    expect(Object.keys(LOCALES.fr.issues).sort()).toEqual([...ALL_ISSUE_CODES].sort());
    expect(Object.keys(LOCALES.en.issues).sort()).toEqual([...ALL_ISSUE_CODES].sort());
  });

  it('validation speaks French by default and English on request', () => {
    const text = RECIPES.find((r) => r.code === 'SIRET_KEY')?.make(VALID_TEXT) ?? '';
    const fr = validateSoldeFile(text, { depositDate: DEPOSIT }).issues[0];
    const en = validateSoldeFile(text, { depositDate: DEPOSIT, locale: 'en' }).issues[0];
    expect(fr?.message).toMatch(/clé de contrôle/);
    expect(en?.message).toMatch(/check digit/);
    expect(localizeIssues(fr ? [fr] : [], 'en')[0]?.message).toBe(en?.message);
  });

  it('formats paths for people', () => {
    expect(formatPath(['lignesImport', 0, 'facture', 'dateFacture'])).toBe('lignesImport[0].facture.dateFacture');
    expect(formatPath([])).toBe('(racine)');
  });

  it('SoldeValidationError carries the issues and sums them up', () => {
    const issues = validateSoldeFile('{}', { depositDate: DEPOSIT }).issues;
    const err = new SoldeValidationError(issues);
    expect(err.issues).toBe(issues);
    expect(err.name).toBe('SoldeValidationError');
    expect(err.message).toMatch(/^4 erreur\(s\) : impId: .* \(\+1\)$/);
    const english = new SoldeValidationError(localizeIssues(issues, 'en'), { locale: 'en' });
    expect(english.message).toMatch(/^4 error\(s\): impId: .*; .* \(\+1\)$/);
    expect(english.message).not.toMatch(/erreur|racine| : /);
    expect(new SoldeValidationError(issues, 'custom').message).toBe('custom');
  });
});

describe('size limits in messages', () => {
  it('say the limit given, in megabytes too when it is one', () => {
    expect(issueMessage('ZIP_TOO_LARGE', { count: 250_000_000, limit: 200_000_000 })).toContain('200000000 octets (200 Mo)');
    expect(issueMessage('ZIP_PIECE_TOO_LARGE', { value: 'a.pdf', count: 3_000_001, limit: 2_500_000 }, 'en')).toContain('2500000 bytes (2.5 MB)');
    expect(issueMessage('ZIP_PIECE_TOO_LARGE', { value: 'a.pdf', limit: 2_500_000 })).toContain('2500000 octets (2,5 Mo)');
    expect(issueMessage('ZIP_PIECE_TOO_LARGE', { value: 'a.pdf', limit: 1000 })).not.toContain('Mo');
    expect(issueMessage('ZIP_PIECE_TOO_LARGE', { value: 'a.pdf', limit: 99_999 }, 'en')).not.toContain('MB');
    expect(issueMessage('ZIP_PIECE_TOO_LARGE', { value: 'a.pdf', limit: 100_000 }, 'en')).toContain('(0.1 MB)');
    expect(issueMessage('ZIP_PIECE_TOO_LARGE', { value: 'a.pdf', limit: 100_000 })).toContain('(0,1 Mo)');
  });
});

describe('formatPath', () => {
  it('names the file itself in the locale asked for', () => {
    expect(formatPath([])).toBe('(racine)');
    expect(formatPath([], 'en')).toBe('(root)');
    expect(formatPath(['lignesImport', 3, 'facture'], 'en')).toBe('lignesImport[3].facture');
  });
});
