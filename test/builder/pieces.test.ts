import { describe, expect, it } from 'vitest';
import { SoldeFileBuilder, type DemandeInput, type PieceInput } from '../../src/index.js';
import { codesAt, DEPOSIT, HEADER, validDemande } from './demande-fixtures.js';
import { param } from '../helpers/issue-params.js';

function build(overrides: Partial<DemandeInput>) {
  return new SoldeFileBuilder(HEADER).addDemande(validDemande(7, overrides)).validate({ depositDate: DEPOSIT });
}

function pieces(list: readonly unknown[], overrides: Partial<DemandeInput> = {}) {
  return build({ piecesJustificatives: list as PieceInput[], ...overrides });
}

describe('attachments', () => {
  it('generates nomFichier from the type, the numeroEditeur and the format', () => {
    const report = pieces([
      { typeFichier: 'FACTURE', formatFichier: 'PDF' },
      { typeFichier: 'VA', formatFichier: 'JPG' },
      { typeFichier: 'VA', formatFichier: 'PNG' },
    ]);
    expect(report.ok).toBe(true);
    expect(report.file?.lignesImport[0]?.piecesJustificatives).toEqual([
      { nomFichier: 'BIO-SGL-Va1-FACTURE-00007.pdf', formatFichier: 'PDF', typeFichier: 'FACTURE' },
      { nomFichier: 'BIO-SGL-Va1-VA-00007.jpg', formatFichier: 'JPG', typeFichier: 'VA' },
      { nomFichier: 'BIO-SGL-Va1-VA-00007.png', formatFichier: 'PNG', typeFichier: 'VA' },
    ]);
  });

  it('keeps a given nomFichier as given, and the validator judges it', () => {
    const given = [
      { nomFichier: 'BIO-SGL-Va1-FACTURE-00007.pdf', typeFichier: 'FACTURE', formatFichier: 'PDF' },
      { nomFichier: 'attestation.pdf', typeFichier: 'VA', formatFichier: 'PDF' },
    ];
    const report = pieces(given);
    expect(report.file?.lignesImport[0]?.piecesJustificatives.map((p) => p.nomFichier)).toEqual(['BIO-SGL-Va1-FACTURE-00007.pdf', 'attestation.pdf']);
    expect(codesAt(report.issues)).toEqual(['PIECE_NAME_MISMATCH lignesImport.0.piecesJustificatives.1.nomFichier']);
    expect(param(report.issues[0], 'expected')).toBe('BIO-SGL-Va1-VA-00007.pdf');
  });

  it('an XML piece gets its name and the nomenclature warning', () => {
    const report = pieces([
      { typeFichier: 'FACTURE', formatFichier: 'XML' },
      { typeFichier: 'VA', formatFichier: 'PDF' },
    ]);
    expect(report.ok).toBe(true);
    expect(codesAt(report.issues)).toEqual(['PIECE_XML_UNLISTED lignesImport.0.piecesJustificatives.0.formatFichier']);
    expect(report.file?.lignesImport[0]?.piecesJustificatives[0]?.nomFichier).toBe('BIO-SGL-Va1-FACTURE-00007.xml');
  });

  it('when the name cannot be generated, only the cause is reported (not a missing nomFichier)', () => {
    expect(codesAt(pieces([{ typeFichier: 'FACTURE', formatFichier: 'PDF' }, { typeFichier: 'VA', formatFichier: 'PDF' }], { numeroEditeur: '7' }).issues)).toEqual([
      'NUMERO_EDITEUR_FORMAT lignesImport.0.numeroEditeur',
    ]);
    expect(codesAt(pieces([{ typeFichier: 'FACTURE', formatFichier: 'PDF' }, { typeFichier: 'VA', formatFichier: 'pdf' }]).issues)).toEqual([
      'PIECE_FORMAT_INVALID lignesImport.0.piecesJustificatives.1.formatFichier',
    ]);
    expect(codesAt(pieces([{ typeFichier: 'FACTURE', formatFichier: 'PDF' }, { typeFichier: 'AUTRE', formatFichier: 'PDF' }]).issues)).toEqual([
      'PIECE_TYPE_INVALID lignesImport.0.piecesJustificatives.1.typeFichier',
      'PIECE_VA_MISSING lignesImport.0.piecesJustificatives',
    ]);
    const noFormat = pieces([{ typeFichier: 'FACTURE', formatFichier: 'PDF' }, { typeFichier: 'VA' }]);
    expect(noFormat.issues.map((i) => i.path.join('.'))).toEqual(['lignesImport.0.piecesJustificatives.1.formatFichier']);
  });

  it('missing FACTURE or VA, a duplicate piece, a piece that is not an object: reported, nothing dropped', () => {
    expect(codesAt(pieces([{ typeFichier: 'VA', formatFichier: 'PDF' }]).issues)).toEqual(['PIECE_FACTURE_MISSING lignesImport.0.piecesJustificatives']);
    expect(codesAt(pieces([]).issues)).toEqual(['PIECE_FACTURE_MISSING lignesImport.0.piecesJustificatives', 'PIECE_VA_MISSING lignesImport.0.piecesJustificatives']);
    expect(
      codesAt(pieces([{ typeFichier: 'FACTURE', formatFichier: 'PDF' }, { typeFichier: 'VA', formatFichier: 'PDF' }, { typeFichier: 'VA', formatFichier: 'PDF' }]).issues),
    ).toEqual(['PIECE_NAME_DUPLICATE lignesImport.0.piecesJustificatives.2.nomFichier']);
    expect(codesAt(pieces([{ typeFichier: 'FACTURE', formatFichier: 'PDF' }, { typeFichier: 'VA', formatFichier: 'PDF' }, 'VA.pdf']).issues)).toEqual([
      'TYPE_INVALID lignesImport.0.piecesJustificatives.2',
    ]);
    expect(codesAt(build({ piecesJustificatives: 'BIO-SGL-Va1-VA-00007.pdf' as never }).issues)).toEqual(['TYPE_INVALID lignesImport.0.piecesJustificatives']);
  });

  it('an extra key of a piece is kept and reported, even __proto__', () => {
    const extra = { typeFichier: 'VA', formatFichier: 'PDF', taille: 1200 };
    expect(codesAt(pieces([{ typeFichier: 'FACTURE', formatFichier: 'PDF' }, extra]).issues)).toEqual([
      'KEY_UNKNOWN lignesImport.0.piecesJustificatives.1.taille',
    ]);
    const hostile: unknown = JSON.parse('{"typeFichier":"VA","formatFichier":"PDF","__proto__":{"polluted":true}}');
    const report = pieces([{ typeFichier: 'FACTURE', formatFichier: 'PDF' }, hostile]);
    expect(codesAt(report.issues)).toEqual(['JSON_FORBIDDEN_KEY lignesImport.0.piecesJustificatives.1.__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a nomFichier given as null is kept (and reported), not replaced', () => {
    expect(codesAt(pieces([{ typeFichier: 'FACTURE', formatFichier: 'PDF', nomFichier: null }, { typeFichier: 'VA', formatFichier: 'PDF' }]).issues)).toEqual([
      'TYPE_INVALID lignesImport.0.piecesJustificatives.0.nomFichier',
    ]);
  });
});
