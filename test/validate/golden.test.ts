/**
 * Golden reports: the whole report (codes, severities, scopes, paths, params and both
 * messages) of every fixture and of a list of odd inputs, kept in
 * __snapshots__/golden.test.ts.snap. A change of any of them shows in review as a diff of
 * that file (`npx vitest run test/validate/golden.test.ts -u` accepts it).
 */
import { describe, expect, it } from 'vitest';
import { localizeIssues, serializeSoldeFile, validateSoldeFile, type ValidateOptions } from '../../src/index.js';
import { fixtureText } from '../fixtures/files.js';
import { RECIPES } from '../fixtures/recipes.js';
import { DEPOSIT, validFile, validLine } from '../helpers/valid-file.js';

function golden(input: unknown, options: ValidateOptions = {}) {
  const report = validateSoldeFile(input, { depositDate: DEPOSIT, ...options });
  const en = localizeIssues(report.issues, 'en');
  return {
    ok: report.ok,
    summary: report.summary,
    fileRead: report.file !== undefined,
    issues: report.issues.map((i, n) => ({ code: i.code, severity: i.severity, scope: i.scope, path: i.path, params: i.params, fr: i.message, en: en[n]?.message })),
  };
}

describe('the report of every fixture', () => {
  it.each(RECIPES.map((r) => [r.code, r] as const))('%s', (code, recipe) => {
    expect(golden(fixtureText(`invalid/${code}.json`), recipe.options)).toMatchSnapshot();
  });
});

type Tree = Record<string, unknown>;
/** A valid file of `count` lines, as a plain tree to break. */
const tree = (count = 1): Tree => structuredClone(validFile(count));
/** The same with its first line changed. */
function withLine(change: (line: Tree) => void, count = 1): Tree {
  const file = tree(count);
  change((file.lignesImport as Tree[])[0] as Tree);
  return file;
}
const scenario = (line: Tree): Tree => line.scenarioInstallation as Tree;
/** A file whose SIRET getter throws (JavaScript can throw anything, not only an Error). */
function throwingGetter(thrown: unknown): Tree {
  return Object.defineProperty(tree(), 'SIRET', {
    enumerable: true,
    get: () => {
      throw thrown;
    },
  });
}
const text = (file: unknown): string => serializeSoldeFile(file as never);
const valid = text(validFile(1));

const ODD_INPUTS: readonly [string, unknown, ValidateOptions?][] = [
  ['root null', null],
  ['root number', 42],
  ['root string (a value, not text)', ['x']],
  ['root text "true"', 'true'],
  ['root text "x"', '"x"'],
  ['a value with a cycle', (() => { const file = tree(); (file.lignesImport as Tree[]).push(file); return file; })()],
  ['a value whose getter throws an Error', throwingGetter(new Error('no SIRET here'))],
  ['a value whose getter throws something else', throwingGetter(42)],
  ['an empty object', {}],
  ['lines that are not objects', { ...tree(), lignesImport: [1, null, 'x', [], true] }],
  ['lignesImport not a list', { ...tree(), lignesImport: { 0: validLine() } }],
  ['blocks that are null', withLine((l) => Object.assign(l, { facture: null, beneficiaires: null, piecesJustificatives: null, scenarioInstallation: null }))],
  ['blocks that are empty', withLine((l) => Object.assign(l, { facture: {}, beneficiaires: [], piecesJustificatives: [], scenarioInstallation: {} }))],
  ['numLigne out of range or not whole', { ...tree(3), lignesImport: (tree(3).lignesImport as Tree[]).map((l, i) => ({ ...l, numLigne: [0, 201, 1.5][i] })) }],
  ['numLigne as strings', { ...tree(2), lignesImport: (tree(2).lignesImport as Tree[]).map((l, i) => ({ ...l, numLigne: [' 1 ', '2,0'][i] })) }],
  ['amounts as strings', { ...tree(4), lignesImport: (tree(4).lignesImport as Tree[]).map((l, i) => ({ ...l, facture: { dateFacture: '15/03/2024', montantSegurHTFacture: ['27450,5', '0.125', ' ', '1e400'][i] } })) }],
  ['booleans as strings', withLine((l) => Object.assign(scenario(l), { isDirectToDMP: ' TRUE ', isDirectToMSSPro: 'False', isDirectToMSSCitoyen: 'oui' }))],
  ['"null" for closed values and lists', withLine((l) => Object.assign(l, { typeAction: 'null', piecesJustificatives: [{ nomFichier: 'BIO-SGL-Va1-FACTURE-00001.pdf', formatFichier: 'null', typeFichier: 'FACTURE' }], beneficiaires: 'null' }))],
  ['"null" for impId and identDMP', { ...withLine((l) => Object.assign(scenario(l), { identDMP: 'null' })), impId: 'null' }],
  ['beneficiaries of every kind', withLine((l) => Object.assign(l, { beneficiaires: [1, '750000010', '750000010', '999999991', '2A0000001', '75000001'] }))],
  [
    'pieces of every kind',
    withLine((l) =>
      Object.assign(l, {
        piecesJustificatives: [
          1,
          { nomFichier: 1, formatFichier: 'XML', typeFichier: 'VA' },
          { nomFichier: 'BIO-SGL-Va1-FACTURE-00001.pdf', formatFichier: 'PDF', typeFichier: 'FACTURE' },
          { nomFichier: 'BIO-SGL-Va1-FACTURE-00001.pdf', formatFichier: 'PNG', typeFichier: 'FACTURE' },
          { nomFichier: 'BIO-SGL-Va1-VA-00001.jpg', formatFichier: 'JPG', typeFichier: 'ATTESTATION' },
        ],
      }),
    ),
  ],
  ['piece names not checked against a bad numeroEditeur', withLine((l) => Object.assign(l, { numeroEditeur: '000011', piecesJustificatives: [{ nomFichier: 'BIO-SGL-Va1-FACTURE-000011.pdf', formatFichier: 'PDF', typeFichier: 'FACTURE' }, { nomFichier: 'BIO-SGL-Va1-VA-x00001.pdf', formatFichier: 'PDF', typeFichier: 'VA' }] }))],
  ['numeroEditeur with a character before', withLine((l) => Object.assign(l, { numeroEditeur: 'x00001' }))],
  ['DMP identifiers of every kind', withLine((l) => Object.assign(scenario(l), { identDMP: [1, '1'.repeat(250), '1'.repeat(249), 'LABO', '1750000010'] }))],
  ['DMP: an empty list while false, a non-list while true', { ...tree(2), lignesImport: (tree(2).lignesImport as Tree[]).map((l, i) => ({ ...l, scenarioInstallation: { ...scenario(l), isDirectToDMP: i === 1, identDMP: i === 0 ? [] : 'x' } })) }],
  ['DMP flag not a boolean', withLine((l) => Object.assign(scenario(l), { isDirectToDMP: 1, identDMP: null }))],
  [
    'MSS addresses of every kind',
    { ...tree(5), lignesImport: (tree(5).lignesImport as Tree[]).map((l, i) => ({ ...l, scenarioInstallation: { ...scenario(l), ...[
      { isDirectToMSSPro: true, adresseBoiteMSSPro: '' },
      { isDirectToMSSPro: true, adresseBoiteMSSPro: 'null', isDirectToMSSCitoyen: false, adresseBoiteMSSCitoyen: 'null' },
      { isDirectToMSSPro: true, adresseBoiteMSSPro: 'labo', isDirectToMSSCitoyen: true, adresseBoiteMSSCitoyen: '1@patient.mssante.fr' },
      { isDirectToMSSPro: 'oui', adresseBoiteMSSPro: 'labo@labo.fr', isDirectToMSSCitoyen: true, adresseBoiteMSSCitoyen: 'labo@MSSANTE.FR' },
      { isDirectToMSSPro: true, adresseBoiteMSSPro: `${'a'.repeat(140)}@labo.mssante.fr` },
    ][i] } })) },
  ],
  ['numbers and editors repeated, with non-strings', { ...tree(5), lignesImport: (tree(5).lignesImport as Tree[]).map((l, i) => ({ ...l, numeroASP: ['FINBIO000001', 1, 'FINBIO000001', 'FINBIO000001', 1][i], numeroEditeur: ['00001', '00001', null, '00004', null][i] })) }],
  ['the wrong case beside the right key, and inside a piece', { ...withLine((l) => { const p = (l.piecesJustificatives as Tree[])[0] as Tree; p.NomFichier = p.nomFichier; delete p.nomFichier; }), siret: '73282932000074' }],
  ['an unknown key and a missing one in the same line', withLine((l) => { l.commentaire = 'x'; delete l.typeAction; })],
  ['"null", "true" and near-booleans for a number and a flag', withLine((l) => Object.assign(l, { numLigne: 'null', numeroASP: 'true', scenarioInstallation: { ...scenario(l), isDirectToDMP: 'untrue', isDirectToMSSPro: 'trueish' } }))],
  ['numLigne "true"', withLine((l) => Object.assign(l, { numLigne: 'true' }))],
  ['an amount with three decimals (value)', withLine((l) => Object.assign(l, { facture: { dateFacture: '15/03/2024', montantSegurHTFacture: 0.125 } }))],
  ['an invalid MSS Citoyen address', withLine((l) => Object.assign(scenario(l), { isDirectToMSSCitoyen: true, adresseBoiteMSSCitoyen: 'citoyen.mssante.fr' }))],
  ['FINESS numbers given as numbers, twice', withLine((l) => Object.assign(l, { beneficiaires: [750000010, 750000010] }))],
  ['a DMP identifier inside a list', withLine((l) => Object.assign(scenario(l), { identDMP: [['LABO']] }))],
  ['201 lines', tree(201)],
  ['12 lines, numbered with two digits (text)', text(validFile(12))],
  [
    'amounts and line numbers written in every way (text)',
    text(validFile(6))
      .replace('"montantSegurHTFacture": 27450.00\n', '"montantSegurHTFacture": -27450.00\n')
      .replace('"montantSegurHTFacture": 27450.00\n', '"montantSegurHTFacture": 27450.001\n')
      .replace('"montantSegurHTFacture": 27450.00\n', '"montantSegurHTFacture": 2.745E4\n')
      .replace('"montantSegurHTFacture": 27450.00\n', '"montantSegurHTFacture": 1e400\n')
      .replace('"numLigne": 5,', '"numLigne": 5e0,')
      .replace('"numLigne": 6,', '"numLigne": -6,'),
  ],
  ['an invoice after the deposit day, and on it', text({ ...validFile(2), lignesImport: validFile(2).lignesImport.map((l, i) => ({ ...l, facture: { ...l.facture, dateFacture: ['21/03/2024', '20/03/2024'][i] ?? '' } })) })],
  ['nesting at the limit of the option', validFile(1), { maxDepth: 5 }],
  ['nesting over the limit of the option', validFile(1), { maxDepth: 4 }],
  ['text nesting at the limit of the option', valid, { maxDepth: 5 }],
  ['text nesting over the limit of the option', valid, { maxDepth: 4 }],
  ['a text of exactly the byte limit', valid, { maxBytes: new TextEncoder().encode(valid).length }],
  ['a text one byte over the limit', valid, { maxBytes: new TextEncoder().encode(valid).length - 1 }],
];

describe('the report of odd inputs', () => {
  it.each(ODD_INPUTS.map(([name, input, options]) => [name, input, options] as const))('%s', (_name, input, options) => {
    expect(golden(input, options)).toMatchSnapshot();
  });
});
