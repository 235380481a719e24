/**
 * The JSON Schema (draft 2020-12) of the BIO-SGL balance-request file, for vendors who do
 * not write TypeScript: what Zod 4's `z.toJSONSchema` gives of the Zod schemas of
 * `src/schema` (from `zod/mini`, as the schemas) — every key, type, pattern, length and bound
 * comes from the Zod checks themselves — with their descriptions (`src/schema/descriptions.ts`,
 * read from a registry of their own: Zod's global one is left alone).
 *
 * Added here, with the converter's own `override` hook, only what Zod cannot say: what a
 * `z.refine` checks when JSON Schema can express it (a real calendar day), and the rules that
 * `validateSoldeFile` checks across fields (the numbering, the attachments' nomenclature
 * and types, uniqueness, the installation scenario's conditionals). They are keyed by the
 * identity of the Zod schema they belong to (not by a path, so that a moved field keeps them,
 * and a replaced schema makes the generation fail instead of silently losing them), and built
 * from the constants of `src/` (`MAX_LINES`, `NUMERO_EDITEUR_PATTERN`, …), never a second
 * copy of a rule. Patterns use `[0-9]`, never `\d`, and no look-around, so that they mean
 * the same in Java, .NET, Python and Go as in JavaScript.
 *
 * `scripts/json-schema.ts` writes the result; `test/schema/json-schema.test.ts` checks the
 * committed file and proves the schema against the fixtures with ajv. What the schema cannot
 * express is listed in `schema/README.md`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { beneficiairesSchema, dateFactureSchema, FORMATS_FICHIER, MAX_LINES, MSS_ADDRESS_PATTERN, nomFichierSchema, NUMERO_EDITEUR_PATTERN, PiecesJustificativesSchema, PieceJustificativeSchema, ScenarioInstallationSchema, siretSchema, SoldeFileSchema, TYPES_FICHIER } from '../src/index.js';
import { PIECE_NAME_PREFIX } from '../src/names/piece-file-name.js';
import { registerSchemaDescriptions, SCHEMA_DESCRIPTIONS } from '../src/schema/descriptions.js';

/** A JSON Schema node, as plain JSON. */
export type JsonSchemaNode = Record<string, unknown>;

/** Where the generated schema is committed, relative to the repository root. */
export const SCHEMA_FILE = 'schema/segur-sgl-solde.schema.json';
/** Its name in `dist/` (exported as `segur-sgl-solde/schema.json`). */
export const SCHEMA_DIST_NAME = 'segur-sgl-solde.schema.json';

/** A year from 0001 to 9999, written with 4 digits. */
const YEAR = '(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})';
/** A leap year of 4 digits: a multiple of 4 but not of 100, or a multiple of 400 (never 0000). */
const LEAP_YEAR = '([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)';

/**
 * `JJ/MM/AAAA` naming a real day of the Gregorian calendar, years 0001 to 9999 — the same
 * set as `parseFrenchDate` accepts (proven exhaustively by the test): what the Zod refinement
 * of `dateFacture` checks, which `z.toJSONSchema` cannot see.
 */
export const CALENDAR_DATE_PATTERN =
  `^((0[1-9]|1[0-9]|2[0-8])/(0[1-9]|1[0-2])/${YEAR}` +
  `|(29|30)/(0[13-9]|1[0-2])/${YEAR}` +
  `|31/(0[13578]|1[02])/${YEAR}` +
  `|29/02/${LEAP_YEAR})$`;

/** The e-mail pattern of the MSS addresses, as the Zod check has it (`MSS_ADDRESS_PATTERN`). */
export const EMAIL_PATTERN = MSS_ADDRESS_PATTERN.source;

/** The body of an anchored pattern (without `^` and `$`), to be part of a longer one. */
const body = (pattern: RegExp): string => pattern.source.replace(/^\^/, '').replace(/\$$/, '');

/** Property constraint under a condition on another property of the same object. */
function when(flag: string, value: unknown, then: JsonSchemaNode): JsonSchemaNode {
  return { if: { type: 'object', required: [flag], properties: { [flag]: { const: value } } }, then: { type: 'object', ...then } };
}

function pieceWith(typeFichier: string): JsonSchemaNode {
  return { type: 'object', required: ['typeFichier'], properties: { typeFichier: { const: typeFichier } } };
}

/** What Zod cannot say, keyed by the Zod schema it belongs to. */
function supplements(): Map<z.core.$ZodType, JsonSchemaNode> {
  const lines = SoldeFileSchema.shape.lignesImport;
  return new Map<z.core.$ZodType, JsonSchemaNode>([
    [siretSchema, { $comment: 'La clé de Luhn (et la règle de La Poste) n’est pas exprimable ici : voir schema/README.md.' }],
    [
      lines,
      {
        // Checked by validateSoldeFile's file rules (LINES_EMPTY, LINES_TOO_MANY), with the file's numbering.
        minItems: 1,
        maxItems: MAX_LINES,
        // The numbering 1, 2, 3…: index i holds numLigne i + 1. Inside allOf, so that `items` still applies to every line.
        allOf: [{ prefixItems: Array.from({ length: MAX_LINES }, (_, i) => ({ type: 'object', properties: { numLigne: { const: i + 1 } } })) }],
      },
    ],
    [
      dateFactureSchema,
      { allOf: [{ pattern: CALENDAR_DATE_PATTERN }], $comment: 'JJ/MM/AAAA, jour réel du calendrier grégorien (années bissextiles comprises).' },
    ],
    // FINESS_DUPLICATE, a request rule.
    [beneficiairesSchema, { uniqueItems: true }],
    [
      nomFichierSchema,
      {
        // The nomenclature (PIECE_NAME_MISMATCH, a request rule: the name also carries the request's numeroEditeur).
        pattern: `^${PIECE_NAME_PREFIX}-(${TYPES_FICHIER.join('|')})-${body(NUMERO_EDITEUR_PATTERN)}\\.(${FORMATS_FICHIER.map((f) => f.toLowerCase()).join('|')})$`,
      },
    ],
    [
      PieceJustificativeSchema,
      {
        // The name follows its own type and format; its tie to the request's numeroEditeur is not expressible.
        allOf: [
          ...TYPES_FICHIER.map((t) => when('typeFichier', t, { properties: { nomFichier: { type: 'string', pattern: `^${PIECE_NAME_PREFIX}-${t}-` } } })),
          ...FORMATS_FICHIER.map((f) => when('formatFichier', f, { properties: { nomFichier: { type: 'string', pattern: `\\.${f.toLowerCase()}$` } } })),
        ],
      },
    ],
    [
      PiecesJustificativesSchema,
      // With names that follow type and format, two equal names are two equal pieces. One piece of each type implies
      // minItems: said outright, it also guards validators that skip `contains` on an empty list (ajv 8.20 does, after
      // a list that matched, in the same run).
      { minItems: TYPES_FICHIER.length, uniqueItems: true, allOf: TYPES_FICHIER.map((t) => ({ contains: pieceWith(t) })) },
    ],
    [
      ScenarioInstallationSchema,
      {
        allOf: [
          when('isDirectToDMP', true, { properties: { identDMP: { type: 'array', minItems: 1 } } }),
          when('isDirectToMSSPro', true, { properties: { adresseBoiteMSSPro: { type: 'string' } } }),
          when('isDirectToMSSPro', false, { properties: { adresseBoiteMSSPro: { type: 'null' } } }),
          when('isDirectToMSSCitoyen', true, { properties: { adresseBoiteMSSCitoyen: { type: 'string' } } }),
          when('isDirectToMSSCitoyen', false, { properties: { adresseBoiteMSSCitoyen: { type: 'null' } } }),
        ],
      },
    ],
  ]);
}

/**
 * The JSON Schema of the file, as a plain object.
 *
 * @returns a draft 2020-12 schema: what Zod gives, plus what its refinements check and the
 * cross-field rules, where JSON Schema can express them
 * @throws Error when a constraint could not be attached (its Zod schema is no longer part of
 * the file's schema), or when it would replace what Zod says
 * @example
 * ```ts
 * import { Ajv2020 } from 'ajv/dist/2020';
 * const validate = new Ajv2020().compile(soldeJsonSchema());
 * validate(JSON.parse(text));
 * ```
 */
export function soldeJsonSchema(): JsonSchemaNode {
  const extra = supplements();
  const applied = new Set<z.core.$ZodType>();
  const descriptions = z.registry<{ description?: string }>();
  registerSchemaDescriptions(descriptions);
  const generated = z.toJSONSchema(SoldeFileSchema, {
    target: 'draft-2020-12',
    metadata: descriptions,
    override: ({ zodSchema, jsonSchema }) => {
      const add = extra.get(zodSchema);
      if (add === undefined) return;
      // Only additions: a key Zod already wrote would be a rule said twice.
      const clash = Object.keys(add).filter((key) => key in jsonSchema);
      if (clash.length > 0) throw new Error(`json-schema: ${clash.join(', ')} already given by Zod for ${SCHEMA_DESCRIPTIONS.get(zodSchema) ?? '?'}`);
      Object.assign(jsonSchema, add);
      applied.add(zodSchema);
    },
  }) as JsonSchemaNode;
  const missed = [...extra.keys()].filter((s) => !applied.has(s));
  if (missed.length > 0) {
    throw new Error(`json-schema: ${missed.length} constraint(s) not attached: ${missed.map((s) => SCHEMA_DESCRIPTIONS.get(s) ?? '?').join(' | ')}`);
  }
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Fichier JSON BIO-SGL de demandes de solde (ASP, Ségur numérique)',
    $comment:
      'Généré par scripts/json-schema.ts depuis les schémas Zod de segur-sgl-solde : ne pas modifier à la main. ' +
      'Les règles que JSON Schema ne peut pas exprimer (clé de Luhn du SIRET, unicité de numeroASP et numeroEditeur, ' +
      'lien des noms de pièces au numeroEditeur, date de dépôt, écriture à deux décimales…) sont listées dans schema/README.md.',
    ...rest,
  };
}

/**
 * JSON text with small nodes on one line (up to `width` columns), two-space indentation,
 * a final LF: readable although the numbering constraint lists 200 entries.
 *
 * @example
 * ```ts
 * formatJson({ a: [1, 2], b: { c: 'd' } }); // '{\n  "a": [1, 2],\n  "b": { "c": "d" }\n}\n'
 * ```
 */
export function formatJson(value: unknown, width = 110): string {
  return `${writeNode(value, '', 0, width)}\n`;
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

function writeNode(value: unknown, indent: string, used: number, width: number): string {
  const flat = inline(value);
  if (typeof value !== 'object' || value === null || used + flat.length <= width) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${writeNode(v, inner, inner.length, width)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const parts = entries.map(([k, v]) => {
    const head = `${inner}${JSON.stringify(k)}: `;
    return `${head}${writeNode(v, inner, head.length, width)}`;
  });
  return `{\n${parts.join(',\n')}\n${indent}}`;
}

/**
 * The committed text of the schema file.
 *
 * @example
 * ```ts
 * writeFileSync('schema/segur-sgl-solde.schema.json', soldeJsonSchemaText());
 * ```
 */
export function soldeJsonSchemaText(): string {
  return formatJson(soldeJsonSchema());
}
