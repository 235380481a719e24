import { describe, expect, it } from 'vitest';
import {
  SoldeFileBuilder,
  SoldeUsageError,
  SoldeValidationError,
  validateSoldeFile,
  type DemandeInput,
} from '../../src/index.js';
import { codesAt, DEPOSIT, HEADER, validDemande, validDemandes } from './demande-fixtures.js';
import { thrownBy } from '../helpers/errors.js';

describe('SoldeFileBuilder: a valid file', () => {
  it('places the flat fields in their blocks, numbers the lines and writes what the validator accepts', () => {
    const builder = new SoldeFileBuilder(HEADER).addDemande(validDemande(1)).addDemande(validDemande(2));
    const json = builder.toJSON({ depositDate: DEPOSIT });
    const parsed = JSON.parse(json) as { impId: null; SIRET: string; lignesImport: Record<string, unknown>[] };
    expect(parsed.impId).toBeNull();
    expect(parsed.SIRET).toBe('73282932000074');
    expect(parsed.lignesImport.map((l) => l.numLigne)).toEqual([1, 2]);
    expect(parsed.lignesImport[0]).toMatchObject({
      typeAction: 'C',
      numeroASP: 'FINBIO000001',
      facture: { dateFacture: '15/03/2024', montantSegurHTFacture: 27450 },
      lienCompteRendu: null,
      scenarioInstallation: { isDirectToDMP: true, identDMP: ['1750000010'], isDirectToMSSCitoyen: false, adresseBoiteMSSCitoyen: null },
      codeTraitement: null,
      libelleTraitement: null,
    });
    expect(json).toContain('"montantSegurHTFacture": 27450.00');
    expect(validateSoldeFile(json, { depositDate: DEPOSIT })).toMatchObject({ ok: true, issues: [] });
  });

  it('validate gives the same report as validateSoldeFile on the written file', () => {
    const builder = new SoldeFileBuilder(HEADER).addDemande(validDemande(1, { beneficiaires: ['999999991'] }));
    const mine = builder.validate({ depositDate: DEPOSIT });
    const theirs = validateSoldeFile(builder.toJSON({ depositDate: DEPOSIT }), { depositDate: DEPOSIT });
    expect(mine.ok).toBe(true);
    expect(codesAt(mine.issues)).toEqual(codesAt(theirs.issues));
    expect(codesAt(mine.issues)).toEqual(['FINESS_KEY lignesImport.0.beneficiaires.0']);
    expect(mine.file?.lignesImport[0]?.numeroEditeur).toBe('00001');
    expect(mine.summary).toEqual({ requestCount: 1, fileRefused: false, rejectedRequests: [], zipRefused: false, incompleteRequests: [] });
  });

  it('reports in English on request', () => {
    const report = new SoldeFileBuilder(HEADER).addDemande(validDemande(1, { montantSegurHTFacture: 'douze' })).validate({ depositDate: DEPOSIT, locale: 'en' });
    expect(report.issues[0]?.message).toBe('"montantSegurHTFacture" must be a number in JSON, not "douze".');
  });

  it('counts its demands', () => {
    const builder = new SoldeFileBuilder(HEADER);
    expect(builder.size).toBe(0);
    builder.addDemande(validDemande(1));
    expect(builder.size).toBe(1);
  });

  it('names the file in Europe/Paris', () => {
    const builder = new SoldeFileBuilder(HEADER);
    expect(builder.fileName({ depositDate: new Date('2024-03-19T23:30:00Z'), sequence: 12 })).toBe('JSON-ANS0000001-20240320-012.json');
    expect(() => builder.fileName({ depositDate: DEPOSIT, sequence: 1000 })).toThrow(SoldeUsageError);
    expect(thrownBy(() => builder.fileName(undefined as never), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
  });

  it('build returns the text, the name, the typed file and the warnings', () => {
    const builder = new SoldeFileBuilder(HEADER).addDemande(validDemande(1, { beneficiaires: ['999999991', '750000010'] }));
    const built = builder.build({ depositDate: DEPOSIT, sequence: 3 });
    expect(built.fileName).toBe('JSON-ANS0000001-20240320-003.json');
    expect(built.json).toBe(builder.toJSON({ depositDate: DEPOSIT }));
    expect(built.file.lignesImport).toHaveLength(1);
    expect(codesAt(built.warnings)).toEqual(['FINESS_KEY lignesImport.0.beneficiaires.0']);
    expect(builder.build({ depositDate: DEPOSIT }).fileName).toBe('JSON-ANS0000001-20240320-001.json');
    expect(builder.build({ depositDate: DEPOSIT, locale: 'en' }).warnings[0]?.message).toMatch(/^The FINESS/);
  });

  it('build refuses a bad call and an invalid file', () => {
    const builder = new SoldeFileBuilder(HEADER).addDemande(validDemande(1, { dateFacture: '21/03/2024' }));
    expect(thrownBy(() => builder.build(undefined as never), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
    expect(thrownBy(() => builder.build({ depositDate: new Date('nope') }), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
    expect(() => builder.build({ depositDate: DEPOSIT })).toThrow(SoldeValidationError);
  });

  it('JSON.stringify(builder) gives the text (toJSON tolerates the key argument)', () => {
    const builder = new SoldeFileBuilder(HEADER).addDemande(validDemande(1, { dateFacture: '01/01/2020' }));
    expect(JSON.parse(JSON.stringify(builder)) as string).toContain('"dateFacture": "01/01/2020"');
  });
});

describe('SoldeFileBuilder: faults are reported, all together, pointing at the demand', () => {
  it('toJSON throws a SoldeValidationError carrying every issue', () => {
    const builder = new SoldeFileBuilder(HEADER)
      .addDemande(validDemande(1))
      .addDemande(validDemande(2, { numeroASP: 'FINBIO1', dateFacture: '2024-02-30', beneficiaires: [] }));
    let error: unknown;
    try {
      builder.toJSON({ depositDate: DEPOSIT });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SoldeValidationError);
    const issues = (error as SoldeValidationError).issues;
    expect(codesAt(issues).sort()).toEqual([
      'BENEFICIAIRES_EMPTY lignesImport.1.beneficiaires',
      'DATE_INVALID lignesImport.1.facture.dateFacture',
      'NUMERO_ASP_FORMAT lignesImport.1.numeroASP',
    ]);
    expect(issues.every((i) => i.demande?.index === 1 && i.demande.numeroEditeur === '00002')).toBe(true);
  });

  it('an empty file is an error (at least one demand)', () => {
    const report = new SoldeFileBuilder(HEADER).validate({ depositDate: DEPOSIT });
    expect(codesAt(report.issues)).toEqual(['LINES_EMPTY lignesImport']);
    expect(report.issues[0]?.demande).toBeUndefined();
  });

  it('header faults are file issues, without a demand', () => {
    const report = new SoldeFileBuilder({ numeroAns: 'ANS1', siret: '73282932000075' }).addDemande(validDemande(1)).validate({ depositDate: DEPOSIT });
    expect(codesAt(report.issues)).toEqual(['NUMERO_ANS_FORMAT numeroAns', 'SIRET_KEY SIRET']);
    expect(report.summary.fileRefused).toBe(true);
  });

  it('a header left out is reported missing', () => {
    const report = new SoldeFileBuilder({} as never).addDemande(validDemande(1)).validate({ depositDate: DEPOSIT });
    expect(codesAt(report.issues)).toEqual(['KEY_MISSING numeroAns', 'KEY_MISSING SIRET']);
  });

  it('issues are ordered by demand, errors before warnings', () => {
    const report = new SoldeFileBuilder(HEADER)
      .addDemande(validDemande(1, { beneficiaires: ['999999991'] }))
      .addDemande(validDemande(2, { numeroASP: 'X' }))
      .addDemande(validDemande(3, { numeroEditeur: '1' }))
      .validate({ depositDate: DEPOSIT });
    expect(report.issues.map((i) => [i.severity, i.demande?.index])).toEqual([
      ['error', 1],
      ['error', 2],
      ['warning', 0],
    ]);
    expect(report.issues[1]?.demande).toEqual({ index: 2, numeroEditeur: '1' });
  });

  it('a demand without a string numeroEditeur is pointed at by its index only', () => {
    const report = new SoldeFileBuilder(HEADER).addDemande(validDemande(1, { numeroEditeur: 12345 as never })).validate({ depositDate: DEPOSIT });
    expect(report.issues.length).toBeGreaterThan(0);
    expect(report.issues.every((i) => i.demande !== undefined && !('numeroEditeur' in i.demande) && i.demande.index === 0)).toBe(true);
  });

  it('firstIndex shifts the demand index reported', () => {
    const report = new SoldeFileBuilder({ ...HEADER, firstIndex: 400 }).addDemande(validDemande(1, { numeroASP: 'X' })).validate({ depositDate: DEPOSIT });
    expect(report.issues[0]?.path).toEqual(['lignesImport', 0, 'numeroASP']);
    expect(report.issues[0]?.demande).toEqual({ index: 400, numeroEditeur: '00001' });
  });

  it('an amount that cannot be written with two decimals (1e21) is an issue, not a crash', () => {
    const builder = new SoldeFileBuilder(HEADER).addDemande(validDemande(1, { montantSegurHTFacture: 1e21 }));
    const report = builder.validate({ depositDate: DEPOSIT });
    expect(codesAt(report.issues)).toEqual(['AMOUNT_TOO_LARGE lignesImport.0.facture.montantSegurHTFacture']);
    expect(report.issues[0]?.demande).toEqual({ index: 0, numeroEditeur: '00001' });
    expect(() => builder.toJSON({ depositDate: DEPOSIT })).toThrow(SoldeValidationError);
  });
});

describe('SoldeFileBuilder: refusals (exceptions only for misuse)', () => {
  it('holds 200 demands; the 201st throws LINE_CAP and leaves the 200 intact', () => {
    const builder = new SoldeFileBuilder(HEADER);
    for (const demande of validDemandes(200)) builder.addDemande(demande);
    expect(builder.size).toBe(200);
    const before = builder.toJSON({ depositDate: DEPOSIT });
    const error = thrownBy(() => builder.addDemande(validDemande(201)), SoldeUsageError);
    expect(error.code).toBe('LINE_CAP');
    expect(error.message).toMatch(/200/);
    expect(builder.size).toBe(200);
    expect(builder.toJSON({ depositDate: DEPOSIT })).toBe(before);
  });

  it('addDemandes adds all in order, or none', () => {
    const builder = new SoldeFileBuilder(HEADER).addDemandes(validDemandes(150));
    expect(builder.size).toBe(150);
    expect(thrownBy(() => builder.addDemandes(validDemandes(51)), SoldeUsageError).code).toBe('LINE_CAP');
    expect(builder.size).toBe(150);
    expect(thrownBy(() => builder.addDemandes([validDemande(151), null as never]), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
    expect(builder.size).toBe(150);
    function* more(): Generator<DemandeInput> {
      yield validDemande(151);
      yield validDemande(152);
    }
    builder.addDemandes(more());
    expect(builder.validate({ depositDate: DEPOSIT }).file?.lignesImport.map((l) => l.numLigne).slice(-3)).toEqual([150, 151, 152]);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'FINBIO000006'],
    ['a number', 1],
    ['an array', [validDemande(1)]],
  ])('addDemande refuses %s (ARGUMENT_INVALID), adding nothing', (_, value) => {
    const builder = new SoldeFileBuilder(HEADER);
    expect(thrownBy(() => builder.addDemande(value as never), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
    expect(builder.size).toBe(0);
  });

  it('addDemandes refuses what is not iterable', () => {
    expect(thrownBy(() => new SoldeFileBuilder(HEADER).addDemandes(3 as never), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
    expect(thrownBy(() => new SoldeFileBuilder(HEADER).addDemandes(null as never), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
    expect(thrownBy(() => new SoldeFileBuilder(HEADER).addDemandes('ab' as never), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
  });

  it('the constructor refuses what is not an object, and a bad firstIndex', () => {
    expect(thrownBy(() => new SoldeFileBuilder(undefined as never), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
    expect(thrownBy(() => new SoldeFileBuilder({ ...HEADER, firstIndex: -1 }), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
    expect(thrownBy(() => new SoldeFileBuilder({ ...HEADER, firstIndex: 1.5 }), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
  });

  it('validate refuses an invalid deposit date, as validateSoldeFile does', () => {
    expect(thrownBy(() => new SoldeFileBuilder(HEADER).validate({ depositDate: new Date(Number.NaN) }), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
  });

  it('keeps a snapshot: changing the demand after adding it changes nothing', () => {
    const demande = validDemande(1);
    const beneficiaires = ['750000010'];
    const builder = new SoldeFileBuilder(HEADER).addDemande({ ...demande, beneficiaires });
    beneficiaires.push('not a finess');
    expect(builder.validate({ depositDate: DEPOSIT }).ok).toBe(true);
  });
});
