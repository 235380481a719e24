import { describe, expect, it } from 'vitest';
import { planDeposits, SoldeUsageError, validateSoldeFile, type DemandeInput } from '../../src/index.js';
import { DEPOSIT, HEADER, validDemande, validDemandes } from '../builder/demande-fixtures.js';
import { thrownBy } from '../helpers/errors.js';

const OPTIONS = { ...HEADER, depositDate: DEPOSIT };

describe('planDeposits: 200 demands per file, in order', () => {
  it.each([
    [0, []],
    [1, [1]],
    [200, [200]],
    [201, [200, 1]],
    [450, [200, 200, 50]],
  ])('%i demands make files of %j', (count, sizes) => {
    const plan = planDeposits(validDemandes(count), OPTIONS);
    expect(plan.map((d) => d.size)).toEqual(sizes);
    expect(plan.map((d) => d.builder.size)).toEqual(sizes);
    expect(plan.map((d) => d.sequence)).toEqual(sizes.map((_, i) => i + 1));
    expect(plan.map((d) => d.fileName)).toEqual(sizes.map((_, i) => `JSON-ANS0000001-20240320-00${i + 1}.json`));
  });

  it('keeps the order, and each file numbers its lines from 1', () => {
    const plan = planDeposits(validDemandes(450), OPTIONS);
    expect(plan.map((d) => d.firstIndex)).toEqual([0, 200, 400]);
    const third = plan[2]?.build();
    const file = third?.file;
    expect(file?.lignesImport[0]).toMatchObject({ numLigne: 1, numeroEditeur: '00401' });
    expect(file?.lignesImport.at(-1)).toMatchObject({ numLigne: 50, numeroEditeur: '00450' });
    expect(third?.fileName).toBe('JSON-ANS0000001-20240320-003.json');
    expect(validateSoldeFile(third?.json, { depositDate: DEPOSIT }).ok).toBe(true);
  });

  it('lists each deposit’s attachments and its zip name', () => {
    const [deposit] = planDeposits([validDemande(1), validDemande(2, { piecesJustificatives: [{ typeFichier: 'FACTURE', formatFichier: 'PDF' }, { typeFichier: 'VA', formatFichier: 'JPG' }] })], OPTIONS);
    expect(deposit?.zipFileName).toBe('JSON-ANS0000001-20240320-001.zip');
    expect(deposit?.estimatedZipBytes).toBeUndefined();
    expect(deposit?.pieces).toEqual([
      { nomFichier: 'BIO-SGL-Va1-FACTURE-00001.pdf', formatFichier: 'PDF', typeFichier: 'FACTURE', demandeIndex: 0, size: undefined },
      { nomFichier: 'BIO-SGL-Va1-VA-00001.pdf', formatFichier: 'PDF', typeFichier: 'VA', demandeIndex: 0, size: undefined },
      { nomFichier: 'BIO-SGL-Va1-FACTURE-00002.pdf', formatFichier: 'PDF', typeFichier: 'FACTURE', demandeIndex: 1, size: undefined },
      { nomFichier: 'BIO-SGL-Va1-VA-00002.jpg', formatFichier: 'JPG', typeFichier: 'VA', demandeIndex: 1, size: undefined },
    ]);
  });

  it('honours a smaller maxLinesPerFile', () => {
    expect(planDeposits(validDemandes(7), { ...OPTIONS, maxLinesPerFile: 3 }).map((d) => d.size)).toEqual([3, 3, 1]);
  });

  it('takes any iterable', () => {
    function* demandes(): Generator<DemandeInput> {
      for (let i = 1; i <= 3; i++) yield validDemande(i);
    }
    expect(planDeposits(demandes(), OPTIONS).map((d) => d.size)).toEqual([3]);
  });

  it('does not judge the data: faults are reported by each deposit, pointing at the index among all the demands', () => {
    const demandes = validDemandes(201);
    demandes[200] = validDemande(201, { numeroASP: 'FINBIO' });
    const plan = planDeposits(demandes, OPTIONS);
    expect(plan[0]?.builder.validate({ depositDate: DEPOSIT }).ok).toBe(true);
    const report = plan[1]?.builder.validate({ depositDate: DEPOSIT });
    expect(report?.issues).toMatchObject([{ code: 'NUMERO_ASP_FORMAT', path: ['lignesImport', 0, 'numeroASP'], demande: { index: 200, numeroEditeur: '00201' } }]);
  });

  it('build uses the deposit’s date and sequence, and a locale', () => {
    const plan = planDeposits([validDemande(1, { beneficiaires: ['999999991'] })], { ...OPTIONS, firstSequence: 4 });
    const built = plan[0]?.build({ locale: 'en' });
    expect(built?.fileName).toBe('JSON-ANS0000001-20240320-004.json');
    expect(built?.warnings[0]?.message).toMatch(/^The FINESS/);
    expect(plan[0]?.build().warnings[0]?.message).toMatch(/^Le FINESS/);
  });
});

describe('planDeposits: sequence numbers', () => {
  it('start at firstSequence and follow in order', () => {
    expect(planDeposits(validDemandes(401), { ...OPTIONS, firstSequence: 7 }).map((d) => [d.sequence, d.fileName])).toEqual([
      [7, 'JSON-ANS0000001-20240320-007.json'],
      [8, 'JSON-ANS0000001-20240320-008.json'],
      [9, 'JSON-ANS0000001-20240320-009.json'],
    ]);
  });

  it('name files after the deposit day in Europe/Paris', () => {
    expect(planDeposits([validDemande(1)], { ...OPTIONS, depositDate: new Date('2024-03-20T23:30:00Z') })[0]?.fileName).toBe('JSON-ANS0000001-20240321-001.json');
  });

  it('may end exactly at 999', () => {
    expect(planDeposits(validDemandes(201), { ...OPTIONS, firstSequence: 998 }).map((d) => d.fileName)).toEqual([
      'JSON-ANS0000001-20240320-998.json',
      'JSON-ANS0000001-20240320-999.json',
    ]);
  });

  it('refuse to go past 999 (SEQUENCE_OVERFLOW), planning nothing', () => {
    const error = thrownBy(() => planDeposits(validDemandes(201), { ...OPTIONS, firstSequence: 999 }), SoldeUsageError);
    expect(error.code).toBe('SEQUENCE_OVERFLOW');
    expect(error.message).toMatch(/1000/);
    expect(thrownBy(() => planDeposits([validDemande(1)], { ...OPTIONS, firstSequence: 1000 }), SoldeUsageError).code).toBe('SEQUENCE_OVERFLOW');
  });

  it('with nothing to deposit, nothing overflows', () => {
    expect(planDeposits([], { ...OPTIONS, firstSequence: 1000 })).toEqual([]);
  });
});

describe('planDeposits: misuse', () => {
  it.each([
    ['no options', undefined],
    ['an invalid deposit date', { ...OPTIONS, depositDate: new Date('x') }],
    ['a deposit date as text', { ...OPTIONS, depositDate: '2024-03-20' }],
    ['firstSequence 0', { ...OPTIONS, firstSequence: 0 }],
    ['firstSequence 1.5', { ...OPTIONS, firstSequence: 1.5 }],
    ['maxLinesPerFile 0', { ...OPTIONS, maxLinesPerFile: 0 }],
    ['maxLinesPerFile 201', { ...OPTIONS, maxLinesPerFile: 201 }],
    ['maxZipBytes 0', { ...OPTIONS, maxZipBytes: 0 }],
    ['maxZipBytes Infinity', { ...OPTIONS, maxZipBytes: Number.POSITIVE_INFINITY }],
    ['pieceSizes null', { ...OPTIONS, pieceSizes: null }],
    ['pieceSizes a number', { ...OPTIONS, pieceSizes: 3 }],
  ])('%s is ARGUMENT_INVALID', (_, options) => {
    expect(thrownBy(() => planDeposits([validDemande(1)], options as never), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
  });

  it('demands that are not an iterable of objects are ARGUMENT_INVALID', () => {
    expect(thrownBy(() => planDeposits(null as never, OPTIONS), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
    expect(thrownBy(() => planDeposits({} as never, OPTIONS), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
    const error = thrownBy(() => planDeposits([validDemande(1), 'x' as never], OPTIONS), SoldeUsageError);
    expect(error.code).toBe('ARGUMENT_INVALID');
    expect(error.message).toMatch(/n° 1/);
    expect(thrownBy(() => planDeposits([[validDemande(1)]] as never, OPTIONS), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
  });

  it('a bad ANS number cannot name a file', () => {
    expect(thrownBy(() => planDeposits([validDemande(1)], { ...OPTIONS, numeroAns: 'ANS' }), SoldeUsageError).code).toBe('ARGUMENT_INVALID');
  });
});
