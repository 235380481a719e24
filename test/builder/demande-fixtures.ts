import type { DemandeInput, Issue } from '../../src/index.js';

/** The header used by the builder tests: a valid ANS number and SIRET. */
export const HEADER = { numeroAns: 'ANS0000001', siret: '73282932000074' } as const;
/** A deposit date after every invoice date of the fixtures: 20/03/2024 in Paris. */
export const DEPOSIT = new Date('2024-03-20T10:00:00Z');

/** A valid demand numbered `n` (1-based): its own numeroEditeur and numeroASP. */
export function validDemande(n = 1, overrides: Partial<DemandeInput> = {}): DemandeInput {
  return {
    numeroASP: `FINBIO${String(n).padStart(6, '0')}`,
    numeroEditeur: String(n).padStart(5, '0'),
    dateFacture: '15/03/2024',
    montantSegurHTFacture: 27450,
    beneficiaires: ['750000010', '750000028'],
    piecesJustificatives: [
      { typeFichier: 'FACTURE', formatFichier: 'PDF' },
      { typeFichier: 'VA', formatFichier: 'PDF' },
    ],
    isDirectToDMP: true,
    identDMP: ['1750000010'],
    isDirectToMSSPro: true,
    adresseBoiteMSSPro: 'labo@labo.mssante.fr',
    isDirectToMSSCitoyen: false,
    ...overrides,
  };
}

/** `count` valid demands. */
export function validDemandes(count: number): DemandeInput[] {
  return Array.from({ length: count }, (_, i) => validDemande(i + 1));
}

/** The issues' `code` and text path, for compact assertions. */
export function codesAt(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.code} ${i.path.join('.')}`);
}
