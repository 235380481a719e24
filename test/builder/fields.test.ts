import { describe, expect, it } from 'vitest';
import { DEMANDE_KEYS } from '../../src/builder/wire-placement.js';
import { SoldeFileBuilder, type DemandeInput } from '../../src/index.js';
import { codesAt, DEPOSIT, HEADER, validDemande } from './demande-fixtures.js';
import { param } from '../helpers/issue-params.js';

function report(demande: object) {
  return new SoldeFileBuilder(HEADER).addDemande(demande as DemandeInput).validate({ depositDate: DEPOSIT });
}

function scenario(demande: object) {
  return report(demande).file?.lignesImport[0]?.scenarioInstallation;
}

describe('the flat demand', () => {
  it('accepts exactly the wire fields of a line (flat) and montantBonDeCommande', () => {
    const full: Record<keyof DemandeInput | 'numLigne', unknown> = {
      numLigne: 1,
      typeAction: 'C',
      numeroASP: 'FINBIO000001',
      numeroEditeur: '00001',
      dateFacture: '15/03/2024',
      montantSegurHTFacture: 1,
      montantBonDeCommande: 1,
      beneficiaires: [],
      piecesJustificatives: [],
      lienCompteRendu: null,
      isDirectToDMP: false,
      identDMP: null,
      isDirectToMSSPro: false,
      adresseBoiteMSSPro: null,
      isDirectToMSSCitoyen: false,
      adresseBoiteMSSCitoyen: null,
      codeTraitement: null,
      libelleTraitement: null,
    };
    expect([...DEMANDE_KEYS].sort()).toEqual(Object.keys(full).sort());
  });

  it('fills what is always null, and the null scenario fields, when left out', () => {
    const demande = validDemande(1, { isDirectToDMP: false, isDirectToMSSPro: false });
    delete demande.identDMP;
    delete demande.adresseBoiteMSSPro;
    const r = report(demande);
    expect(r.ok).toBe(true);
    expect(r.file?.lignesImport[0]).toMatchObject({ typeAction: 'C', lienCompteRendu: null, codeTraitement: null, libelleTraitement: null });
    expect(scenario(demande)).toEqual({
      isDirectToDMP: false,
      identDMP: null,
      isDirectToMSSPro: false,
      adresseBoiteMSSPro: null,
      isDirectToMSSCitoyen: false,
      adresseBoiteMSSCitoyen: null,
    });
  });

  it('accepts those fields given with their fixed value', () => {
    expect(report(validDemande(1, { typeAction: 'C', lienCompteRendu: null, codeTraitement: null, libelleTraitement: null })).ok).toBe(true);
  });

  it('keeps and reports a wrong fixed value', () => {
    expect(codesAt(report({ ...validDemande(1), typeAction: 'M', lienCompteRendu: 'https://x' }).issues)).toEqual([
      'TYPE_ACTION_INVALID lignesImport.0.typeAction',
      'VALUE_NOT_NULL lignesImport.0.lienCompteRendu',
    ]);
  });

  it('identDMP: null when DMP is false and none or [] given; kept otherwise', () => {
    expect(scenario(validDemande(1, { isDirectToDMP: false, identDMP: [] }))?.identDMP).toBeNull();
    expect(scenario(validDemande(1, { isDirectToDMP: false, identDMP: null }))?.identDMP).toBeNull();
    const kept = report(validDemande(1, { isDirectToDMP: false, identDMP: ['1750000010'] }));
    expect(kept.file?.lignesImport[0]?.scenarioInstallation.identDMP).toEqual(['1750000010']);
    expect(codesAt(kept.issues)).toEqual(['DMP_IDENT_UNEXPECTED lignesImport.0.scenarioInstallation.identDMP']);
  });

  it('identDMP missing or empty while DMP is true is DMP_IDENT_MISSING', () => {
    const none = validDemande(1);
    delete none.identDMP;
    expect(codesAt(report(none).issues)).toEqual(['DMP_IDENT_MISSING lignesImport.0.scenarioInstallation.identDMP']);
    expect(codesAt(report(validDemande(1, { identDMP: [] })).issues)).toEqual(['DMP_IDENT_MISSING lignesImport.0.scenarioInstallation.identDMP']);
    expect(codesAt(report(validDemande(1, { identDMP: '1750000010' as never })).issues)).toEqual(['TYPE_INVALID lignesImport.0.scenarioInstallation.identDMP']);
  });

  it('an MSS address left out while its flag is true is MSS_ADDRESS_MISSING', () => {
    const demande = validDemande(1, { isDirectToMSSCitoyen: true });
    expect(codesAt(report(demande).issues)).toEqual(['MSS_ADDRESS_MISSING lignesImport.0.scenarioInstallation.adresseBoiteMSSCitoyen']);
  });

  it('a flag given as the string "true" is kept and reported', () => {
    expect(codesAt(report({ ...validDemande(1), isDirectToMSSPro: 'true' }).issues)).toEqual([
      'BOOLEAN_AS_STRING lignesImport.0.scenarioInstallation.isDirectToMSSPro',
    ]);
  });

  it('a required field left out, or null, is reported at its wire path', () => {
    const demande: Partial<DemandeInput> = validDemande(1);
    delete demande.numeroASP;
    delete demande.isDirectToMSSPro;
    expect(codesAt(report(demande).issues)).toEqual([
      'KEY_MISSING lignesImport.0.numeroASP',
      'KEY_MISSING lignesImport.0.scenarioInstallation.isDirectToMSSPro',
    ]);
    expect(codesAt(report({ ...validDemande(1), numeroASP: null }).issues)).toEqual(['TYPE_INVALID lignesImport.0.numeroASP']);
  });

  it('beneficiaries are kept in order, duplicates and bad numbers reported', () => {
    const r = report(validDemande(1, { beneficiaires: ['750000028', '750000010', '750000028', '2A0000001', '75000001'] }));
    expect(r.file?.lignesImport[0]?.beneficiaires).toEqual(['750000028', '750000010', '750000028', '2A0000001', '75000001']);
    expect(codesAt(r.issues)).toEqual(['FINESS_FORMAT lignesImport.0.beneficiaires.4', 'FINESS_DUPLICATE lignesImport.0.beneficiaires.2']);
    expect(codesAt(report(validDemande(1, { beneficiaires: '750000010' as never })).issues)).toEqual(['TYPE_INVALID lignesImport.0.beneficiaires']);
  });

  it('numLigne is the builder’s; one given is kept and checked', () => {
    expect(report({ ...validDemande(1), numLigne: 1 }).ok).toBe(true);
    expect(codesAt(report({ ...validDemande(1), numLigne: 3 }).issues)).toEqual(['LINE_NUMBER_SEQUENCE lignesImport.0.numLigne']);
  });
});

describe('keys the builder does not know are reported, never dropped silently', () => {
  it('an unknown key is KEY_UNKNOWN', () => {
    const r = report({ ...validDemande(1), commentaire: 'urgent' });
    expect(codesAt(r.issues)).toEqual(['KEY_UNKNOWN lignesImport.0.commentaire']);
    expect(r.issues[0]?.demande).toEqual({ index: 0, numeroEditeur: '00001' });
  });

  it('a key with the wrong case is KEY_WRONG_CASE, and the right key is not also reported missing', () => {
    const demande: Record<string, unknown> = { ...validDemande(1) };
    demande.numeroAsp = demande.numeroASP;
    delete demande.numeroASP;
    demande.datefacture = demande.dateFacture;
    delete demande.dateFacture;
    const r = report(demande);
    expect(codesAt(r.issues)).toEqual(['KEY_WRONG_CASE lignesImport.0.numeroAsp', 'KEY_WRONG_CASE lignesImport.0.datefacture']);
    expect(param(r.issues[0], 'expected')).toBe('numeroASP');
  });

  it('a key given twice, once with the wrong case, is the unknown one', () => {
    expect(codesAt(report({ ...validDemande(1), NUMEROASP: 'FINBIO000001' }).issues)).toEqual(['KEY_UNKNOWN lignesImport.0.NUMEROASP']);
  });

  it('__proto__ given (JSON.parse) is JSON_FORBIDDEN_KEY', () => {
    const demande: unknown = JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(validDemande(1)).slice(1)}`);
    expect(codesAt(report(demande as object).issues)).toEqual(['JSON_FORBIDDEN_KEY lignesImport.0.__proto__']);
  });

  it('a block given nested is not how the builder takes it: reported, and its fields missing', () => {
    const { dateFacture, montantSegurHTFacture, ...rest } = validDemande(1);
    const r = report({ ...rest, facture: { dateFacture, montantSegurHTFacture } });
    expect(codesAt(r.issues)).toEqual([
      'KEY_MISSING lignesImport.0.facture.dateFacture',
      'KEY_MISSING lignesImport.0.facture.montantSegurHTFacture',
      'KEY_UNKNOWN lignesImport.0.facture',
    ]);
  });
});
