import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { issueMessage } from '../../issues/make-issue.js';
import type { IssueCode } from '../../issues/codes.js';
import type { IssueParamsByCode } from '../../issues/params.js';
import type { Locale } from '../../issues/types.js';
import { canonicalPieceName } from '../../names/piece-file-name.js';
import type { FormatFichier } from '../../schema/layout.js';
import { contentMatchesFormat, HEAD_BYTES } from '../../zip/content-format.js';
import { DEFAULT_MAX_PIECE_BYTES } from '../../zip/options.js';
import { csvText } from './csv-messages.js';
import type { CsvProblem } from './read-csv-table.js';
import type { CsvDemande } from './read-demandes-csv.js';
import { NUMERO_EDITEUR_PATTERN } from '../../schema/fields.js';

/**
 * The one rule for the extension of a piece on disk, whether the folder scan finds it or a
 * `facture` / `va` column names it: these extensions, in any case, give these formats (the
 * zip then holds the piece under its canonical name, whose extension is the format's: `.jpeg`
 * goes in as `.jpg`).
 */
const EXTENSIONS: ReadonlyMap<string, FormatFichier> = new Map([
  ['pdf', 'PDF'],
  ['png', 'PNG'],
  ['jpg', 'JPG'],
  ['jpeg', 'JPG'],
  ['xml', 'XML'],
]);

/**
 * Whether a `numeroEditeur` can name its pieces (`BIO-SGL-Va1-FACTURE-<numeroEditeur>.pdf`):
 * 5 letters or digits. The validator says why another cannot.
 *
 * @example
 * ```ts
 * namesPieces('00001'); // true
 * namesPieces('1');     // false
 * ```
 */
export function namesPieces(numeroEditeur: string): boolean {
  return NUMERO_EDITEUR_PATTERN.test(numeroEditeur);
}

/** The piece types of a request and the CSV column naming each one's file. */
export const PIECE_COLUMNS = { FACTURE: 'facture', VA: 'va' } as const;

/** A piece type. */
export type PieceType = keyof typeof PIECE_COLUMNS;

/**
 * The format of a piece from its file's extension (any case), or `undefined` when the
 * extension is not one of a piece.
 *
 * @example
 * ```ts
 * formatOfFile('scan.JPEG'); // 'JPG'
 * formatOfFile('scan.doc');  // undefined
 * ```
 */
export function formatOfFile(name: string): FormatFichier | undefined {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : EXTENSIONS.get(ext);
}

/** The files of the pieces folder that a request's piece may be, by canonical name. */
export interface PieceFolder {
  /** The folder, as given. */
  dir: string;
  /**
   * The files of the folder named `BIO-SGL-Va1-<type>-<numeroEditeur>` with a piece's
   * extension, and the names looked for.
   */
  find: (type: PieceType, numeroEditeur: string) => { found: string[]; lookedFor: string[] };
}

/**
 * Indexes the file names of the pieces folder by canonical name without extension.
 *
 * @example
 * ```ts
 * pieceFolder('pieces', ['BIO-SGL-Va1-VA-00001.jpeg']).find('VA', '00001').found; // ['BIO-SGL-Va1-VA-00001.jpeg']
 * ```
 */
export function pieceFolder(dir: string, names: readonly string[]): PieceFolder {
  const byStem = new Map<string, string[]>();
  for (const name of names) {
    if (formatOfFile(name) === undefined) continue;
    const stem = name.slice(0, name.lastIndexOf('.'));
    byStem.set(stem, [...(byStem.get(stem) ?? []), name]);
  }
  return {
    dir,
    find: (type, numeroEditeur) => {
      const stem = canonicalPieceName(type, numeroEditeur, 'PDF').replace(/\.pdf$/, '');
      return { found: [...(byStem.get(stem) ?? [])].sort(), lookedFor: [...EXTENSIONS.keys()].map((ext) => `${stem}.${ext}`) };
    },
  };
}

/** A piece of a request, and the file it comes from (its name in the pieces folder). */
export interface PieceFile {
  line: number;
  type: PieceType;
  format: FormatFichier;
  file: string;
}

/** What {@link checkPieceFiles} found of one piece on disk. */
export type PieceFileCheck = { ok: true; path: string; size: number } | { ok: false; problem: CsvProblem };

/**
 * Checks, before anything is zipped, that a piece's file is there and could go into the zip:
 * a file, not empty, within the piece size limit, its first bytes those of its format — the
 * checks the zip writer makes again, here so that every problem of the pieces is reported
 * with the CSV's in one pass. Problems name the file (and carry the issue code).
 *
 * @example
 * ```ts
 * const check = await checkPieceFile({ line: 2, type: 'VA', format: 'JPG', file: 'va.jpeg' }, 'pieces', 'fr');
 * ```
 */
export async function checkPieceFile(piece: PieceFile, dir: string, locale: Locale, maxPieceBytes = DEFAULT_MAX_PIECE_BYTES): Promise<PieceFileCheck> {
  const path = join(dir, piece.file);
  const column = PIECE_COLUMNS[piece.type];
  const fault = <C extends IssueCode>(code: C, params: Omit<IssueParamsByCode[C], 'value'>): PieceFileCheck => ({
    ok: false,
    problem: { line: piece.line, column, message: `${code} ${issueMessage(code, { value: piece.file, ...params } as IssueParamsByCode[C], locale)} (${path})` },
  });
  let size: number;
  const head = new Uint8Array(HEAD_BYTES);
  let read: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error(path);
    size = info.size;
    if (size === 0) return fault('ZIP_PIECE_EMPTY', {});
    if (size > maxPieceBytes) return fault('ZIP_PIECE_TOO_LARGE', { count: size, limit: maxPieceBytes });
    const handle = await open(path, 'r');
    try {
      read = (await handle.read(head, 0, HEAD_BYTES, 0)).bytesRead;
    } finally {
      await handle.close();
    }
  } catch {
    return { ok: false, problem: { line: piece.line, column, message: csvText(locale).pieceFileMissing(path) } };
  }
  if (!contentMatchesFormat(head.subarray(0, read), piece.format)) return fault('ZIP_PIECE_CONTENT_MISMATCH', { expected: piece.format });
  return { ok: true, path, size };
}

/** The pieces of the CSV's requests on disk, as the zip writer takes them, and their problems. */
export interface PieceSourcesFound {
  /** For each request (by index), the file of each piece by its canonical name, and its column. */
  sources: Map<string, { path: string; column: 'facture' | 'va' }>[];
  /** The size of a request's piece on disk, by its canonical name (0 when unknown). */
  size: (index: number, nomFichier: string) => number;
  problems: CsvProblem[];
}

/**
 * Checks every piece of every request on disk ({@link checkPieceFile}) and says where each
 * one goes in the zip: under its canonical name, taken from its file in the pieces folder.
 * A request whose `numeroEditeur` cannot name its pieces has its files checked all the same
 * (its own problem comes from the validator).
 *
 * @example
 * ```ts
 * const { sources, size, problems } = await pieceSources(rows, 'pieces', 'fr');
 * ```
 */
export async function pieceSources(rows: readonly Pick<CsvDemande, 'line' | 'demande' | 'sources'>[], dir: string, locale: Locale): Promise<PieceSourcesFound> {
  const sizes = new Map<string, number>();
  const problems: CsvProblem[] = [];
  const sources: PieceSourcesFound['sources'] = [];
  for (const [index, row] of rows.entries()) {
    const map: PieceSourcesFound['sources'][number] = new Map();
    sources.push(map);
    for (const { typeFichier, formatFichier } of row.demande.piecesJustificatives) {
      const column = PIECE_COLUMNS[typeFichier];
      const file = row.sources[column];
      if (file === undefined) continue;
      const check = await checkPieceFile({ line: row.line, type: typeFichier, format: formatFichier, file }, dir, locale);
      if (!check.ok) problems.push(check.problem);
      if (!namesPieces(row.demande.numeroEditeur)) continue;
      const nomFichier = canonicalPieceName(typeFichier, row.demande.numeroEditeur, formatFichier);
      map.set(nomFichier, { path: join(dir, file), column });
      if (check.ok) sizes.set(`${String(index)}/${nomFichier}`, check.size);
    }
  }
  return { sources, size: (index, nomFichier) => sizes.get(`${String(index)}/${nomFichier}`) ?? 0, problems };
}
