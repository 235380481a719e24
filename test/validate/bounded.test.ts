import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serializeSoldeFile, SoldeFileSchema, SoldeUsageError, validateSoldeFile, type Issue } from '../../src/index.js';
import { finding } from '../../src/read/finding.js';
import { FAULTS_PAST_BOUND, LIST_BOUND, parseBounded } from '../../src/validate/bounded-parse.js';
import { FindingSink, REPEATS_KEPT } from '../../src/validate/finding-sink.js';
import { findingsFromZod } from '../../src/validate/zod-findings.js';
import { thrownBy } from '../helpers/errors.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { param } from '../helpers/issue-params.js';

const valid = serializeSoldeFile(validFile(1));
const validate = (input: unknown) => validateSoldeFile(input, { depositDate: DEPOSIT });
const at = (issues: readonly Issue[]) => issues.map((i) => `${i.code} ${i.path.join('.')}`);
/** The valid file with `items` (JSON texts) in the first request's beneficiaries. */
const withBeneficiaires = (items: string): string => valid.replace(/"beneficiaires": \[[^\]]*\]/, `"beneficiaires": [${items}]`);

// Large inputs: time limits for a loaded machine, not targets (those are in npm run bench:worst).
describe('one fault repeated many times: bounded, located, counted exactly', { timeout: 60_000 }, () => {
  it('130 000 × "x" in beneficiaires: the first 20 FINESS_FORMAT located, then one ISSUES_REPEATED with the exact count', () => {
    const report = validate(withBeneficiaires(Array(130_000).fill('"x"').join(',')));
    expect(report.issues).toHaveLength(REPEATS_KEPT + 1);
    expect(at(report.issues.slice(0, 2))).toEqual(['FINESS_FORMAT lignesImport.0.beneficiaires.0', 'FINESS_FORMAT lignesImport.0.beneficiaires.1']);
    const summary = report.issues.find((i) => i.code === 'ISSUES_REPEATED');
    expect(summary).toMatchObject({ path: ['lignesImport', 0], severity: 'warning', params: { repeated: 'FINESS_FORMAT', count: 130_000, limit: REPEATS_KEPT } });
    expect(summary?.message).toBe('FINESS_FORMAT : 130000 occurrences ici ; seules les 20 premières sont listées.');
    expect(report.summary).toEqual({ requestCount: 1, fileRefused: false, zipRefused: false, incompleteRequests: [], rejectedRequests: [0] });
    expect(report.file?.lignesImport[0]?.beneficiaires).toHaveLength(130_000);
  });

  it('300 000 numbers in beneficiaires, given as a value: TYPE_INVALID counted exactly', () => {
    const file = validFile(1);
    (file.lignesImport[0]!.beneficiaires as unknown[]) = Array.from({ length: 300_000 }, (_, i) => i);
    const report = validate(file);
    expect(report.issues.filter((i) => i.code === 'TYPE_INVALID')).toHaveLength(REPEATS_KEPT);
    expect(report.issues.find((i) => i.code === 'ISSUES_REPEATED')?.params).toEqual({ repeated: 'TYPE_INVALID', count: 300_000, limit: REPEATS_KEPT });
    expect(report.file).toBeUndefined();
  });

  it('every distinct code of a request stays, each with its own count', () => {
    const items: string[] = [...Array<string>(500).fill('"x"'), ...Array<string>(400).fill('7'), ...Array<string>(300).fill('"750000010"'), 'null'];
    const report = validate(withBeneficiaires(items.join(',')));
    const counts: Record<string, unknown> = Object.fromEntries(report.issues.filter((i) => i.code === 'ISSUES_REPEATED').map((i) => [String(param(i, 'repeated')), param(i, 'count')] as const));
    // 500 FINESS_FORMAT, 401 TYPE_INVALID (the numbers and the null), 299 FINESS_DUPLICATE (all but the first 750000010).
    expect(counts).toEqual({ FINESS_FORMAT: 500, TYPE_INVALID: 401, FINESS_DUPLICATE: 299 });
    expect(at(report.issues).filter((c) => c.startsWith('TYPE_INVALID')).at(-1)).toBe('TYPE_INVALID lignesImport.0.beneficiaires.519');
  });

  it('a key given twice in an object of 200 000 keys: JSON_DUPLICATE_KEY, not INPUT_UNREADABLE', () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `"k${i}": 0, "k${i}": 1`).join(', ');
    const report = validate(`{${keys}}`);
    expect(report.issues.map((i) => i.code).filter((c, i, all) => all.indexOf(c) === i)).toEqual(['JSON_DUPLICATE_KEY', 'KEY_UNKNOWN', 'KEY_MISSING', 'ISSUES_REPEATED']);
    expect(param(report.issues.find((i) => i.code === 'ISSUES_REPEATED' && param(i, 'repeated') === 'JSON_DUPLICATE_KEY'), 'count')).toBe(200_000);
  });

  it('distinct faults past the bound: judged until they gave FAULTS_PAST_BOUND Zod issues, then LIST_ITEM_UNCHECKED, counted', () => {
    const pieces = Array.from({ length: 10_000 }, (_, i) => `{"nomFichier": ${i}}`).join(',');
    const report = validate(valid.replace(/"piecesJustificatives": \[[^\]]*\]/, `"piecesJustificatives": [${pieces}]`));
    // Each piece gives 3 Zod issues (a number for nomFichier, two keys missing): 6 667 pieces past the bound are judged.
    const judged = Math.ceil(FAULTS_PAST_BOUND / 3);
    const counts = Object.fromEntries(report.issues.filter((i) => i.code === 'ISSUES_REPEATED').map((i) => [String(param(i, 'repeated')), param(i, 'count')] as const));
    expect(counts).toMatchObject({ LIST_ITEM_UNCHECKED: 10_000 - LIST_BOUND - judged, TYPE_INVALID: LIST_BOUND + judged, KEY_MISSING: 2 * (LIST_BOUND + judged) });
    expect(report.issues.find((i) => i.code === 'LIST_ITEM_UNCHECKED')).toMatchObject({ path: ['lignesImport', 0, 'piecesJustificatives', LIST_BOUND + judged], severity: 'error' });
    expect(report.file).toBeUndefined();
  });

  it('requests past the bound, short but with a list past it, are each judged (not remembered by their text)', () => {
    const line = `{"beneficiaires": [${Array<string>(LIST_BOUND + 10).fill('1').join(',')}]}`;
    const report = validate(`{"impId": null, "numeroAns": "ANS0000001", "SIRET": "73282932000074", "lignesImport": [${Array<string>(LIST_BOUND + 3).fill(line).join(',')}]}`);
    const counts = Object.fromEntries(report.issues.filter((i) => i.code === 'ISSUES_REPEATED').map((i) => [`${i.path.join('.')} ${String(param(i, 'repeated'))}`, param(i, 'count')] as const));
    expect(counts['lignesImport TYPE_INVALID']).toBe((LIST_BOUND + 3 - 200) * (LIST_BOUND + 10));
    expect(counts['lignesImport.0 TYPE_INVALID']).toBe(LIST_BOUND + 10);
  });

  it('a key given three times is one JSON_DUPLICATE_KEY (one per key and object)', () => {
    expect(at(validate('{"a": 1, "a": 2, "a": 3}').issues).filter((c) => c.startsWith('JSON_DUPLICATE_KEY'))).toEqual(['JSON_DUPLICATE_KEY a']);
  });

  it('requests past the 200th share one group', () => {
    const lines = Array(1000).fill('{}').join(',');
    const report = validate(`{"impId": null, "numeroAns": "ANS0000001", "SIRET": "73282932000074", "lignesImport": [${lines}]}`);
    const repeated = report.issues.filter((i) => i.code === 'ISSUES_REPEATED');
    // 11 keys missing in each request: per request under 200, 11 findings (kept); past it, 800 × 11 of them counted together.
    expect(repeated.map((i) => [i.path, param(i, 'count')])).toEqual([[['lignesImport'], 800 * 11]]);
    expect(report.issues.filter((i) => i.code === 'KEY_MISSING')).toHaveLength(200 * 11 + REPEATS_KEPT);
    expect(report.issues.find((i) => i.code === 'LINES_TOO_MANY')?.params).toEqual({ count: 1000, limit: 200 });
  });
});

describe('FindingSink', () => {
  it('keeps the first of each code and request, counts the rest, keeps a finding given twice once', () => {
    const sink = new FindingSink();
    for (let i = 0; i < 30; i++) sink.push(finding('FINESS_FORMAT', ['lignesImport', 3, 'beneficiaires', i], { key: 'beneficiaires', value: 'x' }));
    sink.push(finding('FINESS_FORMAT', ['lignesImport', 4, 'beneficiaires', 0], { key: 'beneficiaires', value: 'x' }));
    sink.push(finding('KEY_UNKNOWN', ['x'], { key: 'x' }));
    sink.push(finding('KEY_UNKNOWN', ['x'], { key: 'x' }));
    const group = sink.group(['lignesImport', 3, 'beneficiaires', 99]);
    expect(group.keeps('FINESS_FORMAT')).toBe(false);
    expect(group.keeps('FINESS_KEY')).toBe(true);
    group.count('FINESS_FORMAT');
    const found = sink.findings();
    expect(found).toHaveLength(REPEATS_KEPT + 3);
    expect(found.at(-1)).toEqual(finding('ISSUES_REPEATED', ['lignesImport', 3], { repeated: 'FINESS_FORMAT', count: 31, limit: REPEATS_KEPT }));
    expect(sink.has('KEY_UNKNOWN')).toBe(true);
    expect(sink.has('KEY_MISSING')).toBe(false);
  });
});

describe('parseBounded gives the findings Zod gives on the whole file', () => {
  const fault = fc.constantFrom<unknown>('x', 'null', 42, null, true, {}, [], '75000001', { nomFichier: 1 }, { a: 1 }, 'y'.repeat(300));
  const longList = (make: (i: number) => unknown) =>
    fc.tuple(fc.integer({ min: LIST_BOUND - 3, max: LIST_BOUND + 30 }), fc.array(fc.tuple(fc.nat(), fault), { maxLength: 12 })).map(([length, faults]) => {
      const items = Array.from({ length }, (_, i) => make(i));
      for (const [where, value] of faults) items[where % length] = value;
      return items;
    });
  const finess = (i: number) => `75${String(i).padStart(7, '0')}`;
  const piece = (i: number) => ({ nomFichier: `p${i}`, formatFichier: 'PDF', typeFichier: i === 0 ? 'FACTURE' : 'VA' });

  it('for long lists of beneficiaries, pieces, DMP identifiers and requests, faults anywhere', () => {
    fc.assert(
      fc.property(longList(finess), longList(piece), longList((i) => `1${finess(i)}`), fc.boolean(), fc.boolean(), (beneficiaires, pieces, idents, manyLines, fromText) => {
        const file = validFile(1) as unknown as { lignesImport: Record<string, unknown>[] };
        const line = file.lignesImport[0]!;
        Object.assign(line, { beneficiaires, piecesJustificatives: pieces });
        (line.scenarioInstallation as Record<string, unknown>).identDMP = idents;
        if (manyLines) file.lignesImport = Array.from({ length: LIST_BOUND + 12 }, (_, i) => (i % 97 === 5 ? { numLigne: 'x' } : i % 2 === 0 ? line : (validFile(1).lignesImport[0] as unknown as Record<string, unknown>)));
        const root = fromText ? (JSON.parse(JSON.stringify(file)) as unknown) : file;
        const whole = SoldeFileSchema.safeParse(root);
        const expected = whole.success ? [] : findingsFromZod(whole.error.issues, root);
        const id = (f: { code: string; path: unknown[]; params: unknown }) => `${f.code} ${JSON.stringify(f.path)} ${JSON.stringify(f.params)}`;
        // Every finding, none left out (a sink that keeps them all), then the counts of the usual sink.
        const all = new FindingSink(Number.MAX_SAFE_INTEGER);
        const bounded = parseBounded(root, all, fromText);
        const reference = new FindingSink(Number.MAX_SAFE_INTEGER);
        for (const f of expected) reference.push(f);
        expect(all.findings().map(id).sort()).toEqual(reference.findings().map(id).sort());
        const summaries = (sink: FindingSink) => sink.findings().filter((f) => f.code === 'ISSUES_REPEATED').map(id).sort();
        const capped = new FindingSink();
        parseBounded(root, capped, fromText);
        const cappedReference = new FindingSink();
        for (const f of expected) cappedReference.push(f);
        expect(summaries(capped)).toEqual(summaries(cappedReference));
        expect(bounded.structureRead).toBe(whole.success || whole.error.issues.every((i) => i.code === 'custom'));
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe('objects from another realm and class instances: the verdict of the same text parsed here', () => {
  const text = valid.replace('"impId": null,', '"impId": null, "__proto__": {"x": 1},').replace('"numLigne": 1,', '"numLigne": 1, "constructor": 2,');
  const expected = at(validate(text).issues);

  it('the text gives two JSON_FORBIDDEN_KEY', () => {
    expect(expected.filter((c) => c.startsWith('JSON_FORBIDDEN_KEY'))).toEqual(['JSON_FORBIDDEN_KEY __proto__', 'JSON_FORBIDDEN_KEY lignesImport.0.constructor']);
  });

  it('the same value parsed in another realm (node:vm here, an iframe in the browser run)', () => {
    const foreign: unknown = runInNewContext(`JSON.parse(${JSON.stringify(text)})`);
    expect(foreign).not.toBeInstanceOf(Object);
    const report = validate(foreign);
    expect(at(report.issues)).toEqual(expected);
    expect(report.ok).toBe(false);
  });

  it('a foreign value without forbidden keys is read as the same text: valid, with its typed file', () => {
    const report = validate(runInNewContext(`JSON.parse(${JSON.stringify(valid)})`));
    expect(report.issues).toEqual([]);
    expect(report.file).toEqual(validFile(1));
  });

  it('class instances carrying an own __proto__ or constructor key', () => {
    class Header {
      describe(): string {
        return 'a header';
      }
    }
    const file = JSON.parse(text) as Record<string, unknown> & { lignesImport: Record<string, unknown>[] };
    const root = Object.defineProperties(new Header(), Object.getOwnPropertyDescriptors(file));
    const line = Object.defineProperties(new Header(), Object.getOwnPropertyDescriptors(file.lignesImport[0]));
    (root as unknown as typeof file).lignesImport = [line as unknown as Record<string, unknown>];
    expect(Object.hasOwn(root, '__proto__')).toBe(true);
    expect(at(validate(root).issues)).toEqual(expected);
  });
});

describe('limit options: a usage error, never a limit silently off', () => {
  it.each([
    ['maxBytes', Number.NaN],
    ['maxBytes', -1],
    ['maxBytes', 0],
    ['maxBytes', Number.POSITIVE_INFINITY],
    ['maxBytes', 1.5],
    ['maxBytes', '1000'],
    ['maxDepth', Number.NaN],
    ['maxDepth', -64],
    ['maxDepth', Number.POSITIVE_INFINITY],
    ['maxDepth', 2.5],
  ])('%s: %s', (name, value) => {
    const error = thrownBy(() => validateSoldeFile(valid, { depositDate: DEPOSIT, [name]: value }), SoldeUsageError);
    expect(error.code).toBe('ARGUMENT_INVALID');
    expect(error.message).toContain(name);
  });

  it('a whole number is taken as given', () => {
    expect(validateSoldeFile(valid, { depositDate: DEPOSIT, maxBytes: 100 }).issues[0]?.code).toBe('INPUT_TOO_LARGE');
    expect(validateSoldeFile(valid, { depositDate: DEPOSIT, maxDepth: 2 }).issues[0]?.code).toBe('JSON_TOO_DEEP');
  });
});
