import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as schema from '../../src/schema/index.js';
import {
  adresseMssProSchema,
  identDmpItemSchema,
  nomFichierSchema,
  numeroAnsSchema,
  numeroAspSchema,
  numeroEditeurSchema,
  numLigneSchema,
  scenarioFlagSchema,
  ScenarioInstallationSchema,
  siretSchema,
  SoldeFileSchema,
} from '../../src/index.js';
import { registerSchemaDescriptions, SCHEMA_DESCRIPTIONS } from '../../src/schema/descriptions.js';

const accepts = (s: { safeParse: (v: unknown) => { success: boolean } }, v: unknown) => s.safeParse(v).success;

describe('field schemas at their bounds', () => {
  it('numLigne: whole numbers from 1 to 200', () => {
    expect([1, 200].map((v) => accepts(numLigneSchema, v))).toEqual([true, true]);
    expect([0, 201, 1.5, -1, Number.NaN].map((v) => accepts(numLigneSchema, v))).toEqual([false, false, false, false, false]);
  });

  it('lengths: nomFichier < 50, an identDMP < 250, an MSS address < 150', () => {
    expect([49, 50].map((n) => accepts(nomFichierSchema, 'x'.repeat(n)))).toEqual([true, false]);
    expect([249, 250].map((n) => accepts(identDmpItemSchema, '1'.repeat(n)))).toEqual([true, false]);
    expect([149, 150].map((n) => accepts(adresseMssProSchema, `${'a'.repeat(n - 16)}@labo.mssante.fr`))).toEqual([true, false]);
  });

  it('exact forms: nothing before, nothing after', () => {
    expect(['ANS0000001', 'ANS00000012', '-ANS0000001'].map((v) => accepts(numeroAnsSchema, v))).toEqual([true, false, false]);
    expect(['FINBIO000001', 'FINBIO0000011', 'xFINBIO000001'].map((v) => accepts(numeroAspSchema, v))).toEqual([true, false, false]);
    expect(['00001', '000011', 'x00001'].map((v) => accepts(numeroEditeurSchema, v))).toEqual([true, false, false]);
  });
});

describe('every exported schema', () => {
  const schemas = Object.entries(schema as Record<string, unknown>).filter((entry): entry is [string, z.ZodMiniType] => entry[1] instanceof z.ZodMiniType);
  // Kept out of the core (segur-sgl-solde/descriptions), registered only on demand.
  const description = (s: z.ZodMiniType): string | undefined => SCHEMA_DESCRIPTIONS.get(s);

  it.each(schemas.map(([name, s]) => [name, s] as const))('%s describes the ASP field and its rule', (_name, s) => {
    expect(description(s)?.length ?? 0).toBeGreaterThan(15);
  });

  it('the scenario flags say they are JSON booleans, each flag of the block its own role', () => {
    expect(description(scenarioFlagSchema)).toMatch(/booléen JSON/);
    expect(schemas.length).toBeGreaterThan(20);
    const flags = ScenarioInstallationSchema.shape;
    expect([flags.isDirectToDMP, flags.isDirectToMSSPro, flags.isDirectToMSSCitoyen].map((s) => description(s)?.split(' — ')[0])).toEqual([
      'isDirectToDMP',
      'isDirectToMSSPro',
      'isDirectToMSSCitoyen',
    ]);
  });

  it('are described only on demand, in the registry asked for, keeping what it held', () => {
    expect(z.globalRegistry.get(SoldeFileSchema)?.description).toBeUndefined();
    const registry = z.registry<{ description?: string; id?: string }>();
    registry.add(siretSchema, { id: 'siret' });
    registerSchemaDescriptions(registry);
    expect(registry.get(siretSchema)).toEqual({ id: 'siret', description: SCHEMA_DESCRIPTIONS.get(siretSchema) });
    expect(z.toJSONSchema(SoldeFileSchema, { metadata: registry }).description).toBe('fichier JSON BIO-SGL de demandes de solde (§2.2)');
  });
});
