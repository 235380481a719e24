import type { BuiltSoldeFile } from '../builder/demande-input.js';
import type { SoldeFileBuilder } from '../builder/soldefile-builder.js';
import type { Locale } from '../issues/types.js';
import type { FormatFichier, TypeFichier } from '../schema/layout.js';

/**
 * An attachment as the planner sees it, to look its size up.
 *
 * @example
 * ```ts
 * const piece: PieceRef = { nomFichier: 'BIO-SGL-Va1-FACTURE-00001.pdf', formatFichier: 'PDF', typeFichier: 'FACTURE' };
 * ```
 */
export interface PieceRef {
  nomFichier: string;
  formatFichier: FormatFichier;
  typeFichier: TypeFichier;
}

/**
 * The sizes of the attachments, in bytes: by `nomFichier` (a `Map` or a plain object), or a
 * function of the attachment and of its demand (index among the demands given, and
 * `numeroEditeur`).
 *
 * @example
 * ```ts
 * const sizes: PieceSizes = { 'BIO-SGL-Va1-FACTURE-00001.pdf': 182_311, 'BIO-SGL-Va1-VA-00001.pdf': 96_004 };
 * const fromDisk: PieceSizes = (piece) => statSync(join('pieces', piece.nomFichier)).size;
 * ```
 */
export type PieceSizes =
  | ReadonlyMap<string, number>
  | Readonly<Record<string, number>>
  | ((piece: PieceRef, demande: { index: number; numeroEditeur?: string }) => number);

/**
 * Options of {@link planDeposits}.
 *
 * @example
 * ```ts
 * const options: PlanDepositsOptions = { numeroAns: 'ANS0000001', siret: '73282932000074', depositDate: new Date() };
 * ```
 */
export interface PlanDepositsOptions {
  /** The software's ANS number (one per file, so one per plan). */
  numeroAns: string;
  /** Your SIRET as enrolled. */
  siret: string;
  /** The instant of the deposit: its day in Europe/Paris names the files. */
  depositDate: Date;
  /** The sequence number of the first file (default 1): the files already deposited that day + 1. */
  firstSequence?: number;
  /** At most this many demands per file (1–200, default 200). */
  maxLinesPerFile?: number;
  /** The attachments' sizes: give them to keep every deposit's zip under `maxZipBytes`. */
  pieceSizes?: PieceSizes;
  /** The largest zip, in bytes, as bounded by `estimateZipBytes` (default 200 000 000: « 200 Mo », FORMAT.md §1). */
  maxZipBytes?: number;
  /** Language of the messages of a refusal: `'fr'` (default) or `'en'`. */
  locale?: Locale;
}

/**
 * An attachment of a planned deposit: what goes into its zip.
 *
 * @example
 * ```ts
 * for (const piece of deposit.pieces) zipInput[piece.nomFichier] = await readFile(join('pieces', piece.nomFichier));
 * ```
 */
export interface PlannedPiece extends PieceRef {
  /** The index of its demand among the demands given to the planner. */
  demandeIndex: number;
  /** Its size in bytes, when sizes were given. */
  size: number | undefined;
}

/**
 * One file to deposit (and its zip): the demands it holds, in a builder, and its names.
 *
 * @example
 * ```ts
 * const { json, fileName } = deposit.build();
 * ```
 */
export interface PlannedDeposit {
  /** Its rank among the files deposited that day for this ANS number, 1 to `MAX_DAILY_SEQUENCE`. */
  readonly sequence: number;
  /** `JSON-<numeroAns>-<AAAAMMJJ>-<NNN>.json`. */
  readonly fileName: string;
  /** The name of its zip of attachments: the JSON's, with `.zip` (FORMAT.md §4). */
  readonly zipFileName: string;
  /** The builder holding its demands; its issues carry the index among all the demands given. */
  readonly builder: SoldeFileBuilder;
  /** The index (among the demands given) of its first demand. */
  readonly firstIndex: number;
  /** How many demands it holds. */
  readonly size: number;
  /** Its attachments, in order, whose name is known (a demand that cannot name one gets an issue from `validate`). */
  readonly pieces: readonly PlannedPiece[];
  /** The bound of its zip's size (`estimateZipBytes`), when sizes were given. */
  readonly estimatedZipBytes: number | undefined;
  /** Validates and writes it (`builder.build` with this deposit's date and sequence). */
  build(options?: { locale?: Locale }): BuiltSoldeFile;
}
