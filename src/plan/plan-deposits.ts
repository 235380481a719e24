import { SoldeFileBuilder } from '../builder/soldefile-builder.js';
import type { DemandeInput } from '../builder/demande-input.js';
import { SoldeUsageError, SoldeValidationError } from '../issues/error.js';
import { makeIssue } from '../issues/make-issue.js';
import { MAX_DAILY_SEQUENCE, soldeJsonFileName } from '../names/json-file-name.js';
import { zipEntryBytes, ZIP_END_RECORD_BYTES } from './estimate-zip-bytes.js';
import { checkPlanOptions, type CheckedPlanOptions } from './plan-options.js';
import type { PlanDepositsOptions, PlannedDeposit, PlannedPiece } from './plan-types.js';
import { estimateFormat, plannedPieces } from './piece-refs.js';

/** A deposit being filled. */
interface Group {
  readonly firstIndex: number;
  readonly demandes: DemandeInput[];
  readonly pieces: PlannedPiece[];
  bytes: number;
}

/**
 * Splits any number of demands (for one ANS number) into the files to deposit on one
 * day: in the order given, at most `maxLinesPerFile` (200) demands per file and — when the
 * attachments' sizes are given — a zip of at most `maxZipBytes` (200 000 000 bytes,
 * bounded with {@link estimateZipBytes}) per file; numbered from `firstSequence` and named
 * (`JSON-<numeroAns>-<AAAAMMJJ>-<NNN>.json`, zip alike). A new file starts only when the
 * next demand does not fit: demands are never reordered, dropped or split.
 *
 * The demands' data is not judged here: each deposit's `builder.validate()` (or
 * `build()`) reports its faults, pointing at the index among the demands given.
 *
 * @param demandes - the demands, in the order to deposit them (an array or any iterable)
 * @param options - header, deposit date, first sequence, limits, attachments' sizes
 * @returns the deposits, in sequence order (none for no demand)
 * @throws {SoldeUsageError} `SEQUENCE_OVERFLOW` when a file would be numbered past `MAX_DAILY_SEQUENCE`
 * that day; `ARGUMENT_INVALID` on a bad option, a demand that is not an object, or a
 * missing or bad attachment size
 * @throws {SoldeValidationError} `ZIP_TOO_LARGE` (with `issue.demande`) when one demand's
 * attachments alone exceed `maxZipBytes`
 * @example
 * ```ts
 * import { planDeposits } from 'segur-sgl-solde';
 *
 * const deposits = planDeposits(demandes, {
 *   numeroAns: 'ANS0000001', siret: '73282932000074', depositDate: new Date(),
 *   firstSequence: 1, pieceSizes: (piece) => statSync(join('pieces', piece.nomFichier)).size,
 * });
 * for (const deposit of deposits) {
 *   const { json, fileName } = deposit.build();
 *   await writeFile(join('out', fileName), json, 'utf8');
 *   // zip deposit.pieces into deposit.zipFileName
 * }
 * ```
 */
export function planDeposits(demandes: Iterable<DemandeInput>, options: PlanDepositsOptions): PlannedDeposit[] {
  const checked = checkPlanOptions(options);
  const list = materialize(demandes);
  const groups: Group[] = [];
  list.forEach((demande, index) => {
    const pieces = plannedPieces(demande, index, checked.pieceSizes);
    const bytes = checked.pieceSizes === undefined ? 0 : demandeZipBytes(pieces);
    if (checked.pieceSizes !== undefined && ZIP_END_RECORD_BYTES + bytes > checked.maxZipBytes) throw tooLarge(demande, index, bytes, checked);
    let group = groups[groups.length - 1];
    if (group === undefined || group.demandes.length >= checked.maxLinesPerFile || group.bytes + bytes > checked.maxZipBytes) {
      group = { firstIndex: index, demandes: [], pieces: [], bytes: ZIP_END_RECORD_BYTES };
      groups.push(group);
    }
    group.demandes.push(demande);
    group.pieces.push(...pieces);
    group.bytes += bytes;
  });
  const lastSequence = checked.firstSequence + groups.length - 1;
  if (groups.length > 0 && lastSequence > MAX_DAILY_SEQUENCE) {
    throw new SoldeUsageError(
      'SEQUENCE_OVERFLOW',
      `planDeposits : ${groups.length} fichier(s) à partir du n° ${checked.firstSequence} iraient jusqu’au n° ${lastSequence}, au-delà de ${MAX_DAILY_SEQUENCE} fichiers par jour pour un numéro ANS : déposez le reste un autre jour.`,
    );
  }
  return groups.map((group, i) => toDeposit(group, checked.firstSequence + i, checked));
}

function materialize(demandes: Iterable<DemandeInput>): DemandeInput[] {
  const iterable = typeof demandes === 'object' && (demandes as unknown) !== null && Symbol.iterator in demandes;
  if (!iterable) throw new SoldeUsageError('ARGUMENT_INVALID', 'planDeposits : donnez un tableau (ou un itérable) de demandes');
  const list = [...demandes];
  list.forEach((demande, i) => {
    if (typeof demande !== 'object' || (demande as unknown) === null || Array.isArray(demande)) {
      throw new SoldeUsageError('ARGUMENT_INVALID', `planDeposits : la demande n° ${i} n’est pas un objet { numeroASP, numeroEditeur, … }`);
    }
  });
  return list;
}

function demandeZipBytes(pieces: readonly PlannedPiece[]): number {
  return pieces.reduce((sum, piece) => sum + zipEntryBytes({ name: piece.nomFichier, size: piece.size ?? 0, format: estimateFormat(piece.formatFichier) }), 0);
}

function tooLarge(demande: DemandeInput, index: number, bytes: number, options: CheckedPlanOptions): SoldeValidationError {
  const numeroEditeur = typeof demande.numeroEditeur === 'string' ? demande.numeroEditeur : undefined;
  const count = ZIP_END_RECORD_BYTES + bytes;
  const issue = {
    ...makeIssue('ZIP_TOO_LARGE', ['lignesImport'], { count, limit: options.maxZipBytes }, options.locale),
    demande: numeroEditeur === undefined ? { index } : { index, numeroEditeur },
  };
  return new SoldeValidationError([issue], { locale: options.locale });
}

function toDeposit(group: Group, sequence: number, options: CheckedPlanOptions): PlannedDeposit {
  const { numeroAns, siret, depositDate } = options;
  const builder = new SoldeFileBuilder({ numeroAns, siret, firstIndex: group.firstIndex }).addDemandes(group.demandes);
  const fileName = soldeJsonFileName({ numeroAns, depositDate, sequence });
  return {
    sequence,
    fileName,
    zipFileName: fileName.replace(/\.json$/, '.zip'),
    builder,
    firstIndex: group.firstIndex,
    size: group.demandes.length,
    pieces: group.pieces,
    estimatedZipBytes: options.pieceSizes === undefined ? undefined : group.bytes,
    build: (buildOptions = {}) => builder.build({ depositDate, sequence, ...(buildOptions.locale === undefined ? {} : { locale: buildOptions.locale }) }),
  };
}
