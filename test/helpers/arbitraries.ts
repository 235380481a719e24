import fc from 'fast-check';
import type { LigneImport, SoldeFile } from '../../src/index.js';
import { luhnValid } from '../../src/checks/luhn.js';

/** Appends the digit that makes the Luhn check pass. */
export function withLuhnKey(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${body}${d}`)) return `${body}${d}`;
  throw new Error('unreachable');
}

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const alnum = (n: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9]{${n}}$`));

export const siretArb = digits(13).filter((s) => !s.startsWith('356000000')).map(withLuhnKey);
export const finessArb = digits(8).map(withLuhnKey);
export const dateArb = fc.record({ y: fc.integer({ min: 2021, max: 2023 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`);
export const amountArb = fc.integer({ min: 1, max: 99_999_999_999 }).map((cents) => cents / 100);
const formatArb = fc.constantFrom('PDF' as const, 'PNG' as const, 'JPG' as const);
const mssArb = fc.stringMatching(/^[a-z][a-z0-9.-]{0,20}[a-z0-9]$/).filter((s) => !s.includes('..') && !s.includes('.-')).map((local) => `${local}@labo.mssante.fr`);

function lineArb(n: number, numeroEditeur: string) {
  return fc
    .record({
      date: dateArb,
      amount: amountArb,
      beneficiaires: fc.uniqueArray(finessArb, { minLength: 1, maxLength: 4 }),
      facture: formatArb,
      va: formatArb,
      dmp: fc.boolean(),
      pro: fc.option(mssArb, { nil: null }),
      citoyen: fc.option(mssArb, { nil: null }),
    })
    .map(({ date, amount, beneficiaires, facture, va, dmp, pro, citoyen }): LigneImport => ({
      numLigne: n,
      typeAction: 'C',
      numeroASP: `FINBIO${String(n).padStart(6, '0')}`,
      numeroEditeur,
      facture: { dateFacture: date, montantSegurHTFacture: amount },
      beneficiaires,
      piecesJustificatives: [
        { nomFichier: `BIO-SGL-Va1-FACTURE-${numeroEditeur}.${facture.toLowerCase()}`, formatFichier: facture, typeFichier: 'FACTURE' },
        { nomFichier: `BIO-SGL-Va1-VA-${numeroEditeur}.${va.toLowerCase()}`, formatFichier: va, typeFichier: 'VA' },
      ],
      lienCompteRendu: null,
      scenarioInstallation: {
        isDirectToDMP: dmp,
        identDMP: dmp ? beneficiaires.map((f) => `1${f}`) : null,
        isDirectToMSSPro: pro !== null,
        adresseBoiteMSSPro: pro,
        isDirectToMSSCitoyen: citoyen !== null,
        adresseBoiteMSSCitoyen: citoyen,
      },
      codeTraitement: null,
      libelleTraitement: null,
    }));
}

/** Valid files of 1 to `maxLines` requests (every invoice before 2024). */
export function validFileArb(maxLines = 5): fc.Arbitrary<SoldeFile> {
  return fc
    .record({
      numeroAns: alnum(10),
      SIRET: siretArb,
      editeurs: fc.uniqueArray(alnum(5), { minLength: 1, maxLength: maxLines }),
    })
    .chain(({ numeroAns, SIRET, editeurs }) =>
      fc.tuple(...editeurs.map((e, i) => lineArb(i + 1, e))).map((lignesImport): SoldeFile => ({ impId: null, numeroAns, SIRET, lignesImport })),
    );
}
