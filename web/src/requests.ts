/**
 * Each request at a glance (numeroEditeur, numeroASP, FINESS, amount, attachments, status)
 * and the list of attachment names the zip must hold. Pure: no DOM.
 *
 * @module
 */
import { pieceFileName, requestIndex, type LigneImport, type PieceJustificative, type ValidationReport } from '../../src/index.js';

/** What the portal would do with one request. */
export type RequestStatus = 'accepted' | 'refused' | 'pieces' | 'pending';

/** One request at a glance. */
export interface RequestRow {
  /** 0-based index in `lignesImport`. */
  index: number;
  /** 1-based number. */
  number: number;
  numeroEditeur: string;
  numeroASP: string;
  finess: string[];
  /** `montantSegurHTFacture`, in euros. */
  amount: number;
  pieces: string[];
  status: RequestStatus;
  errors: number;
  warnings: number;
}

/**
 * The requests of a report's file, at a glance.
 *
 * @param report - a report of `validateSoldeFile` or `checkPiecesZip`
 * @returns one row per request, or `[]` when the file's structure could not be read
 * @example
 * ```ts
 * requestRows(report).map((r) => `${r.numeroEditeur} ${r.status}`); // ['00001 accepted', …]
 * ```
 */
export function requestRows(report: ValidationReport): RequestRow[] {
  const lines = report.file?.lignesImport ?? [];
  const rejected = new Set(report.summary.rejectedRequests);
  return lines.map((line, index) => {
    const own = report.issues.filter((i) => requestIndex(i) === index);
    const errors = own.filter((i) => i.severity === 'error');
    let status: RequestStatus;
    if (report.summary.fileRefused) status = 'pending';
    else if (rejected.has(index)) status = 'refused';
    else if (errors.length > 0) status = 'pieces';
    else status = 'accepted';
    return {
      index,
      number: index + 1,
      numeroEditeur: line.numeroEditeur,
      numeroASP: line.numeroASP,
      finess: [...line.beneficiaires],
      amount: line.facture.montantSegurHTFacture,
      pieces: line.piecesJustificatives.map((p) => p.nomFichier),
      status,
      errors: errors.length,
      warnings: own.length - errors.length,
    };
  });
}

/**
 * The sum of the requests' amounts, in cents to stay exact, back in euros.
 *
 * @param rows - the requests
 * @returns the total in euros
 * @example
 * ```ts
 * totalAmount([{ amount: 0.1 }, { amount: 0.2 }] as RequestRow[]); // 0.3
 * ```
 */
export function totalAmount(rows: readonly Pick<RequestRow, 'amount'>[]): number {
  return rows.reduce((sum, row) => sum + Math.round(row.amount * 100), 0) / 100;
}

/** The canonical name of a piece when its parts allow one, else the name as declared. */
function expectedName(line: LigneImport, piece: PieceJustificative): string {
  try {
    return pieceFileName({ typeFichier: piece.typeFichier, numeroEditeur: line.numeroEditeur, formatFichier: piece.formatFichier });
  } catch {
    return piece.nomFichier;
  }
}

/**
 * The names the zip must hold: for each declared attachment, in file order, its canonical
 * name (guide §3.3: `BIO-SGL-Va1-<TYPE>-<numeroEditeur>.<ext>`), or the declared name
 * when its request's number or its type or format cannot give one; each name once.
 *
 * @param report - a report whose file could be read
 * @returns the names, one per attachment, without repeats
 * @example
 * ```ts
 * expectedPieceNames(report); // ['BIO-SGL-Va1-FACTURE-00001.pdf', 'BIO-SGL-Va1-VA-00001.pdf']
 * ```
 */
export function expectedPieceNames(report: ValidationReport): string[] {
  const names = (report.file?.lignesImport ?? []).flatMap((line) => line.piecesJustificatives.map((piece) => expectedName(line, piece)));
  return [...new Set(names)];
}
