import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { validateSoldeFile as Validate } from '../../src/index.js';
import { DEPOSIT } from '../helpers/valid-file.js';
import { WORST_CASES } from '../helpers/worst-cases.js';

// The same validation twice: as shipped, and with the huge texts parsed whole (shrinkJsonText never shrinks).
let shipped: typeof Validate;
let whole: typeof Validate;
const neverShrink = vi.fn(() => undefined);
beforeAll(async () => {
  shipped = (await import('../../src/index.js')).validateSoldeFile;
  vi.resetModules();
  vi.doMock('../../src/read/shrink-json.js', async (original) => ({ ...(await original<object>()), shrinkJsonText: neverShrink }));
  whole = (await import('../../src/index.js')).validateSoldeFile;
  vi.doUnmock('../../src/read/shrink-json.js');
});

const many = (count: number, item: (i: number) => string): string => Array.from({ length: count }, (_, i) => item(i)).join(',');

describe('validateSoldeFile: a huge text shrunk before it is parsed gives the report of the whole text', { timeout: 60_000 }, () => {
  it.each(WORST_CASES.map((c) => [c.name, c] as const))('%s', (_name, worst) => {
    const text = worst.make(200_000);
    expect(shipped(text, { depositDate: DEPOSIT }).issues).toEqual(whole(text, { depositDate: DEPOSIT }).issues);
  });

  it('counts every unknown key of a huge request, those left out of the tree too', () => {
    const line = `{"numLigne":1,${many(5000, (i) => `"inconnu${i}":0`)},"NUMEROASP":"x"}`;
    const text = `{"impId":null,"numeroAns":"ANS0000001","SIRET":"73282932000074","lignesImport":[${line}]}`;
    const report = shipped(text, { depositDate: DEPOSIT });
    expect(report.issues.filter((i) => i.code === 'KEY_UNKNOWN')).toHaveLength(20);
    expect(report.issues.find((i) => i.code === 'ISSUES_REPEATED' && i.params.repeated === 'KEY_UNKNOWN')?.params).toMatchObject({ count: 5000 });
    expect(report.issues.some((i) => i.code === 'KEY_WRONG_CASE')).toBe(true);
    expect(report.issues).toEqual(whole(text, { depositDate: DEPOSIT }).issues);
  });

  it('names nothing unknown inside a value outside the layout, however wide', () => {
    const text = `{"impId":{${many(5000, (i) => `"k${i}":0`)}},"numeroAns":"ANS0000001","SIRET":"73282932000074","lignesImport":{${many(400, (i) => `"k${i}":0`)}}}`;
    expect(shipped(text, { depositDate: DEPOSIT }).issues).toEqual(whole(text, { depositDate: DEPOSIT }).issues);
  });

  it('drops a forbidden key from a repeated item once, the copies still one value each', () => {
    const valid = shipped(`{"impId":null,"numeroAns":"ANS0000001","SIRET":"73282932000074","lignesImport":[]}`, { depositDate: DEPOSIT });
    expect(valid.issues.map((i) => i.code)).toEqual(['LINES_EMPTY']);
    const piece = '{"__proto__":1,"nomFichier":"a","formatFichier":"PDF","typeFichier":"VA"}';
    const text = `{"impId":null,"numeroAns":"ANS0000001","SIRET":"73282932000074","lignesImport":[{"piecesJustificatives":[${many(3000, () => piece)}]}]}`;
    const report = shipped(text, { depositDate: DEPOSIT });
    expect(report.issues.find((i) => i.code === 'ISSUES_REPEATED' && i.params.repeated === 'JSON_FORBIDDEN_KEY')?.params).toMatchObject({ count: 3000 });
    expect(report.issues).toEqual(whole(text, { depositDate: DEPOSIT }).issues);
  });

  it('compares with a validation that truly parses the whole text', () => {
    neverShrink.mockClear();
    whole(`[${many(300, () => '{}')}]`);
    expect(neverShrink).toHaveBeenCalledTimes(1);
  });

  it('judges a request repeated past the 200th as each of its copies', () => {
    const request = '{"numLigne":1,"typeAction":"X","facture":{"dateFacture":"01/01/2099","montantSegurHTFacture":1}}';
    const text = `{"impId":null,"numeroAns":"ANS0000001","SIRET":"73282932000074","lignesImport":[${many(3000, () => request)}]}`;
    expect(shipped(text, { depositDate: DEPOSIT }).issues).toEqual(whole(text, { depositDate: DEPOSIT }).issues);
  });
});
