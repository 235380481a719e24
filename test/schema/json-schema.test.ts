import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adresseMssProSchema, dateFactureSchema, finessSchema, identDmpItemSchema, ISSUE_CODES, numeroAnsSchema, numeroAspSchema, numeroEditeurSchema, SIRET_PATTERN, validateSoldeFile, type IssueCode } from '../../src/index.js';
import { isEmailAddress } from '../../src/checks/email.js';
import { parseFrenchDate } from '../../src/checks/calendar-date.js';
import { CALENDAR_DATE_PATTERN, EMAIL_PATTERN, formatJson, SCHEMA_FILE, soldeJsonSchema, soldeJsonSchemaText } from '../../scripts/solde-json-schema.js';
import { RECIPES } from '../fixtures/recipes.js';
import { ajvVerdict, committedSchema, strictAjv } from '../helpers/ajv.js';
import { validFileArb } from '../helpers/arbitraries.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string): string => readFileSync(join(root, 'test', 'fixtures', name), 'utf8');

/**
 * Structural ('file' scope) errors whose fixture ajv cannot refuse, and why. Each reason is
 * checked below, so that the list cannot go stale.
 */
const FILE_SCOPE_EXCLUSIONS: Readonly<Partial<Record<IssueCode, string>>> = {
  INPUT_TOO_LARGE: 'the text is refused for its size (a reading option), before parsing; the value itself is the valid file',
  JSON_SYNTAX: 'the text is not JSON: no value exists for a schema to judge (every JSON parser refuses it first)',
  JSON_DUPLICATE_KEY: 'JSON parsers keep one of the two values; the duplicate is gone before a schema sees the value',
  LINE_NUMBER_INVALID: 'the fixture writes numLigne as 1.0: a parser reads the number 1, and JSON Schema judges values, not how they are written',
  SIRET_KEY: 'the Luhn key (and La Poste’s digit-sum rule) is arithmetic, not a pattern',
  AMOUNT_TOO_LARGE: 'the schema sets no maximum on amounts: 13 digits before the point is our decision (FORMAT.md §3), about what a double holds exactly',
};

/** Request-scope errors the schema does not express (documented in schema/README.md). */
const REQUEST_RULES_NOT_EXPRESSED: ReadonlySet<IssueCode> = new Set([
  'NUMERO_ASP_DUPLICATE', // uniqueness of one key across the lines: uniqueItems compares whole items
  'NUMERO_EDITEUR_DUPLICATE', // idem
  'DATE_AFTER_DEPOSIT', // depends on the deposit date, which is not in the file
  'AMOUNT_DECIMALS', // the written form 27450.00 is text; multipleOf 0.01 is unreliable in binary floating point
]);

const info = (code: string) => ISSUE_CODES[code as IssueCode];

function parsedFixture(code: string): unknown {
  return JSON.parse(fixture(`invalid/${code}.json`).replace(/^\uFEFF/, ''));
}

describe('the committed JSON Schema', () => {
  it(`is what scripts/json-schema.ts generates now (${SCHEMA_FILE}; run npx tsx scripts/json-schema.ts)`, () => {
    expect(readFileSync(join(root, SCHEMA_FILE), 'utf8')).toBe(soldeJsonSchemaText());
    expect(committedSchema).toEqual(soldeJsonSchema());
  });

  it('is draft 2020-12 and compiles under ajv’s strict mode', () => {
    expect(committedSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => strictAjv().compile(committedSchema)).not.toThrow();
  });

  it('keeps the Zod descriptions', () => {
    const text = JSON.stringify(committedSchema);
    for (const key of ['impId', 'numeroAns', 'SIRET', 'lignesImport', 'numLigne', 'dateFacture', 'montantSegurHTFacture', 'identDMP', 'adresseBoiteMSSPro']) {
      expect(text).toContain(`"description":"${key} — `);
    }
  });
});

describe('ajv with the schema, on the fixtures', () => {
  it('accepts the valid fixture', () => {
    expect(ajvVerdict(JSON.parse(fixture('valid/two-requests.json')))).toEqual({ ok: true, errors: [] });
  });

  const fileErrors = RECIPES.filter((r) => info(r.code).scope === 'file' && info(r.code).severity === 'error');
  const refusable = fileErrors.filter((r) => FILE_SCOPE_EXCLUSIONS[r.code as IssueCode] === undefined);

  it.each(refusable.map((r) => [r.code, r] as const))('refuses the structural fault %s, as validateSoldeFile does', (code, recipe) => {
    const report = validateSoldeFile(fixture(`invalid/${code}.json`), { depositDate: DEPOSIT, ...recipe.options });
    expect(report.ok).toBe(false);
    expect(report.summary.fileRefused).toBe(true);
    expect(ajvVerdict(parsedFixture(code)).ok).toBe(false);
  });

  it('lists every excluded structural fault with a reason that holds', () => {
    expect(fileErrors.length).toBe(refusable.length + Object.keys(FILE_SCOPE_EXCLUSIONS).length);
    const valid = JSON.parse(fixture('valid/two-requests.json')) as unknown;
    // INPUT_TOO_LARGE: the fixture is the valid file itself; only the maxBytes option refuses it.
    expect(JSON.parse(fixture('invalid/INPUT_TOO_LARGE.json'))).toEqual(valid);
    // JSON_SYNTAX: no parser gets a value out of it.
    expect(() => {
      JSON.parse(fixture('invalid/JSON_SYNTAX.json'));
    }).toThrow(SyntaxError);
    // JSON_DUPLICATE_KEY: the parsed value is the valid file.
    expect(JSON.parse(fixture('invalid/JSON_DUPLICATE_KEY.json'))).toEqual(valid);
    // LINE_NUMBER_INVALID: 1.0 reads as 1, which is the valid file.
    expect(JSON.parse(fixture('invalid/LINE_NUMBER_INVALID.json'))).toEqual(valid);
    // SIRET_KEY: the shape is right, only the key is wrong.
    expect(parsedFixture('SIRET_KEY')).toMatchObject({ SIRET: expect.stringMatching(/^[0-9]{14}$/) as unknown });
    // AMOUNT_TOO_LARGE: a number more than zero, which the schema takes.
    for (const code of ['INPUT_TOO_LARGE', 'JSON_DUPLICATE_KEY', 'LINE_NUMBER_INVALID', 'SIRET_KEY', 'AMOUNT_TOO_LARGE']) {
      expect(ajvVerdict(parsedFixture(code)).ok, code).toBe(true);
    }
  });

  const requestErrors = RECIPES.filter((r) => info(r.code).scope === 'request' && info(r.code).severity === 'error');

  it.each(requestErrors.map((r) => [r.code] as const))('judges the request fault %s as documented', (code) => {
    expect(validateSoldeFile(fixture(`invalid/${code}.json`), { depositDate: DEPOSIT }).ok).toBe(false);
    expect(ajvVerdict(parsedFixture(code)).ok).toBe(REQUEST_RULES_NOT_EXPRESSED.has(code as IssueCode));
  });

  it.each(RECIPES.filter((r) => info(r.code).severity === 'warning').map((r) => [r.code] as const))(
    'accepts the file with only the warning %s, as validateSoldeFile does',
    (code) => {
      expect(validateSoldeFile(fixture(`invalid/${code}.json`), { depositDate: DEPOSIT }).ok).toBe(true);
      expect(ajvVerdict(parsedFixture(code))).toEqual({ ok: true, errors: [] });
    },
  );
});

describe('ajv with the schema, on generated files', () => {
  it('accepts every generated valid file', () => {
    fc.assert(
      fc.property(validFileArb(), (file) => {
        expect(ajvVerdict(file)).toEqual({ ok: true, errors: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a request without pieces wherever it stands (ajv 8.20 skips `contains` on an empty list after a first match)', () => {
    for (const index of [0, 1, 2]) {
      const file = validFile(3);
      const line = file.lignesImport[index];
      if (line) line.piecesJustificatives = [];
      expect(ajvVerdict(file).errors, `line ${index}`).toContain(`/lignesImport/${index}/piecesJustificatives must NOT have fewer than 2 items`);
    }
  });

  it('accepts a full file of 200 requests and refuses 201', () => {
    const two = JSON.parse(fixture('valid/two-requests.json')) as { lignesImport: { numLigne: number; numeroASP: string; numeroEditeur: string }[] };
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...structuredClone(two.lignesImport[0]), numLigne: i + 1 }));
    expect(ajvVerdict({ ...two, lignesImport: lines(200) }).ok).toBe(true);
    expect(ajvVerdict({ ...two, lignesImport: lines(201) }).errors).toContain('/lignesImport must NOT have more than 200 items');
  });
});

/** The sub-schema at a path of property names, compiled alone. */
function fieldValidator(...keys: string[]): (value: unknown) => boolean {
  let node: unknown = committedSchema;
  for (const key of keys) {
    const here = node as Record<string, Record<string, unknown>>;
    node = key === '[]' ? here.items : here.properties?.[key];
  }
  const validate = strictAjv().compile(node as Record<string, unknown>);
  return (value) => validate(value);
}

const LINE = ['lignesImport', '[]'];
const identDmp = fieldValidator(...LINE, 'scenarioInstallation', 'identDMP');

describe('each field’s constraints mean what the core’s rule means', () => {
  const ok = (zod: { safeParse: (v: unknown) => { success: boolean } }) => (v: string) => zod.safeParse(v).success;
  const fields: readonly { name: string; schema: (v: string) => boolean; core: (v: string) => boolean; samples: fc.Arbitrary<string> }[] = [
    { name: 'numeroAns', schema: fieldValidator('numeroAns'), core: ok(numeroAnsSchema), samples: fc.stringMatching(/^[A-Za-z0-9é_ -]{8,12}$/) },
    { name: 'SIRET (shape)', schema: fieldValidator('SIRET'), core: (v) => SIRET_PATTERN.test(v), samples: fc.stringMatching(/^[0-9٣ a]{12,16}$/) },
    { name: 'numeroASP', schema: fieldValidator(...LINE, 'numeroASP'), core: ok(numeroAspSchema), samples: fc.stringMatching(/^(FINBIO|finbio|FINBI)[0-9a]{5,7}$/) },
    { name: 'numeroEditeur', schema: fieldValidator(...LINE, 'numeroEditeur'), core: ok(numeroEditeurSchema), samples: fc.stringMatching(/^[A-Za-z0-9 -]{4,6}$/) },
    { name: 'FINESS', schema: fieldValidator(...LINE, 'beneficiaires', '[]'), core: ok(finessSchema), samples: fc.stringMatching(/^[0-9][0-9A-Za][0-9B]{6,8}$/) },
    {
      name: 'dateFacture',
      schema: fieldValidator(...LINE, 'facture', 'dateFacture'),
      core: ok(dateFactureSchema),
      samples: fc.stringMatching(/^[0-3][0-9]\/[01][0-9]\/[0-9]{4}$/),
    },
    {
      name: 'adresseBoiteMSSPro',
      schema: fieldValidator(...LINE, 'scenarioInstallation', 'adresseBoiteMSSPro'),
      // The field lets the text "null" through so that the validator can name it NULL_AS_STRING; the schema refuses it plainly.
      core: (v) => ok(adresseMssProSchema)(v) && v !== 'null',
      samples: fc.oneof(fc.stringMatching(/^[a-z.+-]{0,6}@[a-z0-9.-]{0,12}$/), fc.emailAddress(), fc.constant('null')),
    },
    {
      name: 'identDMP item (length)',
      schema: (v) => identDmp([v]),
      core: ok(identDmpItemSchema),
      samples: fc.integer({ min: 240, max: 260 }).map((n) => '1'.repeat(n)),
    },
  ];

  it.each(fields.map((f) => [f.name, f] as const))('%s', (_name, field) => {
    // Valid-looking values, and the same with a character before or after (the anchors of every pattern).
    const junk = fc.constantFrom('0', 'A', ' ', '-', '/');
    const samples = fc.oneof(field.samples, fc.tuple(junk, field.samples).map(([j, v]) => j + v), fc.tuple(field.samples, junk).map(([v, j]) => v + j));
    fc.assert(
      fc.property(fc.oneof(samples, fc.string({ maxLength: 20 })), (value) => {
        expect(field.schema(value)).toBe(field.core(value));
      }),
      { numRuns: 400 },
    );
  });

  it('the date pattern is exactly parseFrenchDate on every day and month of telling years', () => {
    const pattern = new RegExp(CALENDAR_DATE_PATTERN, 'u');
    const years = [0, 1, 4, 99, 100, 400, 1600, 1700, 1900, 2000, 2023, 2024, 2100, 2400, 9996, 9999];
    for (const year of years) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year).padStart(4, '0')}`;
          expect(pattern.test(text), text).toBe(typeof parseFrenchDate(text) === 'object');
        }
      }
    }
  });

  it('the date pattern knows every leap year from 0001 to 9999', () => {
    const pattern = new RegExp(CALENDAR_DATE_PATTERN, 'u');
    const wrong: string[] = [];
    for (let year = 0; year <= 9999; year++) {
      const text = `29/02/${String(year).padStart(4, '0')}`;
      if (pattern.test(text) !== (typeof parseFrenchDate(text) === 'object')) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it('the e-mail pattern agrees with isEmailAddress on the edge cases', () => {
    const pattern = new RegExp(EMAIL_PATTERN, 'u');
    const cases = ['a@b.fr', 'a.b@c.fr', 'a.@b.fr', '.a@b.fr', 'a..b@c.fr', 'a@b', 'a@-b.fr', 'a@b-.fr', 'a@b..fr', "o'n+x@d.mssante.fr", 'a b@c.fr', 'a@b.fr.', '@b.fr'];
    for (const c of cases) expect(pattern.test(c), c).toBe(isEmailAddress(c));
  });

  it('the nomFichier constraints accept exactly the canonical names of a piece’s own type and format', () => {
    const piece = fieldValidator(...LINE, 'piecesJustificatives', '[]');
    expect(piece({ nomFichier: 'BIO-SGL-Va1-FACTURE-0000A.jpg', formatFichier: 'JPG', typeFichier: 'FACTURE' })).toBe(true);
    expect(piece({ nomFichier: 'BIO-SGL-Va1-VA-0000A.jpg', formatFichier: 'JPG', typeFichier: 'FACTURE' })).toBe(false);
    expect(piece({ nomFichier: 'BIO-SGL-Va1-FACTURE-0000A.png', formatFichier: 'JPG', typeFichier: 'FACTURE' })).toBe(false);
    expect(piece({ nomFichier: 'BIO-SGL-Va1-FACTURE-0000A.JPG', formatFichier: 'JPG', typeFichier: 'FACTURE' })).toBe(false);
  });
});

describe('formatJson', () => {
  it('puts small nodes on one line and breaks the others', () => {
    expect(formatJson({ a: [1, 2], b: { c: 'd' }, e: [], f: {} })).toBe('{ "a": [1, 2], "b": { "c": "d" }, "e": [], "f": {} }\n');
    expect(formatJson({ a: [1, 2], b: { c: 'd' } }, 20)).toBe('{\n  "a": [1, 2],\n  "b": { "c": "d" }\n}\n');
    expect(formatJson([{ long: 'x'.repeat(20) }, []], 10)).toBe(`[\n  {\n    "long": "${'x'.repeat(20)}"\n  },\n  []\n]\n`);
  });
});
