import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as zc from 'zod';
import * as z from 'zod/mini';
// Only the layout module: these tests load even when another module of the package would not.
import {
  FactureSchema,
  LigneImportSchema,
  PieceJustificativeSchema,
  ScenarioInstallationSchema,
  SoldeFileSchema,
  WIRE_ITEM_KINDS,
  WIRE_KINDS,
  WIRE_LAYOUT,
} from '../../src/schema/layout.js';
import { validFile } from '../helpers/valid-file.js';

describe('WIRE_LAYOUT', () => {
  it('is the key order of every object of the file, taken from the schemas', () => {
    expect(WIRE_LAYOUT).toEqual({
      keys: Object.keys(SoldeFileSchema.shape),
      children: {
        lignesImport: {
          keys: Object.keys(LigneImportSchema.shape),
          children: {
            facture: { keys: Object.keys(FactureSchema.shape), children: {} },
            piecesJustificatives: { keys: Object.keys(PieceJustificativeSchema.shape), children: {} },
            scenarioInstallation: { keys: Object.keys(ScenarioInstallationSchema.shape), children: {} },
          },
        },
      },
    });
    expect(WIRE_LAYOUT.keys).toEqual(['impId', 'numeroAns', 'SIRET', 'lignesImport']);
  });
});

describe('WIRE_KINDS', () => {
  /** The JSON types the committed JSON Schema allows at each property (by name: the format never reuses a name). */
  function schemaKinds(): Map<string, Set<string>> {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'segur-sgl-solde.schema.json'), 'utf8')) as unknown;
    const kinds = new Map<string, Set<string>>();
    const typesOf = (node: Record<string, unknown>): string[] => {
      if (Array.isArray(node.anyOf)) return (node.anyOf as Record<string, unknown>[]).flatMap(typesOf);
      const type = node.type;
      return (Array.isArray(type) ? type : [type]).map((t) => (t === 'integer' ? 'number' : String(t)));
    };
    // The structure only: objects' properties and arrays' items, not the conditions (allOf, if/then, prefixItems).
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      const { properties, items, anyOf } = node as { properties?: Record<string, Record<string, unknown>>; items?: unknown; anyOf?: unknown[] };
      for (const [key, child] of Object.entries(properties ?? {})) {
        kinds.set(key, new Set(typesOf(child)));
        walk(child);
      }
      walk(items);
      for (const option of anyOf ?? []) walk(option);
    };
    walk(schema);
    return kinds;
  }

  it('allows at each key the JSON types the JSON Schema allows there', () => {
    const fromSchema = schemaKinds();
    expect(Object.keys(WIRE_KINDS).sort()).toEqual([...fromSchema.keys()].sort());
    for (const [key, kinds] of Object.entries(WIRE_KINDS)) expect(new Set(kinds), key).toEqual(fromSchema.get(key));
  });

  it('names the kind of the items of the lists of plain values', () => {
    expect(WIRE_ITEM_KINDS).toEqual({ beneficiaires: 'string', identDMP: 'string' });
  });
});

describe('the layout’s objects', () => {
  it('are plain zod/mini strict objects', () => {
    for (const schema of [FactureSchema, PieceJustificativeSchema, ScenarioInstallationSchema, LigneImportSchema, SoldeFileSchema]) {
      expect(schema).toBeInstanceOf(z.ZodMiniObject);
      expect(schema.safeParse({ ...validFile(1), extra: 1 }).success).toBe(false);
    }
  });

  it('compose in the user’s own schemas: nested, extended, picked, with zod/mini or classic Zod', () => {
    const file = validFile(1);
    const Deposit = z.object({ deposit: SoldeFileSchema, note: z.string() });
    expect(Deposit.safeParse({ deposit: file, note: 'x' }).success).toBe(true);
    const nested = Deposit.safeParse({ deposit: { ...file, SIRET: '73282932000075' }, note: 'x' });
    expect(nested.error?.issues.map((i) => [i.code, i.path])).toEqual([['custom', ['deposit', 'SIRET']]]);

    const Extended = z.extend(FactureSchema, { numeroFacture: z.string().check(z.regex(/^F[0-9]+$/)) });
    expect(Object.keys(Extended.shape)).toEqual(['dateFacture', 'montantSegurHTFacture', 'numeroFacture']);
    expect(Extended.safeParse({ dateFacture: '15/03/2024', montantSegurHTFacture: 27450, numeroFacture: 'F1' }).success).toBe(true);
    expect(Extended.safeParse({ dateFacture: '31/02/2024', montantSegurHTFacture: 27450, numeroFacture: 'F1' }).error?.issues[0]?.path).toEqual(['dateFacture']);
    expect(Object.keys(z.pick(LigneImportSchema, { numeroASP: true, numeroEditeur: true }).shape)).toEqual(['numeroASP', 'numeroEditeur']);

    const Classic = zc.object({ deposit: SoldeFileSchema, files: zc.array(FactureSchema).min(1) });
    expect(Classic.safeParse({ deposit: file, files: [file.lignesImport[0]?.facture] }).success).toBe(true);
    expect(Classic.safeParse({ deposit: { ...file, numeroAns: 'short' }, files: [] }).error?.issues.map((i) => i.path.join('.'))).toEqual(['deposit.numeroAns', 'files']);
  });
});
