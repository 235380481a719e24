import { dayNumber, formatFrenchDate, parseFrenchDate, type CalendarDay } from '../../checks/calendar-date.js';
import { isMssanteAddress, isPatientAddress } from '../../checks/email.js';
import { finessKeyValid, FINESS_PATTERN } from '../../checks/finess.js';
import { isKnownStructIdNat } from '../../checks/struct-idnat.js';
import { pieceFileName } from '../../names/piece-file-name.js';
import type { Finding } from '../../read/finding.js';
import { finding } from '../../read/finding.js';
import { FORMATS_FICHIER, TYPES_FICHIER } from '../../schema/fields.js';
import type { FormatFichier, TypeFichier } from '../../schema/layout.js';
import { asArray, asObject, asString, type JsonObject } from '../lenient.js';

type Path = (string | number)[];

/**
 * The rules that tie fields of one request together: the invoice date against the deposit
 * day, beneficiaries without duplicates (and their FINESS key, as a warning), the canonical
 * attachment names and the FACTURE + VA pair, and the installation scenario's conditionals.
 */
export function requestRules(raw: unknown, index: number, depositDay: CalendarDay): Finding[] {
  const line = asObject(raw);
  if (line === undefined) return [];
  const base: Path = ['lignesImport', index];
  return [
    ...invoiceDateRule(asObject(line.facture), [...base, 'facture'], depositDay),
    ...beneficiaryRules(asArray(line.beneficiaires), [...base, 'beneficiaires']),
    ...pieceRules(asArray(line.piecesJustificatives), asString(line.numeroEditeur), [...base, 'piecesJustificatives']),
    ...scenarioRules(asObject(line.scenarioInstallation), [...base, 'scenarioInstallation']),
  ];
}

function invoiceDateRule(facture: JsonObject | undefined, path: Path, depositDay: CalendarDay): Finding[] {
  const text = asString(facture?.dateFacture);
  if (text === undefined) return [];
  const day = parseFrenchDate(text);
  if (typeof day === 'string' || dayNumber(day) <= dayNumber(depositDay)) return [];
  return [finding('DATE_AFTER_DEPOSIT', [...path, 'dateFacture'], { key: 'dateFacture', value: text, expected: formatFrenchDate(depositDay) })];
}

function beneficiaryRules(list: unknown[] | undefined, path: Path): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  list?.forEach((item, i) => {
    if (typeof item !== 'string' || !FINESS_PATTERN.test(item)) return;
    if (seen.has(item)) findings.push(finding('FINESS_DUPLICATE', [...path, i], { key: 'beneficiaires', value: item }));
    else if (!finessKeyValid(item)) findings.push(finding('FINESS_KEY', [...path, i], { key: 'beneficiaires', value: item }));
    seen.add(item);
  });
  return findings;
}

function pieceRules(list: unknown[] | undefined, numeroEditeur: string | undefined, path: Path): Finding[] {
  if (list === undefined) return [];
  const findings: Finding[] = [];
  const names = new Set<string>();
  const types = new Set<unknown>();
  list.forEach((raw, i) => {
    const piece = asObject(raw);
    if (piece === undefined) return;
    types.add(piece.typeFichier);
    const name = asString(piece.nomFichier);
    const format = piece.formatFichier;
    const type = piece.typeFichier;
    if (format === 'XML') findings.push(finding('PIECE_XML_UNLISTED', [...path, i, 'formatFichier'], { key: 'formatFichier', value: name ?? 'XML' }));
    if (name === undefined) return;
    if (names.has(name)) findings.push(finding('PIECE_NAME_DUPLICATE', [...path, i, 'nomFichier'], { key: 'nomFichier', value: name }));
    names.add(name);
    if (numeroEditeur === undefined || !/^[A-Za-z0-9]{5}$/.test(numeroEditeur) || !isFormat(format) || !isType(type)) return;
    const canonical = pieceFileName({ typeFichier: type, numeroEditeur, formatFichier: format });
    if (name !== canonical) findings.push(finding('PIECE_NAME_MISMATCH', [...path, i, 'nomFichier'], { key: 'nomFichier', value: name, expected: canonical }));
  });
  if (!types.has('FACTURE')) findings.push(finding('PIECE_FACTURE_MISSING', path, { key: 'piecesJustificatives' }));
  if (!types.has('VA')) findings.push(finding('PIECE_VA_MISSING', path, { key: 'piecesJustificatives' }));
  return findings;
}

function isFormat(value: unknown): value is FormatFichier {
  return (FORMATS_FICHIER as readonly unknown[]).includes(value);
}

function isType(value: unknown): value is TypeFichier {
  return (TYPES_FICHIER as readonly unknown[]).includes(value);
}

function scenarioRules(scenario: JsonObject | undefined, path: Path): Finding[] {
  if (scenario === undefined) return [];
  return [
    ...dmpRules(scenario, path),
    ...mssRules(scenario, path, 'isDirectToMSSPro', 'adresseBoiteMSSPro'),
    ...mssRules(scenario, path, 'isDirectToMSSCitoyen', 'adresseBoiteMSSCitoyen'),
  ];
}

function dmpRules(scenario: JsonObject, path: Path): Finding[] {
  const findings: Finding[] = [];
  const flag = scenario.isDirectToDMP;
  const idents = scenario.identDMP;
  const list = asArray(idents);
  const identPath = [...path, 'identDMP'];
  if (flag === true && (idents === null || list?.length === 0)) findings.push(finding('DMP_IDENT_MISSING', identPath, { key: 'identDMP' }));
  if (flag === false && list !== undefined && list.length > 0) findings.push(finding('DMP_IDENT_UNEXPECTED', identPath, { key: 'identDMP' }));
  list?.forEach((ident, i) => {
    if (typeof ident === 'string' && ident.length < 250 && !isKnownStructIdNat(ident)) {
      findings.push(finding('DMP_IDENT_FORM', [...identPath, i], { key: 'identDMP', value: ident }));
    }
  });
  return findings;
}

function mssRules(scenario: JsonObject, path: Path, flagKey: string, addressKey: string): Finding[] {
  const flag = scenario[flagKey];
  const address = scenario[addressKey];
  const at = [...path, addressKey];
  const params = { key: addressKey, expected: flagKey };
  if (flag === true && (address === null || address === 'null' || address === '')) return [finding('MSS_ADDRESS_MISSING', at, params)];
  if (typeof address !== 'string') return [];
  if (flag === false) {
    return [address === 'null' ? finding('NULL_AS_STRING', at, { key: addressKey, value: address }) : finding('MSS_ADDRESS_UNEXPECTED', at, { ...params, value: address })];
  }
  if (isPatientAddress(address)) return [finding('MSS_PATIENT_ADDRESS', at, { key: addressKey, value: address })];
  if (address.includes('@') && !isMssanteAddress(address)) return [finding('MSS_DOMAIN_NOT_MSSANTE', at, { key: addressKey, value: address })];
  return [];
}
