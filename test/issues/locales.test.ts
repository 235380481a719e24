import { describe, expect, it } from 'vitest';
import {
  ALL_ISSUE_CODES,
  formatPath,
  isLocale,
  issueMessage,
  localeMessages,
  LOCALES,
  localizeIssues,
  resolveLocale,
  SoldeUsageError,
  SoldeValidationError,
  validateSoldeFile,
  type InputFault,
  type Issue,
  type IssueCode,
  type IssueParamsByCode,
  type JsonExpectation,
  type JsonTypeName,
  type Locale,
  type LocaleMessages,
  type UnsafePathReason,
  type ZipFault,
} from '../../src/index.js';
import { SAMPLE_PARAMS } from '../../scripts/issue-samples.js';
import { foreignWords } from '../helpers/foreign-words.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { checkPiecesZip } from '../../src/zip/index.js';
import { craftZip, type CraftEntry } from '../zip/helpers/craft.js';
import { pdf, VA_1 } from '../zip/helpers/pieces.js';

/** Every value of a union, listed once: a kind added to the union and not here is a compile error. */
function every<T extends string>(values: { [K in T]: true }): T[] {
  return Object.keys(values) as T[];
}

const TYPES = every<JsonTypeName>({ object: true, array: true, string: true, number: true, boolean: true, null: true, undefined: true, bigint: true, symbol: true, function: true });
const EXPECTATIONS = every<JsonExpectation>({
  value: true,
  'object-key': true,
  colon: true,
  'comma-or-object-end': true,
  'comma-or-array-end': true,
  'text-end': true,
  'string-end': true,
  'escaped-control-character': true,
  'four-hex-digits': true,
  'escape-character': true,
  digit: true,
  'well-formed-number': true,
  'json-text': true,
});
const REASONS = every<UnsafePathReason>({ empty: true, control: true, backslash: true, absolute: true, 'dot-segment': true, symlink: true });
const INPUT_FAULTS: { [K in InputFault['kind']]: Extract<InputFault, { kind: K }> } = {
  cycle: { kind: 'cycle' },
  'not-text': { kind: 'not-text', type: 'number' },
  threw: { kind: 'threw', thrown: 'boom' },
};
const ZIP_FAULTS: { [K in ZipFault['kind']]: Extract<ZipFault, { kind: K }> } = {
  'too-small': { kind: 'too-small' },
  'no-end-record': { kind: 'no-end-record' },
  'multi-disk': { kind: 'multi-disk' },
  'zip64-corrupt': { kind: 'zip64-corrupt' },
  'directory-out-of-bounds': { kind: 'directory-out-of-bounds' },
  'directory-corrupt': { kind: 'directory-corrupt' },
  'directory-too-large': { kind: 'directory-too-large', size: 3_000_000_000, limit: 200_000_000 },
  'too-many-entries': { kind: 'too-many-entries', count: 70_000 },
  'local-header-missing': { kind: 'local-header-missing' },
  'local-name-differs': { kind: 'local-name-differs' },
  'local-header-differs': { kind: 'local-header-differs' },
  'unicode-name-differs': { kind: 'unicode-name-differs', other: 'x.pdf' },
  'data-out-of-bounds': { kind: 'data-out-of-bounds' },
  overlap: { kind: 'overlap', other: 'x.pdf' },
  method: { kind: 'method', method: 12 },
  'stored-sizes': { kind: 'stored-sizes', compressed: 1, size: 2 },
  'size-mismatch': { kind: 'size-mismatch', declared: 1, actual: 2 },
  'size-over-declared': { kind: 'size-over-declared', declared: 1 },
  'crc-mismatch': { kind: 'crc-mismatch' },
  'corrupt-data': { kind: 'corrupt-data' },
  'changed-while-writing': { kind: 'changed-while-writing' },
};

/** Beyond each code's sample: every kind of fault and every optional part, worded. */
const VARIANTS: { readonly [C in IssueCode]?: readonly IssueParamsByCode[C][] } = {
  INPUT_UNREADABLE: Object.values(INPUT_FAULTS).map((fault) => ({ fault })),
  JSON_SYNTAX: EXPECTATIONS.flatMap((expected) => [
    { line: 2, column: 5, fault: { expected, found: { kind: 'end' as const } } },
    { line: 2, column: 5, fault: { expected, found: { kind: 'character' as const, character: ']' } } },
  ]),
  ROOT_NOT_OBJECT: TYPES.map((found) => ({ found })),
  TYPE_INVALID: [{ key: 'SIRET' }, ...TYPES.map((expected) => ({ key: 'SIRET', value: '1', expected }))],
  BOOLEAN_AS_STRING: [{ key: 'isDirectToDMP', value: 'False', expected: 'false' }],
  AMOUNT_DECIMALS: [{ key: 'montantSegurHTFacture', value: '1.5' }],
  ZIP_INVALID: Object.values(ZIP_FAULTS).map((fault) => ({ fault })),
  ZIP_ENTRY_INCONSISTENT: Object.values(ZIP_FAULTS).map((fault) => ({ value: 'a.pdf', fault })),
  ZIP_ENTRY_UNSAFE_PATH: REASONS.map((reason) => ({ value: '../a.pdf', reason })),
  ZIP_PIECE_TOO_LARGE: [{ value: 'a.pdf', limit: 1000 }],
  CONTENT_PDF_UNREADABLE: [{ value: 'a.pdf', engineText: 'Invalid PDF structure.' }],
  CONTENT_IMAGE_UNREADABLE: [{ value: 'a.png', engineText: 'Error while decompressing the data' }],
  CONTENT_XML_MALFORMED: [{ value: 'a.xml' }, { value: 'a.xml', encoding: 'iso-8859-1', engineText: 'bytes not in iso-8859-1' }],
  CONTENT_TIMEOUT: [{ value: 'a.pdf', resource: 'memory', limit: 512 }],
};

/** Every parameter set of a code worded here: its sample and its variants. */
function paramsOf<C extends IssueCode>(code: C): IssueParamsByCode[C][] {
  const variants: readonly IssueParamsByCode[C][] = VARIANTS[code] ?? [];
  return [SAMPLE_PARAMS[code], ...variants];
}

describe('every code, every fault, in either language', () => {
  it.each(ALL_ISSUE_CODES)('%s: worded wholly in the language asked, from its parameters alone', (code) => {
    for (const params of paramsOf(code)) {
      for (const locale of ['fr', 'en'] as const) {
        const message = issueMessage(code, params, locale);
        expect(message.length, message).toBeGreaterThan(15);
        expect(message).not.toMatch(/undefined|\[object|NaN|\?\?/);
        expect(foreignWords(message, locale), message).toEqual([]);
      }
      expect(issueMessage(code, params, 'fr')).not.toBe(issueMessage(code, params, 'en'));
    }
  });

  it('words every fault kind differently (no two zip faults, JSON expectations or unsafe reasons read alike)', () => {
    for (const locale of ['fr', 'en'] as const) {
      const words = LOCALES[locale];
      expect(new Set(Object.values(ZIP_FAULTS).map((f) => words.zipFault(f))).size).toBe(Object.keys(ZIP_FAULTS).length);
      expect(new Set(REASONS.map((r) => words.unsafePath(r))).size).toBe(REASONS.length);
      const syntax = EXPECTATIONS.map((expected) => issueMessage('JSON_SYNTAX', { line: 1, column: 1, fault: { expected, found: { kind: 'end' } } }, locale));
      expect(new Set(syntax).size).toBe(EXPECTATIONS.length);
    }
  });

  it('keeps an engine’s own words out of the message (they stay in the parameters, for a log)', () => {
    const issue = issueMessage('CONTENT_PDF_UNREADABLE', { value: 'a.pdf', engineText: 'Invalid PDF structure.' }, 'fr');
    expect(issue).not.toContain('Invalid');
  });
});

describe('the zip codes, checked on hostile zips in one language and shown in the other', () => {
  const file = validFile(2);
  const crafted: [string, Uint8Array][] = [
    ['not a zip', new Uint8Array(10)],
    ['a PDF', pdf(5000)],
    [
      'every fault of names and entries',
      craftZip([
        { name: '../x.pdf', data: pdf(100) },
        { name: 'dossier/y.pdf', data: pdf(100) },
        { name: VA_1, data: pdf(100) },
        { name: VA_1, data: pdf(100) },
        { name: VA_1.toLowerCase(), data: pdf(100) },
        { name: 'BIO-SGL-Va1-FACTURE-00001.pdf', data: new Uint8Array() },
        { name: 'BIO-SGL-Va1-FACTURE-00002.pdf', data: new TextEncoder().encode('not a pdf at all') },
        { name: 'BIO-SGL-Va1-VA-00002.pdf', data: pdf(100), crc: 1 },
        { name: 'autre.pdf', data: pdf(100), flags: 1 },
      ] satisfies CraftEntry[]),
    ],
  ];
  it.each(crafted)('%s: the same issues, re-worded wholly', async (_what, zip) => {
    const fr = await checkPiecesZip(zip, file, { depositDate: DEPOSIT });
    const en = await checkPiecesZip(zip, file, { depositDate: DEPOSIT, locale: 'en' });
    expect(fr.issues.some((i) => i.code.startsWith('ZIP_'))).toBe(true);
    expect(localizeIssues(fr.issues, 'en')).toEqual(en.issues);
    expect(localizeIssues(en.issues, 'fr')).toEqual(fr.issues);
    for (const issue of en.issues) expect(foreignWords(issue.message, 'en'), issue.message).toEqual([]);
    for (const issue of fr.issues) expect(foreignWords(issue.message, 'fr'), issue.message).toEqual([]);
  });
});

/** A test-only language: every message of English, shouted. Typed against the codes like any locale. */
const SHOUTED: LocaleMessages = {
  root: '(ROOT)',
  validationError: (n, shown) => `${n} ERRORS: ${shown.join(' | ')}`,
  demande: (index) => `DEMAND ${index}`,
  zipFault: (fault) => LOCALES.en.zipFault(fault).toUpperCase(),
  unsafePath: (reason) => LOCALES.en.unsafePath(reason).toUpperCase(),
  issues: Object.fromEntries(ALL_ISSUE_CODES.map((code) => [code, (params: never) => issueMessage(code, params, 'en').toUpperCase()])) as unknown as LocaleMessages['issues'],
};

describe('a language of the caller’s own', () => {
  it('words issues, paths and the validation error, given as a locale module', () => {
    const report = validateSoldeFile('{"impId": null}', { depositDate: DEPOSIT });
    const shouted = localizeIssues(report.issues, SHOUTED);
    expect(shouted.map((i) => i.message)).toEqual(localizeIssues(report.issues, 'en').map((i) => i.message.toUpperCase()));
    expect(shouted.map((i) => i.params)).toEqual(report.issues.map((i) => i.params));
    expect(formatPath([], SHOUTED)).toBe('(ROOT)');
    expect(new SoldeValidationError(shouted, { locale: SHOUTED }).message).toMatch(/^\d+ ERRORS: /);
    expect(localeMessages(SHOUTED)).toBe(SHOUTED);
  });
});

describe('choosing a locale', () => {
  it('reads a registered tag, defaults to French, and refuses any other instead of falling back', () => {
    expect(Object.keys(LOCALES)).toEqual(['fr', 'en']);
    expect(resolveLocale(undefined)).toBe('fr');
    expect(resolveLocale('en')).toBe('en');
    expect([isLocale('fr'), isLocale('de'), isLocale('toString'), isLocale(1)]).toEqual([true, false, false, false]);
    for (const bad of ['de', 'EN', '', 'toString', 1, null]) {
      expect(() => resolveLocale(bad), String(bad)).toThrow(SoldeUsageError);
      expect(() => validateSoldeFile('{}', { locale: bad as Locale })).toThrow(/locale/);
    }
  });
});

describe('issues handed back by a caller', () => {
  it('re-words an issue that went through JSON, and refuses one whose code or parameters do not fit, saying which', () => {
    const issues = validateSoldeFile('{"impId": null,}', { depositDate: DEPOSIT }).issues;
    const revived = JSON.parse(JSON.stringify(issues)) as Issue[];
    expect(localizeIssues(revived, 'en')[0]?.message).toMatch(/^The text is not valid JSON/);
    const given = (changes: Record<string, unknown>): Issue[] => [{ ...revived[0], ...changes } as unknown as Issue];
    expect(() => localizeIssues(given({ code: 'ZIP_INVALID', params: { detail: 'moins de 22 octets' } }), 'en')).toThrow(/issues\[0\]: its params are not those of ZIP_INVALID/);
    expect(() => localizeIssues(given({ code: 'NOT_A_CODE' }), 'en')).toThrow(SoldeUsageError);
    expect(() => localizeIssues(given({ params: undefined }), 'en')).toThrow(/issues\[0\]/);
    expect(() => localizeIssues([null] as unknown as Issue[], 'en')).toThrow(/issues\[0\]: undefined is not an issue code/);
  });
});
