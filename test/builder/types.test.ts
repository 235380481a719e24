import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  planDeposits,
  SoldeFileBuilder,
  SoldeUsageError,
  type BuiltSoldeFile,
  type DemandeInput,
  type PieceInput,
  type PieceSizes,
  type PlannedDeposit,
  type ValidationReport,
  type WireDemandeFields,
} from '../../src/index.js';
import { codesAt, DEPOSIT, HEADER, validDemande } from './demande-fixtures.js';

// `npm run typecheck` compiles this file: each `@ts-expect-error` fails the build if the
// line below it ever compiles. The runtime assertions show what happens to a plain
// JavaScript caller who makes the same mistake.

describe('the types guide the caller', () => {
  it('attachments take the closed lists of types and formats', () => {
    expectTypeOf<PieceInput['typeFichier']>().toEqualTypeOf<'FACTURE' | 'VA'>();
    expectTypeOf<PieceInput['formatFichier']>().toEqualTypeOf<'PDF' | 'PNG' | 'JPG' | 'XML'>();
    expectTypeOf<PieceInput['nomFichier']>().toEqualTypeOf<string | undefined>();

    // @ts-expect-error — 'FACTUR' is not a typeFichier
    const wrongType: PieceInput = { typeFichier: 'FACTUR', formatFichier: 'PDF' };
    // @ts-expect-error — formats are upper case
    const wrongFormat: PieceInput = { typeFichier: 'VA', formatFichier: 'pdf' };

    const report = new SoldeFileBuilder(HEADER)
      .addDemande(validDemande(1, { piecesJustificatives: [wrongType, { typeFichier: 'VA', formatFichier: 'PDF' }] }))
      .addDemande(validDemande(2, { piecesJustificatives: [{ typeFichier: 'FACTURE', formatFichier: 'PDF' }, wrongFormat] }))
      .validate({ depositDate: DEPOSIT });
    expect(codesAt(report.issues)).toEqual([
      'PIECE_TYPE_INVALID lignesImport.0.piecesJustificatives.0.typeFichier',
      'PIECE_FACTURE_MISSING lignesImport.0.piecesJustificatives',
      'PIECE_FORMAT_INVALID lignesImport.1.piecesJustificatives.1.formatFichier',
    ]);
  });

  it('a wrong typeFichier literal inside addDemande does not compile', () => {
    const builder = new SoldeFileBuilder(HEADER);
    builder.addDemande({
      ...validDemande(1),
      piecesJustificatives: [
        { typeFichier: 'FACTURE', formatFichier: 'PDF' },
        // @ts-expect-error — 'ATTESTATION' is not a typeFichier
        { typeFichier: 'ATTESTATION', formatFichier: 'PDF' },
      ],
    });
    expect(builder.size).toBe(1);
  });

  it('the demand’s fields have the conveniences’ types', () => {
    expectTypeOf<DemandeInput['dateFacture']>().toEqualTypeOf<Date | string>();
    expectTypeOf<DemandeInput['montantSegurHTFacture']>().toEqualTypeOf<number | string>();
    expectTypeOf<DemandeInput['montantBonDeCommande']>().toEqualTypeOf<number | string | undefined>();
    expectTypeOf<DemandeInput['isDirectToDMP']>().toEqualTypeOf<boolean>();
    expectTypeOf<DemandeInput['identDMP']>().toEqualTypeOf<readonly string[] | null | undefined>();
    expectTypeOf<DemandeInput['lienCompteRendu']>().toEqualTypeOf<null | undefined>();
    expectTypeOf<DemandeInput['typeAction']>().toEqualTypeOf<'C' | undefined>();
  });

  it('required fields, fixed values, flag types and unknown keys are compile errors', () => {
    const builder = new SoldeFileBuilder(HEADER);
    // @ts-expect-error — numeroEditeur, dateFacture… are missing
    builder.addDemande({ numeroASP: 'FINBIO000001' });
    // @ts-expect-error — typeAction is always 'C'
    builder.addDemande({ ...validDemande(2), typeAction: 'M' });
    // @ts-expect-error — lienCompteRendu is always null
    builder.addDemande({ ...validDemande(3), lienCompteRendu: 'https://example.org' });
    // @ts-expect-error — a flag is a boolean, not the string 'true'
    builder.addDemande({ ...validDemande(4), isDirectToDMP: 'true' });
    // @ts-expect-error — the key is numeroASP (case-sensitive)
    builder.addDemande({ ...validDemande(5), numeroAsp: 'FINBIO000005' });
    expect(builder.size).toBe(5);
    expect(builder.validate({ depositDate: DEPOSIT }).ok).toBe(false);
  });

  it('the builder’s methods return what they say', () => {
    const builder = new SoldeFileBuilder(HEADER);
    expectTypeOf(builder.addDemande(validDemande(1))).toEqualTypeOf<SoldeFileBuilder>();
    expectTypeOf(builder.addDemandes([validDemande(2)])).toEqualTypeOf<SoldeFileBuilder>();
    expectTypeOf(builder.validate()).toEqualTypeOf<ValidationReport>();
    expectTypeOf<ReturnType<SoldeFileBuilder['toJSON']>>().toEqualTypeOf<string>();
    expectTypeOf<ReturnType<SoldeFileBuilder['build']>>().toEqualTypeOf<BuiltSoldeFile>();
    expectTypeOf(builder.size).toEqualTypeOf<number>();
    expect(builder.size).toBe(2);
  });

  it('the header and the build options are required', () => {
    // @ts-expect-error — siret is required
    const noSiret = new SoldeFileBuilder({ numeroAns: 'ANS0000001' });
    expect(codesAt(noSiret.addDemande(validDemande(1)).validate({ depositDate: DEPOSIT }).issues)).toEqual(['KEY_MISSING SIRET']);
    // @ts-expect-error — build needs the deposit date (it names the file)
    expect(() => noSiret.build({ sequence: 1 })).toThrow(SoldeUsageError);
  });

  it('the planner takes sizes by name, as a Map, or as a function', () => {
    expectTypeOf<Record<string, number>>().toExtend<PieceSizes>();
    expectTypeOf<Map<string, number>>().toExtend<PieceSizes>();
    expectTypeOf<(piece: { nomFichier: string }) => number>().toExtend<PieceSizes>();
    const plan = planDeposits([validDemande(1)], { ...HEADER, depositDate: DEPOSIT });
    expectTypeOf(plan).toEqualTypeOf<PlannedDeposit[]>();
    // @ts-expect-error — the deposit date is required
    expect(() => planDeposits([], HEADER)).toThrow(SoldeUsageError);
    expect(plan).toHaveLength(1);
  });

  it('a demand has every field of the layout, blocks flattened, and the purchase order', () => {
    expectTypeOf<keyof DemandeInput>().toEqualTypeOf<Exclude<keyof WireDemandeFields, 'numLigne'> | 'montantBonDeCommande'>();
    expectTypeOf<WireDemandeFields['dateFacture']>().toEqualTypeOf<string>();
    expectTypeOf<WireDemandeFields['adresseBoiteMSSPro']>().toEqualTypeOf<string | null>();
    // A field the conveniences do not retype keeps the file's type, required.
    expectTypeOf<DemandeInput['numeroASP']>().toEqualTypeOf<WireDemandeFields['numeroASP']>();
  });
});
