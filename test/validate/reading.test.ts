import { describe, expect, it } from 'vitest';
import { serializeSoldeFile, validateSoldeFile } from '../../src/index.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { param } from '../helpers/issue-params.js';

const valid = serializeSoldeFile(validFile(1));
const codes = (input: unknown, options = {}): string[] => validateSoldeFile(input, { depositDate: DEPOSIT, ...options }).issues.map((i) => i.code);

describe('reading hostile or odd input never throws', () => {
  it.each([
    ['undefined', undefined, 'ROOT_NOT_OBJECT'],
    ['a number', 42, 'ROOT_NOT_OBJECT'],
    ['null', null, 'ROOT_NOT_OBJECT'],
    ['an array', [], 'ROOT_NOT_OBJECT'],
    ['a function', () => 1, 'ROOT_NOT_OBJECT'],
    ['a symbol', Symbol('x'), 'ROOT_NOT_OBJECT'],
    ['a bigint', 10n, 'ROOT_NOT_OBJECT'],
    ['an empty string', '', 'JSON_SYNTAX'],
    ['text that is not JSON', 'hello', 'JSON_SYNTAX'],
    ['a JSON string', '"x"', 'ROOT_NOT_OBJECT'],
  ])('%s', (_name, input, code) => {
    const report = validateSoldeFile(input, { depositDate: DEPOSIT });
    expect(report.ok).toBe(false);
    expect(report.issues[0]?.code).toBe(code);
    expect(report.summary.fileRefused).toBe(true);
    expect(report.file).toBeUndefined();
  });

  it('refuses a 50 MB text at once by its size, without parsing it', () => {
    const huge = `{"impId": null, "x": "${'a'.repeat(50_000_000)}"}`;
    const report = validateSoldeFile(huge);
    expect(report.issues.map((i) => i.code)).toEqual(['INPUT_TOO_LARGE']);
    expect(param(report.issues[0], 'limit')).toBe(20_000_000);
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const text = `{"x": "${'é'.repeat(600)}"}`; // 609 characters, 1209 bytes
    expect(codes(text, { maxBytes: 1000 })).toEqual(['INPUT_TOO_LARGE']);
    expect(codes(text, { maxBytes: 2000 })).not.toContain('INPUT_TOO_LARGE');
  });

  it('refuses deep nesting in text without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(codes(deep)).toEqual(['JSON_TOO_DEEP']);
  });

  it('refuses deep nesting in a parsed value', () => {
    let value: unknown = {};
    for (let i = 0; i < 10_000; i++) value = { impId: value };
    expect(codes(value)).toContain('JSON_TOO_DEEP');
  });

  it('reports a cycle in a parsed value', () => {
    const file = validFile(1) as unknown as Record<string, unknown>;
    file.self = file;
    const report = validateSoldeFile(file, { depositDate: DEPOSIT });
    expect(report.issues.find((i) => i.code === 'INPUT_UNREADABLE')?.path).toEqual(['self']);
  });

  it('reports a value whose getters throw', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(codes(hostile)).toEqual(['INPUT_UNREADABLE']);
  });

  it('refuses __proto__ keys in text and never pollutes a prototype', () => {
    const text = valid.replace('{', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},');
    const report = validateSoldeFile(text, { depositDate: DEPOSIT });
    expect(report.issues.filter((i) => i.code === 'JSON_FORBIDDEN_KEY').map((i) => i.path)).toEqual([['__proto__'], ['constructor'], ['constructor', 'prototype']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses __proto__ keys in a parsed value', () => {
    const value = JSON.parse(valid.replace('{', '{"__proto__": {"polluted": true},')) as unknown;
    const report = validateSoldeFile(value, { depositDate: DEPOSIT });
    expect(report.issues.map((i) => i.code)).toEqual(['JSON_FORBIDDEN_KEY']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts CRLF line ends', () => {
    expect(codes(valid.replaceAll('\n', '\r\n'))).toEqual([]);
  });

  it('warns on a BOM and still reads the file', () => {
    const report = validateSoldeFile(`\uFEFF${valid}`, { depositDate: DEPOSIT });
    expect(report.ok).toBe(true);
    expect(report.issues.map((i) => [i.code, i.severity])).toEqual([['BOM_PRESENT', 'warning']]);
    expect(report.file?.numeroAns).toBe('ANS0000001');
  });

  it('refuses a key given twice, even with the same value, and names it by path', () => {
    const same = valid.replace('"typeAction": "C",', '"typeAction": "C",\n"typeAction": "C",');
    const other = valid.replace('"typeAction": "C",', '"typeAction": "C",\n"typeAction": "X",');
    for (const text of [same, other]) {
      const issue = validateSoldeFile(text, { depositDate: DEPOSIT }).issues.find((i) => i.code === 'JSON_DUPLICATE_KEY');
      expect(issue?.path).toEqual(['lignesImport', 0, 'typeAction']);
    }
  });

  it('finds duplicate keys written with escapes', () => {
    expect(codes(valid.replace('"impId": null,', '"impId": null, "imp\\u0049d": null,'))).toContain('JSON_DUPLICATE_KEY');
  });

  it('locates a syntax error by line and column', () => {
    const text = valid.replace('"typeAction": "C",', '"typeAction": "C",,');
    const issue = validateSoldeFile(text).issues[0];
    expect(issue?.code).toBe('JSON_SYNTAX');
    expect(param(issue, 'line')).toBe(8);
    expect(issue?.message).toMatch(/ligne 8, colonne 25/);
  });

  it('does not modify the value it is given', () => {
    const value = validFile(1);
    const copy = structuredClone(value);
    validateSoldeFile(value, { depositDate: DEPOSIT });
    expect(value).toEqual(copy);
  });

  it('refuses an invalid depositDate option (a misuse, not data)', () => {
    expect(() => validateSoldeFile(valid, { depositDate: new Date('nope') })).toThrow(/depositDate/);
  });
});

describe('numbers as written', () => {
  it.each(['27450.00', '0.50', '1234567.89'])('accepts %s', (amount) => {
    expect(codes(valid.replace('27450.00', amount))).toEqual([]);
  });

  it.each(['27450', '27450.0', '27450.000', '2.745e4', '27450.001'])('refuses %s in text', (amount) => {
    expect(codes(valid.replace('27450.00', amount))).toContain('AMOUNT_DECIMALS');
  });

  it('accepts at most two decimals in a parsed value, refuses more', () => {
    const ok = validFile(1);
    ok.lignesImport[0]!.facture.montantSegurHTFacture = 27450.5;
    expect(codes(ok)).toEqual([]);
    const bad = validFile(1);
    bad.lignesImport[0]!.facture.montantSegurHTFacture = 0.1 + 0.2;
    expect(codes(bad)).toEqual(['AMOUNT_DECIMALS']);
  });

  it('refuses an amount that is not finite (Zod does not count it as a number)', () => {
    const bad = validFile(1);
    bad.lignesImport[0]!.facture.montantSegurHTFacture = Number.POSITIVE_INFINITY;
    expect(codes(bad)).toEqual(['TYPE_INVALID']);
  });

  it('refuses numLigne written with an exponent', () => {
    expect(codes(valid.replace('"numLigne": 1,', '"numLigne": 1e0,'))).toEqual(['LINE_NUMBER_INVALID']);
  });

  it('refuses an amount of more than 13 digits before the point, which a number cannot hold exactly (FORMAT.md §3)', () => {
    // 99999999999999.99 is read as 99999999999999.98: never accepted as if it were the amount given.
    expect(codes(valid.replace('27450.00', '99999999999999.99'))).toEqual(['AMOUNT_TOO_LARGE']);
    expect(codes(valid.replace('27450.00', '123456789012345678.00'))).toEqual(['AMOUNT_TOO_LARGE']);
    expect(codes(valid.replace('27450.00', '9999999999999.99'))).toEqual([]);
    const report = validateSoldeFile(valid.replace('27450.00', '12345678901234567.89'), { depositDate: DEPOSIT });
    expect(report.file).toBeUndefined();
    expect(report.summary.fileRefused).toBe(true);
  });
});

describe('the portal’s verdict', () => {
  it('tells a file refusal from request rejections', () => {
    const text = serializeSoldeFile(validFile(3)).replace('"FINBIO000002"', '"FINBIO2"').replace('"15/03/2024"', '"15-03-2024"');
    const report = validateSoldeFile(text, { depositDate: DEPOSIT });
    expect(report.summary).toEqual({ requestCount: 3, fileRefused: false, rejectedRequests: [0, 1], zipRefused: false, incompleteRequests: [] });
    expect(report.file?.lignesImport).toHaveLength(3);
  });

  it('reports every error of a request, not only the first', () => {
    const text = valid.replace('"FINBIO000001"', '"FINBIO1"').replace('"15/03/2024"', '"15-03-2024"').replace('"750000010"', '"75"');
    expect(codes(text)).toEqual(['NUMERO_ASP_FORMAT', 'DATE_FORMAT', 'FINESS_FORMAT']);
  });

  it('a structural error refuses the whole file', () => {
    const report = validateSoldeFile(valid.replace('"isDirectToDMP": true', '"isDirectToDMP": "true"'), { depositDate: DEPOSIT });
    expect(report.summary.fileRefused).toBe(true);
    expect(report.file).toBeUndefined();
  });

  it('lists errors before warnings', () => {
    const text = valid.replace('"750000010"', '"999999991"').replace('"FINBIO000001"', '"FINBIO1"');
    expect(codes(text)).toEqual(['NUMERO_ASP_FORMAT', 'FINESS_KEY']);
  });

  it('does not report a missing SIRET when it is written siret', () => {
    expect(codes(valid.replace('"SIRET"', '"siret"'))).toEqual(['KEY_WRONG_CASE']);
  });

  it('reports an unknown key whose case-insensitive twin is present', () => {
    expect(codes(valid.replace('"SIRET": "73282932000074",', '"SIRET": "73282932000074", "Siret": "1",'))).toEqual(['KEY_UNKNOWN']);
  });

  it('does not count the lines of a lignesImport that is not a list', () => {
    const report = validateSoldeFile(valid.replace(/"lignesImport": \[[\s\S]*\]\n}/, '"lignesImport": {}\n}'), { depositDate: DEPOSIT });
    expect(report.issues.map((i) => i.code)).toEqual(['TYPE_INVALID']);
  });

  it('names the mistakes of hand-made generators', () => {
    const text = valid.replace('"isDirectToMSSCitoyen": false', '"isDirectToMSSCitoyen": "False"').replace(/"identDMP": \[[^\]]*\]/, '"identDMP": "null"');
    const report = validateSoldeFile(text, { depositDate: DEPOSIT });
    expect(report.issues.map((i) => [i.code, i.path.at(-1)])).toEqual([
      ['NULL_AS_STRING', 'identDMP'],
      ['BOOLEAN_AS_STRING', 'isDirectToMSSCitoyen'],
    ]);
    expect(report.issues[1]?.message).toContain('false');
  });

  it('names "null" written for an MSS address that must be null', () => {
    const text = valid.replace('"adresseBoiteMSSCitoyen": null', '"adresseBoiteMSSCitoyen": "null"');
    expect(codes(text)).toEqual(['NULL_AS_STRING']);
  });

  it('reports an MSS box missing when "null" is written while the flag is true', () => {
    expect(codes(valid.replace('"labo@labo.mssante.fr"', '"null"'))).toEqual(['MSS_ADDRESS_MISSING']);
  });

  it('a number written for a string is a type error naming the JSON type', () => {
    const report = validateSoldeFile(valid.replace('"numeroEditeur": "00001"', '"numeroEditeur": 1'), { depositDate: DEPOSIT });
    expect(report.issues[0]).toMatchObject({ code: 'TYPE_INVALID', params: { expected: 'string' } });
  });

  it('a text that is not a number for a number field is a type error', () => {
    expect(codes(valid.replace('"numLigne": 1,', '"numLigne": "un",'))).toEqual(['TYPE_INVALID']);
  });
});
