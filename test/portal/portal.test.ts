import { describe, expect, it } from 'vitest';
import { aspVerdict } from '../../src/portal/read-asp-return.js';
import {
  readAspReturn,
  resubmissionFile,
  serializeSoldeFile,
  simulatePortalReturn,
  validateSoldeFile,
} from '../../src/index.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';

/** A return as the portal writes it: impId filled, every request's processing fields filled. */
function portalReturn(labels: [string | null, string | null][]): string {
  const file = validFile(labels.length);
  const text = serializeSoldeFile(file);
  const value = JSON.parse(text) as { impId: unknown; lignesImport: Record<string, unknown>[] };
  value.impId = 4242;
  value.lignesImport.forEach((line, i) => {
    line.codeTraitement = labels[i]?.[0] ?? null;
    line.libelleTraitement = labels[i]?.[1] ?? null;
  });
  return JSON.stringify(value, null, 2).replaceAll('"montantSegurHTFacture": 27450', '"montantSegurHTFacture": 27450.00');
}

describe('aspVerdict', () => {
  it.each([
    [null, 'Demande acceptée', 'accepted'],
    ['0', 'DEMANDE ACCEPTEE ', 'accepted'],
    ['E12', 'Numéro de dossier inconnu', 'rejected'],
    ['E12', null, 'rejected'],
    [null, null, 'pending'],
    ['', '  ', 'pending'],
  ])('(%s, %s) → %s', (code, label, verdict) => {
    expect(aspVerdict(code, label)).toBe(verdict);
  });
});

describe('readAspReturn', () => {
  it('reads every request with its verdict', () => {
    const ret = readAspReturn(portalReturn([[null, 'Demande acceptée'], ['E07', 'Le numéro de dossier ASP est inconnu'], [null, 'Demande acceptée']]));
    expect(ret.ok).toBe(true);
    expect(ret.impId).toBe(4242);
    expect(ret.numeroAns).toBe('ANS0000001');
    expect(ret.requests.map((r) => [r.numLigne, r.numeroEditeur, r.verdict])).toEqual([
      [1, '00001', 'accepted'],
      [2, '00002', 'rejected'],
      [3, '00003', 'accepted'],
    ]);
    expect(ret.requests[1]?.libelleTraitement).toBe('Le numéro de dossier ASP est inconnu');
  });

  it.each([
    ['not JSON', '{', 'JSON_SYNTAX'],
    ['not an object', '[1]', 'ROOT_NOT_OBJECT'],
    ['no lignesImport', '{"impId": 1}', 'KEY_MISSING'],
    ['a line that is not an object', '{"lignesImport": [1]}', 'TYPE_INVALID'],
  ])('reports a text it cannot read: %s', (_name, text, code) => {
    const ret = readAspReturn(text, { locale: 'en' });
    expect(ret.ok).toBe(false);
    expect(ret.issues[0]?.code).toBe(code);
  });

  it('never throws for a value that is not text', () => {
    expect(readAspReturn(42 as unknown as string).issues[0]?.code).toBe('INPUT_UNREADABLE');
  });
});

describe('resubmissionFile', () => {
  it('keeps only the rejected requests, renumbered, with the portal’s fields reset', () => {
    const ret = readAspReturn(portalReturn([[null, 'Demande acceptée'], ['E07', 'Dossier inconnu'], ['E09', 'Montant supérieur'], [null, 'Demande acceptée']]));
    const again = resubmissionFile(ret);
    expect(again.impId).toBeNull();
    expect(again.lignesImport.map((l) => [l.numLigne, l.numeroEditeur, l.codeTraitement, l.libelleTraitement])).toEqual([
      [1, '00002', null, null],
      [2, '00003', null, null],
    ]);
    const report = validateSoldeFile(serializeSoldeFile(again), { depositDate: DEPOSIT });
    expect(report.issues).toEqual([]);
    expect(again.lignesImport[0]?.facture).toEqual(validFile(2).lignesImport[1]?.facture);
  });

  it('can take other verdicts', () => {
    const ret = readAspReturn(portalReturn([[null, null], ['E07', 'Dossier inconnu']]));
    expect(resubmissionFile(ret, ['pending', 'rejected']).lignesImport).toHaveLength(2);
  });
});

describe('simulatePortalReturn', () => {
  it('refuses the whole file on a structure error', () => {
    const sim = simulatePortalReturn(serializeSoldeFile(validFile(2)).replace('"SIRET"', '"siret"'), { depositDate: DEPOSIT });
    expect(sim.fileRefused).toBe(true);
    expect(sim.text).toBeUndefined();
  });

  it('gives each request the first error in field order, or the acceptance', () => {
    const text = serializeSoldeFile(validFile(3))
      // three errors in the first request: numeroASP comes before facture and beneficiaires
      .replace('"15/03/2024"', '"31/02/2024"')
      .replace('"FINBIO000001"', '"FINBIO1"')
      .replace('"750000010",\n        "750000028"', '"750000010",\n        "750000010"');
    const sim = simulatePortalReturn(text, { depositDate: DEPOSIT });
    expect(sim.fileRefused).toBe(false);
    const ret = readAspReturn(sim.text ?? '');
    expect(ret.impId).toBe('SIMULATION');
    expect(ret.requests.map((r) => [r.verdict, r.codeTraitement])).toEqual([
      ['rejected', 'NUMERO_ASP_FORMAT'],
      ['accepted', 'OK'],
      ['accepted', 'OK'],
    ]);
    expect(ret.requests[1]?.libelleTraitement).toBe('Demande acceptée');
    expect(ret.requests[0]?.libelleTraitement).toMatch(/FINBIO/);
  });

  it('orders a request’s errors by their field, then by index', () => {
    const file = validFile(1);
    const line = file.lignesImport[0]!;
    line.beneficiaires = ['750000010', 'x', 'y'];
    line.facture.dateFacture = '2024-03-01';
    const sim = simulatePortalReturn(file, { depositDate: DEPOSIT });
    expect(readAspReturn(sim.text ?? '').requests[0]?.codeTraitement).toBe('DATE_FORMAT');
    line.facture.dateFacture = '01/03/2024';
    const second = simulatePortalReturn(file, { depositDate: DEPOSIT });
    expect(readAspReturn(second.text ?? '').requests[0]?.libelleTraitement).toMatch(/« x »/);
  });

  it('echoes an amount it cannot write with two decimals instead of rounding it', () => {
    const file = validFile(1);
    file.lignesImport[0]!.facture.montantSegurHTFacture = 100.005;
    const sim = simulatePortalReturn(file, { depositDate: DEPOSIT });
    expect(sim.text).toContain('"montantSegurHTFacture": 100.005');
    expect(readAspReturn(sim.text ?? '').requests[0]?.codeTraitement).toBe('AMOUNT_DECIMALS');
  });
});

describe('amounts the package cannot carry exactly (FORMAT.md §3): refused, never written changed', () => {
  const amountPath = (i: number) => ['lignesImport', i, 'facture', 'montantSegurHTFacture'];

  it.each(['99999999999999.99', '12345678901234567.89', '1e400', '-1e400'])('readAspReturn refuses a return holding %s, located', (amount) => {
    const text = portalReturn([['E07', 'Dossier inconnu'], ['E07', 'Dossier inconnu']]).replace('27450.00', amount);
    const ret = readAspReturn(text);
    expect(ret.ok).toBe(false);
    expect(ret.issues.map((i) => [i.code, i.path])).toEqual([['AMOUNT_TOO_LARGE', amountPath(0)]]);
  });

  it('readAspReturn still reads 13 digits before the point, and the resubmission writes them as given', () => {
    const text = portalReturn([['E07', 'Dossier inconnu']]).replace('27450.00', '9999999999999.99');
    const ret = readAspReturn(text);
    expect(ret.ok).toBe(true);
    expect(serializeSoldeFile(resubmissionFile(ret))).toContain('"montantSegurHTFacture": 9999999999999.99\n');
  });

  it('simulatePortalReturn refuses the whole file rather than echo a changed amount', () => {
    const text = serializeSoldeFile(validFile(2)).replace('27450.00', '99999999999999.99');
    const sim = simulatePortalReturn(text, { depositDate: DEPOSIT });
    expect(sim.fileRefused).toBe(true);
    expect(sim.text).toBeUndefined();
    expect(sim.report.issues.map((i) => [i.code, i.path])).toEqual([['AMOUNT_TOO_LARGE', amountPath(0)]]);
    const value = validFile(1);
    value.lignesImport[0]!.facture.montantSegurHTFacture = 1e14;
    expect(simulatePortalReturn(value, { depositDate: DEPOSIT }).fileRefused).toBe(true);
  });

  it('resubmissionFile of a return refused for its amount cannot be written either: the serializer throws', () => {
    const ret = readAspReturn(portalReturn([['E07', 'Dossier inconnu']]).replace('27450.00', '1e400'));
    expect(() => serializeSoldeFile(resubmissionFile(ret), { strictAmounts: false })).toThrow(/13/);
  });
});
