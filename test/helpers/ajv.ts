/**
 * The committed JSON Schema compiled by ajv (draft 2020-12): an independent validator, used
 * to prove the schema against the fixtures and as a second judge in the fuzzing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { SCHEMA_FILE } from '../../scripts/solde-json-schema.js';

/** The committed schema file, parsed. */
export const committedSchema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', SCHEMA_FILE), 'utf8')) as Record<string, unknown>;

/**
 * A strict ajv: unknown keywords, ignored keywords and keywords without their type are
 * errors. `strictTuples` is off because the numbering constraint is an open tuple on purpose
 * (a file has 1 to 200 lines, `prefixItems` names what line i must hold when it exists).
 */
export function strictAjv(): Ajv2020 {
  return new Ajv2020({ strict: true, strictTuples: false, allErrors: true });
}

/** The committed schema, compiled once. */
export const ajvValidate: ValidateFunction = strictAjv().compile(committedSchema);

/** Whether ajv accepts a value; the errors as `path message` lines otherwise. */
export function ajvVerdict(value: unknown): { ok: boolean; errors: string[] } {
  const ok = ajvValidate(value);
  return { ok, errors: ok ? [] : (ajvValidate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`) };
}
