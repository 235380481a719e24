import { formatFrenchDate, isDayAfter, parseFrenchDate, type CalendarDay } from '../../checks/calendar-date.js';
import { isMssanteAddress, isPatientAddress } from '../../checks/email.js';
import { finessKeyValid, FINESS_PATTERN } from '../../checks/finess.js';
import { isKnownStructIdNat } from '../../checks/struct-idnat.js';
import { canonicalPieceName } from '../../names/piece-file-name.js';
import type { IssueCode } from '../../issues/codes.js';
import { amountTooLarge } from '../../checks/amount.js';
import type { FindingOut } from '../../read/finding.js';
import { FindingSink, type FindingGroup } from '../finding-sink.js';
import { finding } from '../../read/finding.js';
import { FORMATS_FICHIER, identDmpItemSchema, NUMERO_EDITEUR_PATTERN, TYPES_FICHIER } from '../../schema/fields.js';
import type { FormatFichier, TypeFichier } from '../../schema/layout.js';
import { asArray, asObject, asString, type JsonObject } from '../lenient.js';

type Path = (string | number)[];

/**
 * The rules that tie fields of one request together: the invoice date against the deposit
 * day, beneficiaries without duplicates (and their FINESS key, as a warning), the canonical
 * attachment names and the FACTURE + VA pair, and the installation scenario's conditionals.
 * Paths are built only for what is reported: a valid request allocates almost nothing.
 * Also the amount's size (at most 13 digits before the point), which only a number shows.
 * The findings go to `out`.
 */
export function requestRules(raw: unknown, index: number, depositDay: CalendarDay, out: FindingOut): void {
  const line = asObject(raw);
  if (line === undefined) return;
  const at = (...rest: (string | number)[]): Path => ['lignesImport', index, ...rest];
  invoiceDateRule(asObject(line.facture), depositDay, at, out);
  amountSizeRule(asObject(line.facture), at, out);
  beneficiaryRules(asArray(line.beneficiaires), at, out instanceof FindingSink ? out.group(at()) : undefined, out);
  pieceRules(asArray(line.piecesJustificatives), asString(line.numeroEditeur), at, out);
  const scenario = asObject(line.scenarioInstallation);
  if (scenario !== undefined) {
    dmpRules(scenario, at, out);
    mssRules(scenario, at, 'isDirectToMSSPro', 'adresseBoiteMSSPro', out);
    mssRules(scenario, at, 'isDirectToMSSCitoyen', 'adresseBoiteMSSCitoyen', out);
  }
}

/** Builds the path of a finding under the request: `at('facture', 'dateFacture')`. */
type At = (...rest: (string | number)[]) => Path;

function amountSizeRule(facture: JsonObject | undefined, at: At, out: FindingOut): void {
  const amount = facture?.montantSegurHTFacture;
  // A number that is not finite is refused by the schema (TYPE_INVALID).
  if (typeof amount !== 'number' || !Number.isFinite(amount) || !amountTooLarge(amount)) return;
  out.push(finding('AMOUNT_TOO_LARGE', at('facture', 'montantSegurHTFacture'), { key: 'montantSegurHTFacture', value: String(amount) }));
}

function invoiceDateRule(facture: JsonObject | undefined, depositDay: CalendarDay, at: At, out: FindingOut): void {
  const text = asString(facture?.dateFacture);
  if (text === undefined) return;
  const day = parseFrenchDate(text);
  if (typeof day === 'string' || !isDayAfter(day, depositDay)) return;
  out.push(finding('DATE_AFTER_DEPOSIT', at('facture', 'dateFacture'), { key: 'dateFacture', value: text, expected: formatFrenchDate(depositDay) }));
}

/**
 * Duplicates and FINESS keys of the beneficiaries. With the request's group of the sink, a
 * finding the sink would only count is counted without being built (a list may hold millions).
 */
function beneficiaryRules(list: unknown[] | undefined, at: At, group: FindingGroup | undefined, out: FindingOut): void {
  if (list === undefined) return;
  const seen = new Set<string>();
  const report = (code: 'FINESS_DUPLICATE' | 'FINESS_KEY', i: number, item: string): void => {
    if (group !== undefined && !group.keeps(code)) group.count(code);
    else out.push(finding(code, at('beneficiaires', i), { key: 'beneficiaires', value: item }));
  };
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is skipped as no FINESS
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item !== 'string' || !FINESS_PATTERN.test(item)) continue;
    if (seen.has(item)) report('FINESS_DUPLICATE', i, item);
    else if (!finessKeyValid(item)) report('FINESS_KEY', i, item);
    seen.add(item);
  }
}

function pieceRules(list: unknown[] | undefined, numeroEditeur: string | undefined, at: At, out: FindingOut): void {
  if (list === undefined) return;
  const names = new Set<string>();
  let facture = false;
  let va = false;
  // Stryker disable next-line StringLiteral: any stand-in for a missing number fails the pattern alike
  const editeur = NUMERO_EDITEUR_PATTERN.test(numeroEditeur ?? '') ? numeroEditeur : undefined;
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is skipped as no piece
  for (let i = 0; i < list.length; i++) {
    const piece = asObject(list[i]);
    if (piece === undefined) continue;
    const name = asString(piece.nomFichier);
    const format = piece.formatFichier;
    const type = piece.typeFichier;
    facture ||= type === 'FACTURE';
    va ||= type === 'VA';
    if (format === 'XML') out.push(finding('PIECE_XML_UNLISTED', at('piecesJustificatives', i, 'formatFichier'), { key: 'formatFichier', value: name ?? 'XML' }));
    if (name === undefined) continue;
    if (names.has(name)) out.push(finding('PIECE_NAME_DUPLICATE', at('piecesJustificatives', i, 'nomFichier'), { key: 'nomFichier', value: name }));
    names.add(name);
    if (editeur === undefined || !isFormat(format) || !isType(type)) continue;
    const canonical = canonicalPieceName(type, editeur, format);
    if (name !== canonical) out.push(finding('PIECE_NAME_MISMATCH', at('piecesJustificatives', i, 'nomFichier'), { key: 'nomFichier', value: name, expected: canonical }));
  }
  if (!facture) out.push(finding('PIECE_FACTURE_MISSING', at('piecesJustificatives'), { key: 'piecesJustificatives' }));
  if (!va) out.push(finding('PIECE_VA_MISSING', at('piecesJustificatives'), { key: 'piecesJustificatives' }));
}

function isFormat(value: unknown): value is FormatFichier {
  return (FORMATS_FICHIER as readonly unknown[]).includes(value);
}

function isType(value: unknown): value is TypeFichier {
  return (TYPES_FICHIER as readonly unknown[]).includes(value);
}

function dmpRules(scenario: JsonObject, at: At, out: FindingOut): void {
  const flag = scenario.isDirectToDMP;
  const idents = scenario.identDMP;
  const list = asArray(idents);
  if (flag === true && (idents === null || list?.length === 0)) out.push(finding('DMP_IDENT_MISSING', at('scenarioInstallation', 'identDMP'), { key: 'identDMP' }));
  if (flag === false && list !== undefined && list.length > 0) out.push(finding('DMP_IDENT_UNEXPECTED', at('scenarioInstallation', 'identDMP'), { key: 'identDMP' }));
  list?.forEach((ident, i) => {
    if (typeof ident === 'string' && identDmpItemSchema.safeParse(ident).success && !isKnownStructIdNat(ident)) {
      out.push(finding('DMP_IDENT_FORM', at('scenarioInstallation', 'identDMP', i), { key: 'identDMP', value: ident }));
    }
  });
}

function mssRules(scenario: JsonObject, at: At, flagKey: string, addressKey: string, out: FindingOut): void {
  const flag = scenario[flagKey];
  const address = scenario[addressKey];
  const code = mssFault(flag, address);
  if (code === undefined) return;
  const path = at('scenarioInstallation', addressKey);
  if (code === 'MSS_ADDRESS_MISSING') out.push(finding(code, path, { key: addressKey, expected: flagKey }));
  else if (code === 'MSS_ADDRESS_UNEXPECTED') out.push(finding(code, path, { key: addressKey, expected: flagKey, value: String(address) }));
  // Every other fault is about an address written as text.
  else out.push(finding(code, path, { key: addressKey, value: String(address) }));
}

/** What is wrong with an MSS box given its scenario flag, if anything. */
function mssFault(flag: unknown, address: unknown): IssueCode | undefined {
  if (flag === true && (address === null || address === 'null' || address === '')) return 'MSS_ADDRESS_MISSING';
  if (typeof address !== 'string') return undefined;
  if (flag === false) return address === 'null' ? 'NULL_AS_STRING' : 'MSS_ADDRESS_UNEXPECTED';
  if (isPatientAddress(address)) return 'MSS_PATIENT_ADDRESS';
  if (address.includes('@') && !isMssanteAddress(address)) return 'MSS_DOMAIN_NOT_MSSANTE';
  return undefined;
}
