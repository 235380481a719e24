import { describe, expect, it } from 'vitest';
import { ALL_ISSUE_CODES, ISSUE_CODES, issueMessage, type IssueCode, SoldeUsageError, SoldeValidationError, type Issue } from '../../src/index.js';
import { buildReport, displayValue, makeIssue, summarize } from '../../src/issues/make-issue.js';
import { SAMPLE_PARAMS } from '../../scripts/issue-samples.js';

describe('displayValue', () => {
  it('writes undefined as such and JSON for the rest', () => {
    expect(displayValue(undefined)).toBe('undefined');
    expect(displayValue({ a: [1] })).toBe('{"a":[1]}');
    expect(displayValue(() => 1)).toBe('function');
    expect(displayValue(10n)).toBe('[object BigInt]');
  });

  it('shortens past 80 characters with an ellipsis, to 80 in all', () => {
    expect(displayValue('x'.repeat(80))).toBe('x'.repeat(80));
    expect(displayValue('x'.repeat(81))).toBe(`${'x'.repeat(79)}…`);
    expect(displayValue('abcdef', 4)).toBe('abc…');
  });
});

/** An issue of a code at a path, its severity and scope from the code (its parameters do not count here). */
const at = (code: IssueCode, path: (string | number)[]): Issue => ({ code, severity: ISSUE_CODES[code].severity, scope: ISSUE_CODES[code].scope, path, message: code, params: {} }) as Issue;

describe('summarize', () => {
  it('lists the rejected requests once each, in numeric order, from request errors only', () => {
    const issues = [
      at('DATE_INVALID', ['lignesImport', 10, 'facture', 'dateFacture']),
      at('DATE_INVALID', ['lignesImport', 2, 'facture', 'dateFacture']),
      at('NUMERO_ASP_FORMAT', ['lignesImport', 2, 'numeroASP']),
      at('FINESS_KEY', ['lignesImport', 3, 'beneficiaires', 0]),
      at('ZIP_PIECE_MISSING', ['lignesImport', 4]),
      at('DATE_INVALID', ['autre', 5]),
      at('DATE_INVALID', ['lignesImport', 'x']),
    ];
    expect(summarize(issues, 11)).toEqual({ requestCount: 11, fileRefused: false, rejectedRequests: [2, 10], zipRefused: false, incompleteRequests: [4] });
  });

  it('tells an incomplete request (its piece missing or refused in the zip) from a refused zip', () => {
    const piece = (code: Parameters<typeof makeIssue>[0], index: number): Issue => at(code, ['lignesImport', index, 'piecesJustificatives', 0]);
    const incomplete = summarize([piece('ZIP_PIECE_MISSING', 3), piece('ZIP_PIECE_TOO_LARGE', 1), piece('ZIP_PIECE_EMPTY', 3)], 5);
    expect(incomplete).toMatchObject({ zipRefused: false, incompleteRequests: [1, 3], rejectedRequests: [], fileRefused: false });
    expect(summarize([at('ZIP_TOO_LARGE', ['zip'])], 1)).toMatchObject({ zipRefused: true, incompleteRequests: [] });
    expect(summarize([at('ZIP_PIECE_NOT_NAMED', ['zip', 'autre.pdf'])], 1).zipRefused).toBe(true);
    expect(summarize([at('ZIP_PIECE_MISSING', ['lignesImport', 'x'])], 1)).toMatchObject({ zipRefused: true, incompleteRequests: [] });
  });

  it('tells a refused file by an error of file scope, not by a warning', () => {
    expect(summarize([at('BOM_PRESENT', [])], 1).fileRefused).toBe(false);
    expect(summarize([at('SIRET_KEY', ['SIRET'])], 1).fileRefused).toBe(true);
  });
});

describe('buildReport', () => {
  it('puts errors before warnings, keeps file order within each, and leaves file out when there is none', () => {
    const w = at('FINESS_KEY', ['lignesImport', 0, 'beneficiaires', 0]);
    const e1 = at('DATE_INVALID', ['lignesImport', 1, 'facture', 'dateFacture']);
    const e2 = at('SIRET_KEY', ['SIRET']);
    const report = buildReport([w, e1, e2], 2);
    expect(report.issues).toEqual([e1, e2, w]);
    expect(report.ok).toBe(false);
    expect('file' in report).toBe(false);
    expect(buildReport([w], 1, { any: 1 })).toMatchObject({ ok: true, file: { any: 1 } });
  });
});

describe('the errors', () => {
  const errors = ['DATE_INVALID', 'SIRET_KEY', 'LINES_EMPTY', 'IMPID_NOT_NULL', 'KEY_MISSING'] as const;
  const issues = errors.map((code) => at(code, ['x']));

  it('SoldeValidationError counts the errors only and shows the first three', () => {
    const err = new SoldeValidationError([at('FINESS_KEY', ['w']), ...issues]);
    expect(err.message).toBe(`5 erreur(s) : ${issues.slice(0, 3).map((i) => `x: ${i.message}`).join(' ; ')} (+2)`);
    expect(new SoldeValidationError(issues.slice(0, 3)).message).toBe(`3 erreur(s) : ${issues.slice(0, 3).map((i) => `x: ${i.message}`).join(' ; ')}`);
    expect(new SoldeValidationError(issues.slice(0, 4)).message).toMatch(/ \(\+1\)$/);
  });

  it('SoldeUsageError has its name and code', () => {
    const err = new SoldeUsageError('LINE_CAP', 'trop');
    expect(err).toBeInstanceOf(Error);
    expect([err.name, err.code, err.message]).toEqual(['SoldeUsageError', 'LINE_CAP', 'trop']);
  });
});

describe('the messages', () => {
  it('are the catalogue below, in both languages, each written from its code’s sample parameters', () => {
    const catalogue = Object.fromEntries(ALL_ISSUE_CODES.map((code) => [code, [issueMessage(code, SAMPLE_PARAMS[code], 'fr'), issueMessage(code, SAMPLE_PARAMS[code], 'en')]]));
    expect(catalogue).toMatchSnapshot();
  });
});
