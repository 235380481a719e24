/**
 * Realistic invoices for the tests, in several layouts, all for the same request: a
 * Ségur amount of 27 450,00 € HT dated 15/03/2024 for the sites 750000010 and 750000028
 * (the request of test/helpers/valid-file.ts). None of them may give a warning.
 */
import { textPdf, type TextItem } from './make-pdf.js';

/** A line of text: its items side by side from `x`, each `gap` points after the previous start. */
function row(y: number, cells: readonly string[], x = 50, gap = 110): TextItem[] {
  return cells.map((text, i) => ({ x: x + i * gap, y, text }));
}

const header: TextItem[] = [
  { x: 50, y: 800, text: 'LOGICIELS DE BIOLOGIE SAS — 12 rue des Analyses, 69000 Lyon', size: 9 },
  { x: 50, y: 786, text: 'SIRET 732 829 320 00074 — TVA FR12732829320', size: 8 },
  { x: 50, y: 760, text: 'Laboratoire Durand, 4 place de la République, 75011 Paris', size: 9 },
];

/** Every layout, by name. */
export async function realisticInvoices(): Promise<Record<string, Uint8Array>> {
  return {
    // The amount in a table's cell, the thousands split by U+202F, € after it after U+00A0 (pdf.js
    // reports both as plain spaces; an XML piece keeps them, which test/pieces/match.test.ts covers).
    table: await textPdf([
      [
        ...header,
        { x: 50, y: 720, text: 'FACTURE N° F-2024-0315', size: 14 },
        { x: 50, y: 700, text: 'Date : 15/03/2024' },
        ...row(660, ['Désignation', 'Site (FINESS)', 'Qté', 'Montant HT']),
        ...row(640, ['Couloir Ségur BIO-SGL', '750000010', '1', '13\u202f725,00\u00a0€']),
        ...row(620, ['Couloir Ségur BIO-SGL', '750000028', '1', '13\u202f725,00\u00a0€']),
        ...row(590, ['', '', 'Total Ségur HT', '27\u202f450,00\u00a0€']),
      ],
    ]),
    // The amount split across two text items, the date in words, € before.
    split: await textPdf([
      [
        ...header,
        { x: 50, y: 720, text: 'Facture du 15 mars 2024', size: 14 },
        { x: 50, y: 690, text: 'Sites : FINESS 750 000 010 et 750 000 028' },
        { x: 50, y: 660, text: 'Montant Ségur HT :' },
        { x: 200, y: 660, text: '€ 27 4' },
        { x: 231, y: 660, text: '50,00' },
      ],
    ]),
    // English-style digits, EUR after the amount, the date with dots.
    english: await textPdf([
      [
        ...header,
        { x: 50, y: 720, text: 'INVOICE 2024-031 dated 15.03.2024' },
        { x: 50, y: 690, text: 'Sites 750000010, 750000028' },
        { x: 50, y: 660, text: 'Segur total excl. VAT: 27,450.00 EUR' },
      ],
    ]),
    // Two pages: the items on the first, the total and the sites on the second.
    twoPages: await textPdf([
      [...header, { x: 50, y: 720, text: 'Facture F-88 — 15-03-2024' }, ...row(680, ['Licence', '9 150,00']), ...row(660, ['Installation', '18 300,00'])],
      [{ x: 50, y: 800, text: 'Bénéficiaires : 750000010 ; 750000028' }, ...row(760, ['TOTAL HT SÉGUR', '27.450,00 €'])],
    ]),
    // The amount broken across two lines (a narrow column), plain digits.
    narrow: await textPdf([
      [
        ...header,
        { x: 50, y: 720, text: 'Facture du 1er mars 2024 (échéance 15/03/2024)' },
        { x: 50, y: 690, text: 'FINESS 750000010 - 750000028' },
        { x: 400, y: 660, text: 'Total Ségur HT 27450,' },
        { x: 400, y: 648, text: '00 €' },
      ],
    ]),
    // A whole amount written without decimals next to its currency.
    whole: await textPdf([[...header, { x: 50, y: 720, text: 'Facture 15/03/24 — FINESS 750000010 / 750000028' }, { x: 50, y: 690, text: 'Montant Ségur : 27 450 € HT' }]]),
  };
}
