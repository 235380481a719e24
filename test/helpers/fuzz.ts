/**
 * The fuzzing of `validateSoldeFile`, shared by `scripts/fuzz.ts` (100 000 runs by default)
 * and `test/property/fuzz.test.ts` (a small count, in CI).
 *
 * Five families of inputs — arbitrary strings, arbitrary JSON and JavaScript values, values
 * shaped like a file with random contents, valid files mutated as values (a field dropped,
 * retyped, lengthened, a key renamed, a line copied…) and valid files mutated as text — and
 * one judge for all: `validateSoldeFile` never throws, never touches a prototype nor the
 * caller's value, writes well-formed issues, and agrees with a second, independent judgement
 * (JSON.parse, then ajv with the JSON Schema, then a few checks written apart here):
 * whatever that judgement refuses, the validator refuses with at least one error; whatever
 * the validator accepts, that judgement accepts. A mutation that leaves the file valid is
 * counted, not failed.
 */
import fc from 'fast-check';
import { ISSUE_CODES, serializeSoldeFile, validateSoldeFile, type SoldeFile, type ValidationReport } from '../../src/index.js';
import { ajvValidate } from './ajv.js';
import { validFileArb } from './arbitraries.js';

/** Every invoice of the generated files is before 2024; deposit on 1 June 2024. */
export const FUZZ_DEPOSIT = new Date('2024-06-01T10:00:00Z');

/** One input to judge: a value, or a text. */
export interface FuzzInput {
  kind: 'value' | 'text';
  input: unknown;
}

/** What the judge found (a broken rule throws instead). */
export interface FuzzOutcome {
  /** Milliseconds spent in `validateSoldeFile`. */
  ms: number;
  /** `'both-invalid'`: both judges refuse; `'validator-only'`: only the validator refuses (a rule the schema cannot express); `'both-valid'`: the input is a valid file. */
  verdict: 'both-invalid' | 'validator-only' | 'both-valid';
  /** The error codes, when only the validator refuses: the rules the second judgement does not know. */
  codes: string[];
}

/** A broken invariant: the input and what went wrong. */
export class FuzzViolation extends Error {
  override readonly name = 'FuzzViolation';
}

// ---------------------------------------------------------------------------------------------
// Prototypes

const WATCHED: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
];

function snapshot(target: object): Map<string | symbol, unknown> {
  return new Map(Reflect.ownKeys(target).map((k) => [k, Object.getOwnPropertyDescriptor(target, k)?.value]));
}

const PRISTINE = WATCHED.map(([name, target]) => [name, target, snapshot(target)] as const);

/** Throws when a built-in prototype gained, lost or changed a property since this module loaded. */
export function assertPrototypesIntact(): void {
  for (const [name, target, before] of PRISTINE) {
    const keys = Reflect.ownKeys(target);
    if (keys.length !== before.size) throw new FuzzViolation(`${name} gained or lost a property: ${keys.map(String).join(', ')}`);
    for (const key of keys) {
      if (!before.has(key) || before.get(key) !== Object.getOwnPropertyDescriptor(target, key)?.value) {
        throw new FuzzViolation(`${name}.${String(key)} was added or replaced`);
      }
    }
  }
  if (Object.getPrototypeOf({}) !== Object.prototype) throw new FuzzViolation('object creation changed');
}

// ---------------------------------------------------------------------------------------------
// The independent judgement

/** Luhn, written apart from src/checks (doubling table), for the second judgement. */
function luhnIndependent(digits: string): boolean {
  const doubled = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    sum += i % 2 === 1 ? (doubled[d] ?? 0) : d;
  }
  return sum % 10 === 0;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * Faults the schema cannot see, found by code written apart from the library: a key repeated
 * across lines, the SIRET key (outside La Poste's range), an invoice after the deposit day
 * (the generated dates are all before 2024 — any later date a mutation makes is caught).
 */
function extraFaults(file: Record<string, unknown>): string[] {
  const faults: string[] = [];
  const siret = file.SIRET;
  if (typeof siret === 'string' && /^[0-9]{14}$/.test(siret) && !siret.startsWith('356000000') && !luhnIndependent(siret)) faults.push('SIRET key');
  const lines = Array.isArray(file.lignesImport) ? (file.lignesImport as unknown[]) : [];
  for (const key of ['numeroASP', 'numeroEditeur']) {
    const values = lines.map((l) => record(l)?.[key]).filter((v) => typeof v === 'string');
    if (new Set(values).size !== values.length) faults.push(`${key} repeated`);
  }
  for (const line of lines) {
    // FORMAT.md §3: at most 13 digits before the point (written apart: 10^13 and beyond).
    const amount = record(record(line)?.facture)?.montantSegurHTFacture;
    if (typeof amount === 'number' && Number.isFinite(amount) && Math.abs(amount) >= 10_000_000_000_000) faults.push('amount of 14 digits or more');
    const date = record(record(line)?.facture)?.dateFacture;
    if (typeof date === 'string' && /^\d{2}\/\d{2}\/\d{4}$/.test(date) && Number(date.slice(6)) * 10000 + Number(date.slice(3, 5)) * 100 + Number(date.slice(0, 2)) > 20240601) {
      faults.push('invoice after deposit');
    }
  }
  return faults;
}

/** Text forms the validator refuses by design although their value may be fine. */
function textFaults(text: string): string[] {
  const faults: string[] = [];
  // Amounts are written with exactly two decimals, numLigne without decimals.
  for (const m of text.matchAll(/"montantSegurHTFacture"\s*:\s*(-?[0-9][0-9.eE+-]*)/g)) {
    if (!/^[0-9]+\.[0-9]{2}$/.test(m[1] ?? '')) faults.push('amount not written with two decimals');
  }
  for (const m of text.matchAll(/"numLigne"\s*:\s*(-?[0-9][0-9.eE+-]*)/g)) if (!/^-?[0-9]+$/.test(m[1] ?? '')) faults.push('numLigne written with decimals');
  return faults;
}

/** Whether a second, independent judgement refuses the input, and why. */
function independentFaults(item: FuzzInput): string[] {
  let value = item.input;
  const faults: string[] = [];
  if (item.kind === 'text') {
    if (typeof item.input !== 'string') return ['not a string'];
    const text = item.input.replace(/^\uFEFF/, '');
    try {
      value = JSON.parse(text);
    } catch {
      return ['JSON.parse refuses it'];
    }
    faults.push(...textFaults(text));
    if (text.length > 20_000_000) faults.push('over 20 MB');
  }
  try {
    if (!ajvValidate(value)) faults.push(`schema: ${(ajvValidate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ')}`);
  } catch (err) {
    // ajv 8's uniqueItems calls an item's own `valueOf` key (fast-deep-equal): a hostile key, never in a valid file.
    faults.push(`ajv threw ${err instanceof Error ? err.message : String(err)}`);
  }
  const file = record(value);
  if (file !== undefined) faults.push(...extraFaults(file));
  return faults;
}

// ---------------------------------------------------------------------------------------------
// The judge

function preview(input: unknown): string {
  let text: string;
  try {
    text = typeof input === 'string' ? input : (jsonOf(input) ?? String(input));
  } catch {
    text = Object.prototype.toString.call(input);
  }
  return text.length > 160 ? `${text.slice(0, 160)}… (${text.length} chars)` : text;
}

function jsonOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function assertWellFormed(report: ValidationReport): void {
  if (typeof report.ok !== 'boolean' || !Array.isArray(report.issues)) throw new FuzzViolation('malformed report');
  for (const issue of report.issues) {
    const info = (ISSUE_CODES as Record<string, { severity: string; scope: string } | undefined>)[issue.code];
    if (info === undefined) throw new FuzzViolation(`unknown code ${issue.code}`);
    if (issue.severity !== info.severity || issue.scope !== info.scope) throw new FuzzViolation(`${issue.code}: wrong severity or scope`);
    if (!Array.isArray(issue.path) || !issue.path.every((p) => typeof p === 'string' || typeof p === 'number')) throw new FuzzViolation(`${issue.code}: bad path`);
    if (typeof issue.message !== 'string' || issue.message.length === 0) throw new FuzzViolation(`${issue.code}: empty message`);
  }
  if (report.ok !== !report.issues.some((i) => i.severity === 'error')) throw new FuzzViolation('ok does not match the errors');
  if (report.ok && report.file === undefined) throw new FuzzViolation('a valid file without report.file');
}

/**
 * Validates one input and checks every invariant.
 *
 * @throws {FuzzViolation} when an invariant breaks (with the input's preview)
 * @example
 * ```ts
 * judge({ kind: 'text', input: '{}' }).verdict; // 'both-invalid'
 * ```
 */
export function judge(item: FuzzInput): FuzzOutcome {
  const before = item.kind === 'value' ? jsonOf(item.input) : undefined;
  let report: ValidationReport;
  const start = performance.now();
  try {
    report = validateSoldeFile(item.input, { depositDate: FUZZ_DEPOSIT });
  } catch (err) {
    throw new FuzzViolation(`validateSoldeFile threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)} on ${preview(item.input)}`);
  }
  const ms = performance.now() - start;
  const where = `on the ${item.kind} ${preview(item.input)}`;
  try {
    assertPrototypesIntact();
    assertWellFormed(report);
  } catch (err) {
    throw new FuzzViolation(`${err instanceof Error ? err.message : String(err)} ${where}`);
  }
  if (before !== undefined && jsonOf(item.input) !== before) throw new FuzzViolation(`the caller's value was modified ${where}`);
  const faults = independentFaults(item);
  if (faults.length > 0 && report.ok) throw new FuzzViolation(`accepted although ${faults.join(' | ')} ${where}`);
  if (faults.length === 0 && !report.ok) return { ms, verdict: 'validator-only', codes: [...new Set(report.issues.filter((i) => i.severity === 'error').map((i) => i.code))] };
  return { ms, verdict: report.ok ? 'both-valid' : 'both-invalid', codes: [] };
}

// ---------------------------------------------------------------------------------------------
// Inputs

const JSON_TOKENS = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', 'null', 'true', 'false', '0', '1.50', '-', 'e9', '"a"', '"impId"', '"lignesImport"', '"__proto__"', '\uFEFF', '\u0000', '\ud800'];

/** Arbitrary strings: any code units, graphemes, and token soup that looks like JSON. */
export const stringsArb: fc.Arbitrary<FuzzInput> = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(fc.constantFrom(...JSON_TOKENS), { maxLength: 120 }).map((t) => t.join('')),
  )
  .map((input) => ({ kind: 'text', input }));

/** Arbitrary JSON values (as values and as text) and arbitrary JavaScript values. */
export const jsonValuesArb: fc.Arbitrary<FuzzInput> = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((input): FuzzInput => ({ kind: 'value', input })),
  fc.jsonValue({ maxDepth: 6 }).map((v): FuzzInput => ({ kind: 'text', input: JSON.stringify(v) })),
  fc
    .anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true })
    .map((input): FuzzInput => ({ kind: 'value', input })),
);

const FILE_KEYS = ['impId', 'numeroAns', 'SIRET', 'lignesImport'];
const LINE_KEYS = ['numLigne', 'typeAction', 'numeroASP', 'numeroEditeur', 'facture', 'beneficiaires', 'piecesJustificatives', 'lienCompteRendu', 'scenarioInstallation', 'codeTraitement', 'libelleTraitement'];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Defines an own, enumerable key (even `__proto__`) without calling any setter. */
function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function objectOf(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) defineOwn(out, k, v);
  return out;
}

const leafArb = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom<unknown>(null, 'null', 'true', '1', '27450.00', 'C', 'FINBIO000001', '15/03/2024', 27450, 1.5, -1, 0));
const keyArb = (keys: readonly string[]) => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...keys) }, fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 }));

/** Values shaped like a file (the right keys, mostly) with random contents; as values and as text. */
export const fileShapedArb: fc.Arbitrary<FuzzInput> = fc
  .tuple(
    fc.array(fc.tuple(keyArb(FILE_KEYS), leafArb), { maxLength: 6 }),
    fc.array(fc.array(fc.tuple(keyArb(LINE_KEYS), leafArb), { maxLength: 14 }).map(objectOf), { maxLength: 4 }),
    fc.boolean(),
  )
  .map(([entries, lines, asText]): FuzzInput => {
    const file = objectOf(entries);
    defineOwn(file, 'lignesImport', lines);
    return asText ? { kind: 'text', input: JSON.stringify(file) } : { kind: 'value', input: file };
  });

type Path = (string | number)[];

/** Every path of a JSON tree, parents before children. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i): [number, unknown] => [i, v])
    : typeof value === 'object' && value !== null
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    out.push([...path, key]);
    pathsOf(child, [...path, key], out);
  }
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let node: unknown = root;
  for (const part of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[part];
  return typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>) : undefined;
}

/** One mutation of a file's value. */
export interface Mutation {
  op: 'drop' | 'retype' | 'lengthen' | 'rename' | 'add-key' | 'copy-line' | 'swap-lines';
  at: number;
  length: number;
  payload: unknown;
  key: string;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<Mutation['op']>('drop', 'retype', 'lengthen', 'rename', 'add-key', 'copy-line', 'swap-lines'),
  at: fc.nat(),
  length: fc.oneof(fc.integer({ min: 2, max: 300 }), fc.integer({ min: 300, max: 20_000 })),
  payload: fc.oneof(leafArb, fc.constantFrom<unknown>(Number.NaN, Infinity, -0, 1e21, 0.001, 27450.123, [], {})),
  key: keyArb([...FILE_KEYS, ...LINE_KEYS, 'SIRET'.toLowerCase(), 'NumLigne', 'montantSegurHTFacture']),
});

function lengthened(value: unknown, length: number): unknown {
  if (typeof value === 'string') return value.length === 0 ? 'x'.repeat(length) : value.repeat(Math.ceil(length / value.length)).slice(0, length);
  if (Array.isArray(value)) return Array.from({ length: Math.min(length, 260) }, (_, i) => structuredClone(value[i % Math.max(value.length, 1)] as unknown));
  if (typeof value === 'number') return value * 10 ** (length % 25) + (length % 3) / 1000;
  if (typeof value === 'boolean' || value === null) return String(value).repeat(2);
  return { ...(value as object), [`extra${length}`]: length };
}

/**
 * Applies a mutation to a (cloned) file value.
 *
 * @example
 * ```ts
 * mutate(structuredClone(file), { op: 'drop', at: 3, length: 2, payload: null, key: 'x' });
 * ```
 */
export function mutate(root: Record<string, unknown>, m: Mutation): void {
  const lines = root.lignesImport;
  if (m.op === 'copy-line' || m.op === 'swap-lines') {
    if (!Array.isArray(lines) || lines.length === 0) return;
    const i = m.at % lines.length;
    if (m.op === 'copy-line') lines.splice(m.length % (lines.length + 1), 0, structuredClone(lines[i] as unknown));
    else [lines[0], lines[i]] = [lines[i] as unknown, lines[0] as unknown];
    return;
  }
  const paths = pathsOf(root);
  const path = paths[m.at % paths.length];
  if (path === undefined) return;
  const parent = parentOf(root, path);
  const last = path[path.length - 1] as string | number;
  if (parent === undefined) return;
  if (m.op === 'drop') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else Reflect.deleteProperty(parent, last);
  } else if (m.op === 'retype') defineOwn(parent, String(last), m.payload);
  else if (m.op === 'lengthen') defineOwn(parent, String(last), lengthened(parent[last], m.length));
  else if (m.op === 'add-key' && !Array.isArray(parent)) defineOwn(parent, m.key, m.payload);
  else if (m.op === 'rename' && !Array.isArray(parent)) {
    const entries = Object.entries(parent).map(([k, v]): [string, unknown] => [k === last ? renamed(k, m) : k, v]);
    for (const k of Object.keys(parent)) Reflect.deleteProperty(parent, k);
    for (const [k, v] of entries) defineOwn(parent, k, v);
  }
}

function renamed(key: string, m: Mutation): string {
  const variants = [key.toLowerCase(), key.toUpperCase(), `${key} `, `${key}s`, m.key];
  return variants[m.length % variants.length] ?? m.key;
}

function textOf(file: unknown, pretty: boolean): string {
  if (pretty) {
    try {
      return serializeSoldeFile(file as SoldeFile);
    } catch {
      // not writable as a file: fall back to plain JSON
    }
  }
  return jsonOf(file) ?? 'null';
}

/** Valid files mutated as values, judged as values and as text. */
export const valueMutationsArb: fc.Arbitrary<FuzzInput> = fc
  .tuple(validFileArb(3), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), fc.constantFrom('value', 'text', 'json'))
  .map(([file, mutations, form]): FuzzInput => {
    const copy = structuredClone(file) as unknown as Record<string, unknown>;
    for (const m of mutations) mutate(copy, m);
    return form === 'value' ? { kind: 'value', input: copy } : { kind: 'text', input: textOf(copy, form === 'text') };
  });

const TEXT_INSERTS = ['{', '}', '[', ']', ',', ':', '"', '\\', 'null', 'true', '1.0', '-', 'e5', '\uFEFF', '\u0000', '\ud800', '"__proto__": {"polluted": true}, ', '"constructor": {"prototype": {"polluted": true}}, ', '"a": 1, ', '\r\n', ' '];
const NUMBER_TEXTS = ['27450', '27450.0', '27450.000', '2.745e4', '-27450.00', '0.00', '1e400', '027450.00', '1.0', '"1"', '1', '3', '201', '0.10', '99999999999999999999.99'];

/** One edit of a valid file's text. */
interface TextEdit {
  op: 'delete' | 'insert' | 'number' | 'copy' | 'bom' | 'crlf';
  at: number;
  to: number;
  piece: string;
}

const textEditArb: fc.Arbitrary<TextEdit> = fc.record({
  op: fc.constantFrom<TextEdit['op']>('delete', 'insert', 'insert', 'number', 'number', 'copy', 'bom', 'crlf'),
  at: fc.nat(),
  to: fc.nat({ max: 400 }),
  piece: fc.oneof(fc.constantFrom(...TEXT_INSERTS), fc.constantFrom(...NUMBER_TEXTS), fc.string({ maxLength: 4 })),
});

function editText(text: string, e: TextEdit): string {
  const at = e.at % (text.length + 1);
  switch (e.op) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + 1 + (e.to % 20));
    case 'insert':
      return text.slice(0, at) + e.piece + text.slice(at);
    case 'number': {
      const numbers = [...text.matchAll(/-?[0-9][0-9.eE+-]*/g)];
      const m = numbers[e.at % Math.max(numbers.length, 1)];
      if (m?.index === undefined) return text;
      const replacement = NUMBER_TEXTS[e.to % NUMBER_TEXTS.length] ?? '1';
      return text.slice(0, m.index) + replacement + text.slice(m.index + m[0].length);
    }
    case 'copy': {
      const from = e.to % (text.length + 1);
      return text.slice(0, at) + text.slice(from, from + 1 + (e.to % 200)) + text.slice(at);
    }
    case 'bom':
      return `\uFEFF${text}`;
    case 'crlf':
      return text.replaceAll('\n', '\r\n');
  }
}

/** Valid files mutated as text: characters deleted, inserted, copied, numbers rewritten. */
export const textMutationsArb: fc.Arbitrary<FuzzInput> = fc
  .tuple(validFileArb(3), fc.array(textEditArb, { minLength: 1, maxLength: 3 }))
  .map(([file, edits]): FuzzInput => ({ kind: 'text', input: edits.reduce(editText, serializeSoldeFile(file)) }));

/** The families, with their share of the runs. */
export const FUZZ_FAMILIES: readonly { name: string; share: number; arbitrary: fc.Arbitrary<FuzzInput> }[] = [
  { name: 'arbitrary strings', share: 0.25, arbitrary: stringsArb },
  { name: 'arbitrary JSON and JS values', share: 0.2, arbitrary: jsonValuesArb },
  { name: 'file-shaped values', share: 0.15, arbitrary: fileShapedArb },
  { name: 'valid files mutated as values', share: 0.25, arbitrary: valueMutationsArb },
  { name: 'valid files mutated as text', share: 0.15, arbitrary: textMutationsArb },
];
