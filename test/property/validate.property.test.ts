import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeSoldeFile, validateSoldeFile } from '../../src/index.js';
import { validFileArb } from '../helpers/arbitraries.js';

const DEPOSIT = new Date('2024-06-01T10:00:00Z');

describe('validateSoldeFile, whatever the input', () => {
  it('never throws on arbitrary strings, and always finds something wrong', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const report = validateSoldeFile(text, { depositDate: DEPOSIT });
        expect(report.ok).toBe(false);
        expect(report.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary JSON values, as text or as value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const fromValue = validateSoldeFile(value, { depositDate: DEPOSIT });
        const fromText = validateSoldeFile(JSON.stringify(value), { depositDate: DEPOSIT });
        expect(fromValue.ok).toBe(false);
        expect(fromText.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary JavaScript values', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withNullPrototype: true }), (value) => {
        expect(validateSoldeFile(value, { depositDate: DEPOSIT }).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('valid files', () => {
  it('serialise to text that validates and reads back equal', () => {
    fc.assert(
      fc.property(validFileArb(), (file) => {
        const text = serializeSoldeFile(file);
        const report = validateSoldeFile(text, { depositDate: DEPOSIT });
        expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(report.ok).toBe(true);
        expect(report.file).toEqual(file);
        expect(serializeSoldeFile(report.file ?? file)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
