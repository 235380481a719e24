import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeSoldeFile, SoldeFileBuilder, validateSoldeFile, type DemandeInput, type LigneImport, type SoldeFile } from '../../src/index.js';
import { formatAmount } from '../../src/checks/amount.js';
import { validFileArb } from '../helpers/arbitraries.js';
import { HEADER, validDemande } from './demande-fixtures.js';

const DEPOSIT = new Date('2024-03-20T10:00:00Z');

/** How a generated line is handed to the builder: which conveniences are used. */
interface Forms {
  date: 'french' | 'iso' | 'date';
  amount: 'number' | 'point' | 'french';
  groupSpace: string;
  generateNames: boolean;
  leaveNullsOut: boolean;
}

const formsArb: fc.Arbitrary<Forms> = fc.record({
  date: fc.constantFrom('french' as const, 'iso' as const, 'date' as const),
  amount: fc.constantFrom('number' as const, 'point' as const, 'french' as const),
  groupSpace: fc.constantFrom(' ', '\u00A0', '\u202F'),
  generateNames: fc.boolean(),
  leaveNullsOut: fc.boolean(),
});

function dateIn(text: string, form: Forms['date']): string | Date {
  const [d, m, y] = text.split('/').map(Number) as [number, number, number];
  if (form === 'french') return text;
  if (form === 'iso') return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return new Date(Date.UTC(y, m - 1, d, 11));
}

function amountIn(value: number, forms: Forms): number | string {
  const written = formatAmount(value) ?? '';
  if (forms.amount === 'number') return value;
  if (forms.amount === 'point') return written;
  const [whole = '', cents = ''] = written.split('.');
  return `${whole.replace(/\B(?=(\d{3})+$)/g, forms.groupSpace)},${cents}`;
}

/** A wire line, flattened as a caller of the builder would give it. */
function toDemande(line: LigneImport, forms: Forms): DemandeInput {
  const s = line.scenarioInstallation;
  const demande: DemandeInput = {
    numeroASP: line.numeroASP,
    numeroEditeur: line.numeroEditeur,
    dateFacture: dateIn(line.facture.dateFacture, forms.date),
    montantSegurHTFacture: amountIn(line.facture.montantSegurHTFacture, forms),
    montantBonDeCommande: line.facture.montantSegurHTFacture,
    beneficiaires: line.beneficiaires,
    piecesJustificatives: line.piecesJustificatives.map(({ nomFichier, formatFichier, typeFichier }) =>
      forms.generateNames ? { formatFichier, typeFichier } : { nomFichier, formatFichier, typeFichier },
    ),
    isDirectToDMP: s.isDirectToDMP,
    isDirectToMSSPro: s.isDirectToMSSPro,
    isDirectToMSSCitoyen: s.isDirectToMSSCitoyen,
  };
  if (!forms.leaveNullsOut || s.identDMP !== null) demande.identDMP = s.identDMP;
  if (!forms.leaveNullsOut || s.adresseBoiteMSSPro !== null) demande.adresseBoiteMSSPro = s.adresseBoiteMSSPro;
  if (!forms.leaveNullsOut || s.adresseBoiteMSSCitoyen !== null) demande.adresseBoiteMSSCitoyen = s.adresseBoiteMSSCitoyen;
  return demande;
}

describe('what the builder writes, the validator accepts', () => {
  it('a valid file given demand by demand, in any of the convenient forms, is written exactly as the file itself', () => {
    fc.assert(
      fc.property(
        validFileArb(6).chain((file: SoldeFile) => fc.tuple(fc.constant(file), fc.array(formsArb, { minLength: file.lignesImport.length, maxLength: file.lignesImport.length }))),
        ([file, forms]) => {
          const builder = new SoldeFileBuilder({ numeroAns: file.numeroAns, siret: file.SIRET });
          file.lignesImport.forEach((line, i) => builder.addDemande(toDemande(line, forms[i] as Forms)));
          const json = builder.toJSON({ depositDate: DEPOSIT });
          expect(json).toBe(serializeSoldeFile(file));
          const report = validateSoldeFile(json, { depositDate: DEPOSIT });
          expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('an amount that is a float sum of cents is written as the exact cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (a, b) => {
        const json = new SoldeFileBuilder(HEADER).addDemande(validDemande(1, { montantSegurHTFacture: a / 100 + b / 100 })).toJSON({ depositDate: DEPOSIT });
        expect(json).toContain(`"montantSegurHTFacture": ${formatAmount((a + b) / 100) ?? 'x'}\n`);
      }),
    );
  });

  it('an amount with a real third decimal is refused, never rounded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 1, max: 9 }), fc.boolean(), (cents, thousandth, asText) => {
        const value = (cents * 10 + thousandth) / 1000;
        const report = new SoldeFileBuilder(HEADER).addDemande(validDemande(1, { montantSegurHTFacture: asText ? value.toFixed(3) : value })).validate({ depositDate: DEPOSIT });
        expect(report.issues.map((i) => i.code)).toContain('AMOUNT_DECIMALS');
        expect(report.ok).toBe(false);
      }),
    );
  });
});
