import fc from 'fast-check';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatPath, groupIssues, ISSUE_CODES, reportVerdict, requestIndex, validateSoldeFile, type Issue, type IssueCode, type ValidationReport } from '../../src/index.js';
import { buildReport, summarize } from '../../src/issues/make-issue.js';
import { checkPiecesZip } from '../../src/zip/index.js';
import { badDateJson, DEPOSIT_DATE, goodDeposit, mixedDeposit, type Deposit } from '../web/deposits.js';

/** An issue of a code at a path (the code gives its severity and scope). */
const issue = (code: IssueCode, path: (string | number)[]): Issue => ({ code, severity: ISSUE_CODES[code].severity, scope: ISSUE_CODES[code].scope, path, message: code, params: {} }) as Issue;

/** A request error, a request warning, a file error, a zip error: one of each scope and severity. */
const REQUEST_ERROR: IssueCode = 'DATE_INVALID';
const REQUEST_WARNING: IssueCode = 'FINESS_KEY';
const FILE_ERROR: IssueCode = 'JSON_SYNTAX';
const ZIP_ERROR: IssueCode = 'ZIP_PIECE_MISSING';

/** Paths that name no request, though some start like one. */
const ODD_PATHS: (string | number)[][] = [[], ['lignesImport'], ['lignesImport', -1], ['lignesImport', '0'], ['lignesImport', Number.NaN], ['lignesImport', 1.5], ['lignesImport', Number.POSITIVE_INFINITY], ['lignesImport', 2 ** 53], ['zip', 3], [0, 'lignesImport']];

describe('requestIndex', () => {
  it('reads the request from a path that names one by a whole, non-negative index', () => {
    expect(requestIndex({ path: ['lignesImport', 0] })).toBe(0);
    expect(requestIndex({ path: ['lignesImport', 2, 'facture', 'dateFacture'] })).toBe(2);
    expect(requestIndex({ path: ['lignesImport', 1e9, 'numeroASP'] })).toBe(1e9);
  });

  it.each(ODD_PATHS.map((p) => [JSON.stringify(p), p] as const))('names no request for %s', (_shown, path) => {
    expect(requestIndex({ path })).toBeUndefined();
  });
});

let good: Deposit;
/** BOM (file warning), request 2 dated after the deposit, a zip without request 3's VA and with a stray entry. */
let messy: ValidationReport;

beforeAll(async () => {
  good = await goodDeposit();
  const zip = new JSZip();
  const source = await JSZip.loadAsync(good.zip);
  for (const name of good.pieceNames.filter((n) => n !== 'BIO-SGL-Va1-VA-00003.png')) {
    const entry = source.file(name);
    if (!entry) throw new Error(`${name} is missing from the demo zip`);
    zip.file(name, await entry.async('uint8array'), { binary: true });
  }
  zip.file('notes.txt', 'hello');
  messy = await checkPiecesZip(await zip.generateAsync({ type: 'uint8array' }), `\uFEFF${mixedDeposit(good).json}`, { depositDate: DEPOSIT_DATE });
});

describe('groupIssues', () => {
  it('puts the file first, then each request in order, the zip last; a zip issue about a request’s piece with that request', () => {
    const groups = groupIssues(messy.issues);
    expect(groups.map((g) => (g.kind === 'request' ? g.index : g.kind))).toEqual(['file', 0, 1, 2, 'deposit']);
    const [file, r1, r2, r3, zip] = groups;
    expect(file?.issues.map((i) => i.code)).toEqual(['BOM_PRESENT']);
    expect(r1?.issues.map((i) => i.code)).toEqual(['FINESS_KEY', 'FINESS_KEY', 'FINESS_KEY']);
    expect(r2?.issues.map((i) => i.code)).toEqual(['DATE_AFTER_DEPOSIT']);
    expect(r3?.issues.map((i) => [i.scope, formatPath(i.path)])).toEqual([['deposit', 'lignesImport[2].piecesJustificatives[1].nomFichier']]);
    expect(zip?.issues.map((i) => i.path)).toEqual([['zip', 'notes.txt']]);
  });

  it('gives nothing for no issue, and sorts requests by number, not as text (2 before 10 before 10^9)', () => {
    expect(groupIssues([])).toEqual([]);
    const groups = groupIssues([issue(REQUEST_ERROR, ['lignesImport', 1e9]), issue(REQUEST_ERROR, ['lignesImport', 10]), issue(ZIP_ERROR, ['zip']), issue(REQUEST_ERROR, ['lignesImport', 2])]);
    expect(groups.map((g) => (g.kind === 'request' ? g.index : g.kind))).toEqual([2, 10, 1e9, 'deposit']);
  });

  it('keeps an issue whose path names no request, with the file or the zip by its scope', () => {
    const odd = ODD_PATHS.flatMap((path) => [issue(REQUEST_ERROR, path), issue(FILE_ERROR, path), issue(ZIP_ERROR, path)]);
    const groups = groupIssues(odd);
    expect(groups.map((g) => g.kind)).toEqual(['file', 'deposit']);
    expect(groups[0]?.issues).toEqual(odd.filter((i) => i.scope !== 'deposit'));
    expect(groups[1]?.issues).toEqual(odd.filter((i) => i.scope === 'deposit'));
  });

  it('keeps duplicates, each where it was given', () => {
    const a = issue(REQUEST_ERROR, ['lignesImport', 0, 'facture', 'dateFacture']);
    const b = issue(REQUEST_WARNING, ['lignesImport', 0, 'beneficiaires', 0]);
    const [group, ...rest] = groupIssues([a, b, a, a, b]);
    expect(rest).toEqual([]);
    expect(group?.issues).toEqual([a, b, a, a, b]);
    expect(group?.issues[0]).toBe(a);
  });

  it('drops, merges and reorders nothing: the groups hold every issue once, each group in the order given', () => {
    const path = fc.oneof(
      fc.constantFrom(...ODD_PATHS),
      fc.tuple(fc.constant('lignesImport'), fc.nat(5), fc.constantFrom('facture', 'beneficiaires')).map((p): (string | number)[] => p),
    );
    const issues = fc.array(fc.tuple(fc.constantFrom(REQUEST_ERROR, REQUEST_WARNING, FILE_ERROR, ZIP_ERROR), path), { maxLength: 40 });
    fc.assert(
      fc.property(issues, (drawn) => {
        const given = drawn.map(([code, p]) => issue(code, p));
        const groups = groupIssues(given);
        const order = new Map(given.map((i, n) => [i, n]));
        expect(groups.flatMap((g) => g.issues).length).toBe(given.length);
        expect(new Set(groups.flatMap((g) => g.issues))).toEqual(new Set(given));
        for (const g of groups) {
          expect(g.issues.length).toBeGreaterThan(0);
          const positions = g.issues.map((i) => order.get(i) ?? -1);
          expect(positions).toEqual([...positions].sort((x, y) => x - y));
          for (const i of g.issues) expect(g.kind === 'request' ? requestIndex(i) === g.index : requestIndex(i) === undefined && (i.scope === 'deposit') === (g.kind === 'deposit')).toBe(true);
        }
      }),
    );
  });

  it('groups 10^5 issues over 200 requests in linear time, all kept', () => {
    const many = Array.from({ length: 100_000 }, (_, n) => (n % 1000 === 0 ? issue(ZIP_ERROR, ['zip', n]) : issue(REQUEST_ERROR, ['lignesImport', n % 200, 'facture', 'dateFacture'])));
    const started = performance.now();
    const groups = groupIssues(many);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(groups).toHaveLength(201);
    expect(groups.reduce((n, g) => n + g.issues.length, 0)).toBe(100_000);
    expect(groups.at(-1)).toMatchObject({ kind: 'deposit' });
    expect(groups.at(-1)?.issues).toHaveLength(100);
  });
});

describe('reportVerdict', () => {
  it('reads each outcome, worst first, with its counts', async () => {
    expect(reportVerdict(validateSoldeFile('{', { depositDate: DEPOSIT_DATE }))).toEqual({ kind: 'refused-whole', fileErrors: 1, requestCount: 0, errors: 1, warnings: 0 });
    expect(reportVerdict(validateSoldeFile(badDateJson(), { depositDate: DEPOSIT_DATE }))).toMatchObject({ kind: 'requests-refused', refusedCount: 1, requestCount: 2, depositErrors: 0 });
    expect(reportVerdict(messy)).toEqual({ kind: 'requests-refused', refusedCount: 1, requestCount: 4, depositErrors: 2, errors: 3, warnings: 4 });
    const zipOnly = await checkPiecesZip(new Uint8Array([1, 2, 3]), good.json, { depositDate: DEPOSIT_DATE });
    expect(reportVerdict(zipOnly)).toMatchObject({ kind: 'deposit-refused', requestCount: 4, depositErrors: 1 });
    expect(reportVerdict(validateSoldeFile(good.json, { depositDate: DEPOSIT_DATE }))).toEqual({ kind: 'valid', requestCount: 4, errors: 0, warnings: 3 });
  });

  it('puts a refused file before refused requests, and refused requests before the zip', () => {
    const all = buildReport([issue(ZIP_ERROR, ['zip']), issue(REQUEST_ERROR, ['lignesImport', 0]), issue(FILE_ERROR, [])], 1);
    expect(reportVerdict(all)).toMatchObject({ kind: 'refused-whole', fileErrors: 1, errors: 3 });
    expect(reportVerdict(buildReport(all.issues.filter((i) => i.scope !== 'file'), 1))).toMatchObject({ kind: 'requests-refused', refusedCount: 1, depositErrors: 1 });
    expect(reportVerdict(buildReport([issue(REQUEST_WARNING, ['lignesImport', 0])], 1))).toEqual({ kind: 'valid', requestCount: 1, errors: 0, warnings: 1 });
  });
});

describe('summarize reads requests as groupIssues does', () => {
  it('never lists a request a path does not name; a zip error it cannot place refuses the zip', () => {
    const summary = summarize(ODD_PATHS.flatMap((path) => [issue(REQUEST_ERROR, path), issue(ZIP_ERROR, path)]), 3);
    expect(summary).toEqual({ requestCount: 3, fileRefused: false, rejectedRequests: [], zipRefused: true, incompleteRequests: [] });
  });
});
