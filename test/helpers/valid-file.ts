import type { LigneImport, SoldeFile } from '../../src/index.js';

/** A valid SIRET (Luhn key right). */
export const SIRET = '73282932000074';
/** A 10-character ANS number. */
export const ANS = 'ANS0000001';
/** A deposit date after every invoice date of the fixtures: 20/03/2024 in Paris. */
export const DEPOSIT = new Date('2024-03-20T10:00:00Z');

/** A valid request, numbered `n`, with editor number `editeur`. */
export function validLine(n = 1, editeur = '00001', asp = 'FINBIO000006'): LigneImport {
  return {
    numLigne: n,
    typeAction: 'C',
    numeroASP: asp,
    numeroEditeur: editeur,
    facture: { dateFacture: '15/03/2024', montantSegurHTFacture: 27450 },
    beneficiaires: ['750000010', '750000028'],
    piecesJustificatives: [
      { nomFichier: `BIO-SGL-Va1-FACTURE-${editeur}.pdf`, formatFichier: 'PDF', typeFichier: 'FACTURE' },
      { nomFichier: `BIO-SGL-Va1-VA-${editeur}.pdf`, formatFichier: 'PDF', typeFichier: 'VA' },
    ],
    lienCompteRendu: null,
    scenarioInstallation: {
      isDirectToDMP: true,
      identDMP: ['1750000010'],
      isDirectToMSSPro: true,
      adresseBoiteMSSPro: 'labo@labo.mssante.fr',
      isDirectToMSSCitoyen: false,
      adresseBoiteMSSCitoyen: null,
    },
    codeTraitement: null,
    libelleTraitement: null,
  };
}

/** A valid file of `count` requests. */
export function validFile(count = 1): SoldeFile {
  return {
    impId: null,
    numeroAns: ANS,
    SIRET,
    lignesImport: Array.from({ length: count }, (_, i) =>
      validLine(i + 1, String(i + 1).padStart(5, '0'), `FINBIO${String(i + 1).padStart(6, '0')}`),
    ),
  };
}
