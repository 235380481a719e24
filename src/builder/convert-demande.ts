import { formatAmount } from '../checks/amount.js';
import { SoldeUsageError } from '../issues/error.js';
import type { Finding } from '../read/finding.js';
import { finding } from '../read/finding.js';
import { FORBIDDEN_KEYS } from '../read/forbidden-keys.js';
import { pieceFileName } from '../names/piece-file-name.js';
import type { FormatFichier, TypeFichier } from '../schema/layout.js';
import { readAmount, readPurchaseOrder, type AmountReading } from './read-amount.js';
import { readInvoiceDate } from './read-invoice-date.js';
import { DEMANDE_KEYS, fieldPath, FILLED_WHEN_LEFT_OUT, PIECE_KEYS, placeFields, PURCHASE_ORDER_KEY } from './wire-placement.js';

type Path = (string | number)[];

/**
 * A demand turned into a wire line, with what the conversion found.
 *
 * @example
 * ```ts
 * const converted: ConvertedDemande = convertDemande({ numeroASP: 'FINBIO000006' }, 0);
 * converted.line.numLigne; // 1
 * ```
 */
export interface ConvertedDemande {
  /** The wire line (`lignesImport[lineIndex]`), to be validated. */
  readonly line: Record<string, unknown>;
  /** Faults found while converting (wire paths, from `lignesImport`). */
  readonly findings: readonly Finding[];
  /**
   * Paths whose validator issues the conversion's own findings replace (the value there is
   * the caller's raw value, already reported in the caller's terms).
   */
  readonly replacedPaths: readonly Path[];
  /** The `numeroEditeur` as given, when it is a string. */
  readonly numeroEditeur: string | undefined;
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(DEMANDE_KEYS);

/**
 * Turns a demand given flat with the ASP field names into a wire line numbered
 * `lineIndex + 1`: dates and amounts read (see `readInvoiceDate`, `readAmount`), attachment
 * names generated, left-out `null` fields filled, the purchase order checked. Nothing is
 * dropped: a value that cannot be read is placed as given and reported; an unknown key is
 * reported.
 *
 * @param demande - the caller's demand (any object)
 * @param lineIndex - its 0-based index in the file
 * @returns the line and the findings
 * @example
 * ```ts
 * const { line, findings } = convertDemande(demande, 0);
 * ```
 */
export function convertDemande(demande: object, lineIndex: number): ConvertedDemande {
  const given = demande as Record<string, unknown>;
  const base: Path = ['lignesImport', lineIndex];
  const findings: Finding[] = [];
  const replacedPaths: Path[] = [];
  const at = (key: string): Path => [...base, ...fieldPath(key)];
  const numeroEditeur = typeof given.numeroEditeur === 'string' ? given.numeroEditeur : undefined;

  checkKeys(given, base, findings, replacedPaths, at);

  const written = new Map<string, unknown>();
  for (const key of DEMANDE_KEYS) written.set(key, given[key] === undefined ? FILLED_WHEN_LEFT_OUT.get(key) : given[key]);
  written.set('numLigne', given.numLigne === undefined ? lineIndex + 1 : given.numLigne);

  const date = readInvoiceDate(given.dateFacture);
  if (date.ok) written.set('dateFacture', date.written);
  else fault(findings, replacedPaths, 'DATE_INVALID', at('dateFacture'), { key: 'dateFacture', value: date.value });

  const amount = given.montantSegurHTFacture === undefined ? undefined : readAmount(given.montantSegurHTFacture);
  if (amount?.ok === true) written.set('montantSegurHTFacture', amount.value);
  else if (amount !== undefined) {
    fault(findings, replacedPaths, amount.code, at('montantSegurHTFacture'), { key: 'montantSegurHTFacture', value: amount.value, ...expectedOf(amount) });
  }
  findings.push(...purchaseOrderFindings(amount, given[PURCHASE_ORDER_KEY], at));

  if (Array.isArray(given.beneficiaires)) written.set('beneficiaires', [...(given.beneficiaires as unknown[])]);
  written.set('identDMP', identDmpWritten(given.isDirectToDMP, given.identDMP));
  if (Array.isArray(given.piecesJustificatives)) {
    const pieces = (given.piecesJustificatives as unknown[]).map((piece, i) =>
      completePiece(piece, numeroEditeur, [...at('piecesJustificatives'), i], replacedPaths),
    );
    written.set('piecesJustificatives', pieces);
  }

  return { line: placeFields((key) => written.get(key)), findings, replacedPaths, numeroEditeur };
}

function checkKeys(given: Record<string, unknown>, base: Path, findings: Finding[], replacedPaths: Path[], at: (key: string) => Path): void {
  for (const key of Object.keys(given)) {
    if (KNOWN_KEYS.has(key)) continue;
    const right = DEMANDE_KEYS.find((known) => known.toLowerCase() === key.toLowerCase() && given[known] === undefined);
    if (right !== undefined) {
      findings.push(finding('KEY_WRONG_CASE', [...base, key], { key, expected: right }));
      replacedPaths.push(at(right));
    } else {
      findings.push(finding(FORBIDDEN_KEYS.has(key) ? 'JSON_FORBIDDEN_KEY' : 'KEY_UNKNOWN', [...base, key], { key }));
    }
  }
}

function fault(findings: Finding[], replacedPaths: Path[], code: Finding['code'], path: Path, params: Finding['params']): void {
  findings.push(finding(code, path, params));
  replacedPaths.push(path);
}

/** The `expected` of an amount's fault: the JSON type for an unreadable value (as the validator says it). */
function expectedOf(reading: AmountReading & { ok: false }): { expected?: string } {
  return reading.code === 'TYPE_INVALID' ? { expected: 'number' } : {};
}

function purchaseOrderFindings(amount: AmountReading | undefined, givenOrder: unknown, at: (key: string) => Path): Finding[] {
  if (givenOrder === undefined) return [];
  const order = readPurchaseOrder(givenOrder);
  if (!order.ok) return [finding('TYPE_INVALID', at(PURCHASE_ORDER_KEY), { key: PURCHASE_ORDER_KEY, value: order.value, expected: 'number' })];
  if (amount?.ok !== true || amount.value <= order.value) return [];
  return [
    finding('AMOUNT_OVER_PURCHASE_ORDER', at('montantSegurHTFacture'), {
      key: 'montantSegurHTFacture',
      value: formatAmount(amount.value) ?? String(amount.value),
      expected: formatAmount(order.value) ?? String(order.value),
    }),
  ];
}

/** `identDMP` as written: `null` when left out, and when empty while `isDirectToDMP` is false. */
function identDmpWritten(flag: unknown, given: unknown): unknown {
  if (given === undefined || given === null) return null;
  if (!Array.isArray(given)) return given;
  return flag === false && given.length === 0 ? null : [...(given as unknown[])];
}

/** A copy of an attachment with its `nomFichier` generated when left out. */
function completePiece(piece: unknown, numeroEditeur: string | undefined, path: Path, replacedPaths: Path[]): unknown {
  if (typeof piece !== 'object' || piece === null || Array.isArray(piece)) return piece;
  const given = piece as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const name = given.nomFichier === undefined ? generatedName(given.typeFichier, numeroEditeur, given.formatFichier) : given.nomFichier;
  if (name === undefined) replacedPaths.push([...path, 'nomFichier']);
  for (const key of [...PIECE_KEYS, ...Object.keys(given)]) {
    const value = key === 'nomFichier' ? name : given[key];
    if (value !== undefined && !Object.hasOwn(out, key)) setOwn(out, key, value);
  }
  return out;
}

/** Sets an own data property, also for a key such as `__proto__` (which the validator then reports). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The canonical name, or `undefined` when a part is not valid: that part's own issue
 * explains the missing name.
 */
function generatedName(typeFichier: unknown, numeroEditeur: string | undefined, formatFichier: unknown): string | undefined {
  try {
    return pieceFileName({ typeFichier: typeFichier as TypeFichier, numeroEditeur: numeroEditeur ?? '', formatFichier: formatFichier as FormatFichier });
  } catch (err) {
    if (err instanceof SoldeUsageError) return undefined;
    throw err;
  }
}
