import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { SoldeFileSchema } from '../../src/schema/layout.js';
import { findingsFromZod, isFieldRuleIssue } from '../../src/validate/zod-findings.js';
import { validFile } from '../helpers/valid-file.js';
import { param } from '../helpers/issue-params.js';

/** A Zod issue written by hand: of a kind a field's checks do not raise (a bound on numeroAns), or as Zod raises it. */
const issue = (fields: Record<string, unknown>) => fields as unknown as z.core.$ZodIssue;

describe('findingsFromZod maps every Zod issue to one of our codes', () => {
  it('an issue of another kind becomes TYPE_INVALID at its path', () => {
    const root = { numeroAns: 'ANS00000012345' };
    expect(findingsFromZod([issue({ code: 'too_big', path: ['numeroAns'], maximum: 10, origin: 'string', message: 'x' })], root)).toEqual([
      { code: 'TYPE_INVALID', path: ['numeroAns'], params: { key: 'numeroAns', value: 'ANS00000012345' } },
    ]);
  });

  it('a wrong value of a field that is not a closed list becomes TYPE_INVALID', () => {
    expect(findingsFromZod([issue({ code: 'invalid_value', path: ['impId'], values: [null], message: 'x' })], { impId: 'x' })).toEqual([
      { code: 'TYPE_INVALID', path: ['impId'], params: { key: 'impId', value: 'x' } },
    ]);
  });

  it('"null" where a string is expected is named NULL_AS_STRING', () => {
    expect(findingsFromZod([issue({ code: 'invalid_type', path: ['numeroAns'], expected: 'string', message: 'x' })], { numeroAns: 'null' })).toEqual([
      { code: 'NULL_AS_STRING', path: ['numeroAns'], params: { key: 'numeroAns', value: 'null' } },
    ]);
  });

  it('names each field check’s issue with the field’s code, the length of a too long text with it', () => {
    const file = validFile(1) as unknown as { lignesImport: Record<string, Record<string, unknown>>[] };
    const line = file.lignesImport[0] as Record<string, Record<string, unknown>>;
    (line.facture as Record<string, unknown>).dateFacture = '31/02/2024';
    (line.scenarioInstallation as Record<string, unknown>).adresseBoiteMSSCitoyen = 'x'.repeat(150);
    (line as Record<string, unknown>).numLigne = 1.5;
    const issues = SoldeFileSchema.safeParse(file).error?.issues ?? [];
    expect(issues.every(isFieldRuleIssue)).toBe(true);
    expect(findingsFromZod(issues, file).map((f) => [f.code, f.path.at(-1), param(f, 'count')])).toEqual([
      ['LINE_NUMBER_INVALID', 'numLigne', undefined],
      ['DATE_INVALID', 'dateFacture', undefined],
      ['MSS_ADDRESS_TOO_LONG', 'adresseBoiteMSSCitoyen', 150],
      ['MSS_ADDRESS_INVALID', 'adresseBoiteMSSCitoyen', undefined],
    ]);
  });

  it('leaves the text "null" where null is allowed to the request rules, and a type issue is no field rule', () => {
    const root = { adresseBoiteMSSPro: 'null' };
    const format = issue({ code: 'invalid_format', format: 'regex', path: ['adresseBoiteMSSPro'], message: 'x' });
    expect(findingsFromZod([format], root)).toEqual([]);
    expect(isFieldRuleIssue(format)).toBe(true);
    expect(isFieldRuleIssue(issue({ code: 'invalid_type', expected: 'string', path: ['x'], message: 'x' }))).toBe(false);
  });
});
