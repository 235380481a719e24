import { describe, expect, it } from 'vitest';
import {
  ALL_ISSUE_CODES,
  formatPath,
  issueMessage,
  localizeIssues,
  messagesEn,
  messagesFr,
  SoldeValidationError,
  validateSoldeFile,
  type IssueParams,
} from '../../src/index.js';
import { RECIPES, VALID_TEXT } from '../fixtures/recipes.js';
import { DEPOSIT } from '../helpers/valid-file.js';

const FULL: IssueParams = { key: 'K', value: 'V', expected: 'E', limit: 7, count: 9, other: 2, detail: 'D', line: 3, column: 4 };

describe('message tables', () => {
  it('have a French and an English message for every code, and no other', () => {
    expect(Object.keys(messagesFr).sort()).toEqual([...ALL_ISSUE_CODES].sort());
    expect(Object.keys(messagesEn).sort()).toEqual([...ALL_ISSUE_CODES].sort());
  });

  it.each(ALL_ISSUE_CODES)('%s: both messages are written, differ, and work without params', (code) => {
    const fr = issueMessage(code, FULL, 'fr');
    const en = issueMessage(code, FULL, 'en');
    expect(fr.length).toBeGreaterThan(15);
    expect(en.length).toBeGreaterThan(15);
    expect(fr).not.toBe(en);
    expect(fr).not.toMatch(/undefined|\[object/);
    expect(issueMessage(code)).not.toMatch(/undefined|\[object/);
    expect(issueMessage(code, {}, 'en')).not.toMatch(/undefined|\[object/);
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
