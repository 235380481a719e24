import { describe, expect, it } from 'vitest';
import { serializeSoldeFile, validateSoldeFile } from '../../src/index.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';

const valid = serializeSoldeFile(validFile(2));

describe('validateSoldeFile on text', () => {
  it('drops a forbidden key (reported) and still reads the file’s structure', () => {
    const report = validateSoldeFile(valid.replace('{', '{\n  "__proto__": { "polluted": true },'), { depositDate: DEPOSIT });
    expect(report.issues.map((i) => i.code)).toEqual(['JSON_FORBIDDEN_KEY']);
    expect(report.file).toEqual(validFile(2));
    expect(Object.hasOwn(report.file ?? {}, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops a forbidden key whatever else the reading found', () => {
    const report = validateSoldeFile(`\uFEFF${valid.replace('{', '{\n  "__proto__": { "polluted": true },')}`, { depositDate: DEPOSIT });
    expect(report.issues.map((i) => i.code)).toEqual(['JSON_FORBIDDEN_KEY', 'BOM_PRESENT']);
    expect(report.file).toEqual(validFile(2));
  });

  it('judges a key given twice by its last value, as JSON parsers do', () => {
    const report = validateSoldeFile(valid.replace('"numeroAns": "ANS0000001",', '"numeroAns": "ANS0000001",\n  "numeroAns": "bad",'), { depositDate: DEPOSIT });
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['JSON_DUPLICATE_KEY', ['numeroAns']],
      ['NUMERO_ANS_FORMAT', ['numeroAns']],
    ]);
  });

  it('checks how each amount and line number is written, wherever it is', () => {
    const text = valid.replace('"montantSegurHTFacture": 27450.00', '"montantSegurHTFacture": 2.745e4').replace('"numLigne": 2,', '"numLigne": 2.0,');
    expect(validateSoldeFile(text, { depositDate: DEPOSIT }).issues.map((i) => [i.code, i.path])).toEqual([
      ['AMOUNT_DECIMALS', ['lignesImport', 0, 'facture', 'montantSegurHTFacture']],
      ['LINE_NUMBER_INVALID', ['lignesImport', 1, 'numLigne']],
    ]);
  });

  it('locates what the counting pass only counted: a badly written amount under an escaped key, a number given twice', () => {
    const escaped = valid.replace('"montantSegurHTFacture": 27450.00', '"montant\\u0053egurHTFacture": 27450');
    expect(validateSoldeFile(escaped, { depositDate: DEPOSIT }).issues.map((i) => [i.code, i.path])).toEqual([
      ['AMOUNT_DECIMALS', ['lignesImport', 0, 'facture', 'montantSegurHTFacture']],
    ]);
    const twice = valid.replace('"numLigne": 2,', '"numLigne": 2, "numLigne": 2.0,');
    expect(validateSoldeFile(twice, { depositDate: DEPOSIT }).issues.map((i) => [i.code, i.path])).toEqual([
      ['JSON_DUPLICATE_KEY', ['lignesImport', 1, 'numLigne']],
      ['LINE_NUMBER_INVALID', ['lignesImport', 1, 'numLigne']],
    ]);
    // The first of the two was well written: the value that counts is the last.
    const fixed = valid.replace('"numLigne": 2,', '"numLigne": 2.0, "numLigne": 2,');
    expect(validateSoldeFile(fixed, { depositDate: DEPOSIT }).issues.map((i) => i.code)).toEqual(['JSON_DUPLICATE_KEY']);
  });
});
