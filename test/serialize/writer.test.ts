import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeSoldeFile, SoldeValidationError, type SoldeFile } from '../../src/index.js';
import { formatAmount } from '../../src/checks/amount.js';
import { validFileArb } from '../helpers/arbitraries.js';
import { validFile } from '../helpers/valid-file.js';
import { param } from '../helpers/issue-params.js';

/** What the writer must give: JSON.stringify with two-space indentation, amounts with two decimals, a final LF. */
function expected(file: unknown): string {
  const amounts: string[] = [];
  const text = JSON.stringify(file, (key, value: unknown) => {
    if (key === 'montantSegurHTFacture' && typeof value === 'number') amounts.push(formatAmount(value) ?? '?');
    return value;
  }, 2);
  let i = 0;
  return `${text.replace(/("montantSegurHTFacture": )[^,\n]+/g, (_m, head: string) => `${head}${amounts[i++] ?? '?'}`)}\n`;
}

function thrown(fn: () => unknown): SoldeValidationError {
  try {
    fn();
  } catch (err) {
    if (err instanceof SoldeValidationError) return err;
    throw err;
  }
  throw new Error('did not throw');
}

const issuesOf = (fn: () => unknown): [string, (string | number)[]][] => thrown(fn).issues.map((i) => [i.code, i.path]);

describe('the writer of serializeSoldeFile', () => {
  it('writes what JSON.stringify writes with two-space indentation, amounts aside', () => {
    fc.assert(
      fc.property(validFileArb(), (file) => {
        expect(serializeSoldeFile(file)).toBe(expected(file));
      }),
      { numRuns: 100 },
    );
  });

  it('escapes strings as JSON does: quotes, backslashes, control characters, lone surrogates; keeps the rest as is', () => {
    const file = validFile(1);
    const names = ['a"b', 'a\\b', 'a\nb\u0001', 'lone \ud800 surrogate', 'emoji 😀 and é and \u007f', '', '"', '\\', '\u001f'];
    file.lignesImport[0]!.beneficiaires = names;
    const text = serializeSoldeFile(file);
    for (const name of names) expect(text).toContain(JSON.stringify(name));
    expect((JSON.parse(text) as SoldeFile).lignesImport[0]?.beneficiaires).toEqual(names);
  });

  it('indents by depth even where a layout node comes at an unusual depth', () => {
    const file = validFile(1) as unknown as Record<string, unknown>;
    file.lignesImport = [file.lignesImport];
    expect(serializeSoldeFile(file as unknown as SoldeFile)).toBe(expected(file));
    expect(serializeSoldeFile(validFile(2))).toBe(expected(validFile(2)));
  });

  it('locates each problem at its own path, inside arrays and after them', () => {
    const file = validFile(2) as unknown as { lignesImport: Record<string, unknown>[] };
    file.lignesImport[0]!.beneficiaires = ['750000010', undefined];
    file.lignesImport[0]!.codeTraitement = () => 1;
    file.lignesImport[1]!.facture = { dateFacture: '15/03/2024', montantSegurHTFacture: 1.005 };
    expect(issuesOf(() => serializeSoldeFile(file as unknown as SoldeFile))).toEqual([
      ['TYPE_INVALID', ['lignesImport', 0, 'beneficiaires', 1]],
      ['TYPE_INVALID', ['lignesImport', 0, 'codeTraitement']],
      ['AMOUNT_DECIMALS', ['lignesImport', 1, 'facture', 'montantSegurHTFacture']],
    ]);
  });

  it('sees an unknown key even beside a key it cannot enumerate, and a missing one among keys out of order', () => {
    const line = validFile(1).lignesImport[0]! as unknown as Record<string, unknown>;
    Object.defineProperty(line, 'typeAction', { value: 'C', enumerable: false });
    line.extra = 1;
    expect(issuesOf(() => serializeSoldeFile({ ...validFile(1), lignesImport: [line] } as unknown as SoldeFile))).toEqual([['KEY_UNKNOWN', ['lignesImport', 0, 'extra']]]);
    const file = validFile(1);
    const reordered = { lignesImport: file.lignesImport, SIRET: file.SIRET, numeroAns: file.numeroAns };
    expect(issuesOf(() => serializeSoldeFile(reordered as unknown as SoldeFile))).toEqual([['KEY_MISSING', ['impId']]]);
  });

  it('echoes an amount as JavaScript writes it only when told, and never a number that is not finite', () => {
    const file = validFile(1);
    file.lignesImport[0]!.facture.montantSegurHTFacture = 100.005;
    expect(serializeSoldeFile(file, { strictAmounts: false })).toContain('"montantSegurHTFacture": 100.005\n');
    expect(issuesOf(() => serializeSoldeFile(file))).toEqual([['AMOUNT_DECIMALS', ['lignesImport', 0, 'facture', 'montantSegurHTFacture']]]);
    file.lignesImport[0]!.facture.montantSegurHTFacture = Number.POSITIVE_INFINITY;
    expect(issuesOf(() => serializeSoldeFile(file, { strictAmounts: false }))).toEqual([['AMOUNT_TOO_LARGE', ['lignesImport', 0, 'facture', 'montantSegurHTFacture']]]);
    file.lignesImport[0]!.facture.montantSegurHTFacture = Number.NaN;
    expect(issuesOf(() => serializeSoldeFile(file, { strictAmounts: false }))).toEqual([['AMOUNT_DECIMALS', ['lignesImport', 0, 'facture', 'montantSegurHTFacture']]]);
  });

  it('never writes an amount of more than 13 digits before the point, even as JavaScript writes it (it may not be the one given)', () => {
    const file = validFile(1);
    file.lignesImport[0]!.facture.montantSegurHTFacture = Number('99999999999999.99'); // held as 99999999999999.98
    expect(issuesOf(() => serializeSoldeFile(file, { strictAmounts: false }))).toEqual([['AMOUNT_TOO_LARGE', ['lignesImport', 0, 'facture', 'montantSegurHTFacture']]]);
    expect(issuesOf(() => serializeSoldeFile(file))).toEqual([['AMOUNT_TOO_LARGE', ['lignesImport', 0, 'facture', 'montantSegurHTFacture']]]);
    file.lignesImport[0]!.facture.montantSegurHTFacture = 9999999999999.99;
    expect(serializeSoldeFile(file)).toContain('"montantSegurHTFacture": 9999999999999.99\n');
  });

  it('gives each problem the values its message needs', () => {
    const file = validFile(1) as unknown as { lignesImport: Record<string, unknown>[] } & Record<string, unknown>;
    file.lignesImport[0]!.facture = { dateFacture: '15/03/2024', montantSegurHTFacture: 0.125 };
    file.lignesImport[0]!.extra = 1;
    file.numeroAns = Symbol('x');
    expect(thrown(() => serializeSoldeFile(file as unknown as SoldeFile)).issues.map((i) => [i.code, i.params])).toEqual([
      ['TYPE_INVALID', { key: 'numeroAns', value: 'symbol', expected: 'JSON' }],
      ['AMOUNT_DECIMALS', { key: 'montantSegurHTFacture', value: '0.125', expected: '0.13' }],
      ['KEY_UNKNOWN', { key: 'extra' }],
    ]);
    expect(thrown(() => serializeSoldeFile(undefined as unknown as SoldeFile)).issues.map((i) => [i.code, i.path, i.params])).toEqual([['TYPE_INVALID', [], { key: '', value: 'undefined', expected: 'object' }]]);
  });

  it('tells a missing key from a wrong value, and an unknown key from a misplaced one', () => {
    const missingLast = validFile(1) as unknown as { lignesImport: Record<string, unknown>[] };
    delete missingLast.lignesImport[0]!.libelleTraitement;
    expect(issuesOf(() => serializeSoldeFile(missingLast as unknown as SoldeFile))).toEqual([['KEY_MISSING', ['lignesImport', 0, 'libelleTraitement']]]);
    const swapped = validFile(1) as unknown as { lignesImport: Record<string, unknown>[] };
    swapped.lignesImport[0]!.facture = { montantSegurHTFacture: 27450, date: '15/03/2024' };
    expect(issuesOf(() => serializeSoldeFile(swapped as unknown as SoldeFile))).toEqual([
      ['KEY_MISSING', ['lignesImport', 0, 'facture', 'dateFacture']],
      ['KEY_UNKNOWN', ['lignesImport', 0, 'facture', 'date']],
    ]);
  });

  it('refuses what is not a JSON value where a number or a plain value should be', () => {
    const file = validFile(1) as unknown as { lignesImport: Record<string, unknown>[] };
    file.lignesImport[0]!.facture = { dateFacture: '15/03/2024', montantSegurHTFacture: undefined };
    file.lignesImport[0]!.beneficiaires = [{}];
    expect(thrown(() => serializeSoldeFile(file as unknown as SoldeFile)).issues.map((i) => [i.code, i.path, param(i, 'expected')])).toEqual([
      ['TYPE_INVALID', ['lignesImport', 0, 'facture', 'montantSegurHTFacture'], 'JSON'],
      ['TYPE_INVALID', ['lignesImport', 0, 'beneficiaires', 0], 'JSON'],
    ]);
  });

  it('writes a string where a number should be as the string it is (it writes, it does not judge)', () => {
    const file = validFile(1) as unknown as { lignesImport: { facture: Record<string, unknown> }[] };
    file.lignesImport[0]!.facture.montantSegurHTFacture = '27450.00';
    expect(serializeSoldeFile(file as unknown as SoldeFile)).toContain('"montantSegurHTFacture": "27450.00"');
  });
});
