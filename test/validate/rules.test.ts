import { describe, expect, it } from 'vitest';
import { ALL_ISSUE_CODES, ISSUE_CODES, validateSoldeFile } from '../../src/index.js';
import { fixtureText } from '../fixtures/files.js';
import { RECIPES, VALID_TEXT } from '../fixtures/recipes.js';
import { DEPOSIT } from '../helpers/valid-file.js';

const read = fixtureText;

describe('the valid fixture', () => {
  it('is what the recipes start from, and raises no issue at all', () => {
    const text = read('valid/two-requests.json');
    expect(text).toBe(VALID_TEXT);
    const report = validateSoldeFile(text, { depositDate: DEPOSIT });
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.summary).toEqual({ requestCount: 2, fileRefused: false, rejectedRequests: [], zipRefused: false, incompleteRequests: [] });
  });
});

describe('one invalid fixture per rule', () => {
  it.each(RECIPES.map((r) => [r.code, r] as const))('%s', (code, recipe) => {
    const text = read(`invalid/${code}.json`);
    expect(text).toBe(recipe.make(VALID_TEXT));
    const report = validateSoldeFile(text, { depositDate: DEPOSIT, ...recipe.options });
    const hit = report.issues.find((i) => i.code === code);
    expect(hit, JSON.stringify(report.issues.map((i) => [i.code, i.path]))).toBeDefined();
    expect(hit?.path).toEqual(recipe.path);
    const info = ISSUE_CODES[code as keyof typeof ISSUE_CODES];
    expect(hit?.severity).toBe(info.severity);
    expect(hit?.scope).toBe(info.scope);
    if (info.severity === 'error') expect(report.ok).toBe(false);
  });

  it('warnings alone leave the file valid', () => {
    for (const recipe of RECIPES.filter((r) => ISSUE_CODES[r.code as keyof typeof ISSUE_CODES].severity === 'warning')) {
      const report = validateSoldeFile(recipe.make(VALID_TEXT), { depositDate: DEPOSIT });
      expect(report.issues.map((i) => i.code)).toEqual([recipe.code]);
      expect(report.ok).toBe(true);
    }
  });

  it('covers every code of the JSON (the zip, content, builder and hostile-value codes are tested with their own inputs)', () => {
    const elsewhere = new Set(['INPUT_UNREADABLE', 'AMOUNT_OVER_PURCHASE_ORDER', 'ISSUES_REPEATED', 'LIST_ITEM_UNCHECKED']);
    const expected = ALL_ISSUE_CODES.filter((c) => !c.startsWith('ZIP_') && !c.startsWith('CONTENT_') && !elsewhere.has(c));
    expect(RECIPES.map((r) => r.code).sort()).toEqual([...expected].sort());
  });
});
