/**
 * The worked example's demands: the guide's §3.1 case (M. Durand) and three more showing
 * the installation scenarios (DMP, MSSanté Pro, all three channels), each using one of the
 * builder's conveniences. The FINESS numbers 999999991–999999993 are the guide's test
 * numbers: their check key fails, hence three FINESS_KEY warnings (not errors).
 *
 * @module
 */
import type { DemandeInput, SoldeFileBuilderOptions } from 'segur-sgl-solde';

/**
 * The vendor's header: a test ANS referencing number and a SIRET whose Luhn key is right.
 *
 * @example
 * ```ts
 * const builder = new SoldeFileBuilder(VENDOR);
 * ```
 */
export const VENDOR: SoldeFileBuilderOptions = { numeroAns: 'ANS0000001', siret: '73282932000074' };

/**
 * Guide §3.1: a BIO-SGL service sold to M. Durand for 27 450,00 € HT, installed on the
 * FINESS géographiques 999999991, 999999992 and 999999993; the advance was file
 * FINBIO000006 (the purchase order declared 27 450,00 €). The invoice and the
 * vérification d'aptitude are attached; their names are generated. No report is sent
 * directly (the three scenario flags are false; the `null` fields are left out).
 *
 * @example
 * ```ts
 * builder.addDemande(DURAND);
 * ```
 */
export const DURAND: DemandeInput = {
  numeroASP: 'FINBIO000006',
  numeroEditeur: '00001',
  dateFacture: '15/03/2024',
  montantSegurHTFacture: '27 450,00',
  montantBonDeCommande: '27 450,00',
  beneficiaires: ['999999991', '999999992', '999999993'],
  piecesJustificatives: [
    { typeFichier: 'FACTURE', formatFichier: 'PDF' },
    { typeFichier: 'VA', formatFichier: 'PDF' },
  ],
  isDirectToDMP: false,
  isDirectToMSSPro: false,
  isDirectToMSSCitoyen: false,
};

/**
 * The DMP case: reports sent directly to the DMP, with the structure's connection
 * identifier (Struct_IdNat `1` + FINESS). The date is given as `AAAA-MM-JJ`, the amount as
 * a number with one decimal, below the purchase order.
 *
 * @example
 * ```ts
 * builder.addDemande(MARTIN_DMP);
 * ```
 */
export const MARTIN_DMP: DemandeInput = {
  numeroASP: 'FINBIO000007',
  numeroEditeur: '00002',
  dateFacture: '2024-03-18',
  montantSegurHTFacture: 18900.5,
  montantBonDeCommande: 19000,
  beneficiaires: ['750000010'],
  piecesJustificatives: [
    { typeFichier: 'FACTURE', formatFichier: 'PDF' },
    { typeFichier: 'VA', formatFichier: 'PDF' },
  ],
  isDirectToDMP: true,
  identDMP: ['1750000010'],
  isDirectToMSSPro: false,
  isDirectToMSSCitoyen: false,
};

/**
 * The MSSanté Pro case: reports sent by the laboratory's organisational MSS box. The date
 * is a `Date` (its day in Paris is written), the VA is a PNG scan.
 *
 * @example
 * ```ts
 * builder.addDemande(BERNARD_MSS_PRO);
 * ```
 */
export const BERNARD_MSS_PRO: DemandeInput = {
  numeroASP: 'FINBIO000011',
  numeroEditeur: '00003',
  dateFacture: new Date('2024-03-19T10:00:00+01:00'),
  montantSegurHTFacture: 12000,
  beneficiaires: ['130000011', '130786049'],
  piecesJustificatives: [
    { typeFichier: 'FACTURE', formatFichier: 'PDF' },
    { typeFichier: 'VA', formatFichier: 'PNG' },
  ],
  isDirectToDMP: false,
  isDirectToMSSPro: true,
  adresseBoiteMSSPro: 'cr-biologie@labo-bernard.mssante.fr',
  isDirectToMSSCitoyen: false,
};

/**
 * All three channels: DMP, MSSanté Pro and MSSanté Citoyen (the structure's sending box,
 * not a patient's address). The attachment names are given, canonical.
 *
 * @example
 * ```ts
 * builder.addDemande(PETIT_ALL_CHANNELS);
 * ```
 */
export const PETIT_ALL_CHANNELS: DemandeInput = {
  numeroASP: 'FINBIO000012',
  numeroEditeur: '00004',
  dateFacture: '12/03/2024',
  montantSegurHTFacture: '9875.25',
  beneficiaires: ['690000013', '690781810'],
  piecesJustificatives: [
    { nomFichier: 'BIO-SGL-Va1-FACTURE-00004.pdf', typeFichier: 'FACTURE', formatFichier: 'PDF' },
    { nomFichier: 'BIO-SGL-Va1-VA-00004.pdf', typeFichier: 'VA', formatFichier: 'PDF' },
  ],
  isDirectToDMP: true,
  identDMP: ['1690000013', '1690781810'],
  isDirectToMSSPro: true,
  adresseBoiteMSSPro: 'biologie@labo-petit.mssante.fr',
  isDirectToMSSCitoyen: true,
  adresseBoiteMSSCitoyen: 'resultats@labo-petit.mssante.fr',
};

/**
 * The example's demands, in deposit order.
 *
 * @example
 * ```ts
 * new SoldeFileBuilder(VENDOR).addDemandes(DEMO_DEMANDES);
 * ```
 */
export const DEMO_DEMANDES: readonly DemandeInput[] = [DURAND, MARTIN_DMP, BERNARD_MSS_PRO, PETIT_ALL_CHANNELS];
