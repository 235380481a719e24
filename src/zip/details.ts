/**
 * The `detail` of zip issues (ZIP_INVALID, ZIP_ENTRY_INCONSISTENT, ZIP_ENTRY_UNSAFE_PATH),
 * in the caller's locale. The detail is a fixed phrase per fault, with its numbers.
 *
 * @module
 */
import type { Locale } from '../issues/types.js';

/** Every fault that a detail describes. */
export type ZipDetail =
  | { kind: 'too-small' }
  | { kind: 'no-end-record' }
  | { kind: 'multi-disk' }
  | { kind: 'zip64-corrupt' }
  | { kind: 'directory-out-of-bounds' }
  | { kind: 'directory-corrupt' }
  | { kind: 'directory-too-large'; size: number; limit: number }
  | { kind: 'too-many-entries'; count: number }
  | { kind: 'unsafe'; reason: 'empty' | 'control' | 'backslash' | 'absolute' | 'dot-segment' | 'symlink' }
  | { kind: 'local-header-missing' }
  | { kind: 'local-name-differs' }
  | { kind: 'local-header-differs' }
  | { kind: 'unicode-name-differs'; other: string }
  | { kind: 'data-out-of-bounds' }
  | { kind: 'overlap'; other: string }
  | { kind: 'method'; method: number }
  | { kind: 'stored-sizes'; compressed: number; size: number }
  | { kind: 'size-mismatch'; declared: number; actual: number }
  | { kind: 'size-over-declared'; declared: number }
  | { kind: 'crc-mismatch' }
  | { kind: 'corrupt-data' }
  | { kind: 'changed-while-writing' };

type Phrases = { [K in ZipDetail['kind']]: (d: Extract<ZipDetail, { kind: K }>) => string };

const UNSAFE_FR = {
  empty: 'nom vide',
  control: 'caractère de contrôle dans le nom',
  backslash: 'barre oblique inverse « \\ »',
  absolute: 'chemin absolu',
  'dot-segment': 'composant « .. »',
  symlink: 'lien symbolique',
} as const;
const UNSAFE_EN = {
  empty: 'empty name',
  control: 'control character in the name',
  backslash: 'backslash "\\"',
  absolute: 'absolute path',
  'dot-segment': '".." component',
  symlink: 'symbolic link',
} as const;

const FR: Phrases = {
  'too-small': () => 'moins de 22 octets',
  'no-end-record': () => 'fin de répertoire central introuvable',
  'multi-disk': () => 'archive en plusieurs volumes',
  'zip64-corrupt': () => 'enregistrements zip64 illisibles',
  'directory-out-of-bounds': () => 'répertoire central hors du fichier',
  'directory-corrupt': () => 'répertoire central corrompu',
  'directory-too-large': (d) => `répertoire central de ${d.size} octets, au-delà de la limite du zip (${d.limit} octets) : non lu`,
  'too-many-entries': (d) => `${d.count} entrées, au-delà de 65535`,
  unsafe: (d) => UNSAFE_FR[d.reason],
  'local-header-missing': () => 'en-tête local introuvable',
  'local-name-differs': () => 'le nom de l’en-tête local diffère de celui du répertoire central',
  'local-header-differs': () => 'l’en-tête local et le répertoire central ne déclarent pas la même chose',
  'unicode-name-differs': (d) => `un second nom « ${d.other} » est déclaré (champ Unicode Path)`,
  'data-out-of-bounds': () => 'données hors de l’archive',
  overlap: (d) => `ses données chevauchent l’entrée « ${d.other} »`,
  method: (d) => `méthode de compression ${d.method} non prise en charge : seules « stockée » (0) et « deflate » (8) le sont`,
  'stored-sizes': (d) => `entrée stockée dont la taille compressée (${d.compressed}) diffère de la taille (${d.size})`,
  'size-mismatch': (d) => `taille déclarée ${d.declared} octets, taille réelle ${d.actual}`,
  'size-over-declared': (d) => `taille déclarée ${d.declared} octets, mais la décompression en produit davantage`,
  'crc-mismatch': () => 'le CRC-32 ne correspond pas au contenu (fichier corrompu)',
  'corrupt-data': () => 'données compressées illisibles',
  'changed-while-writing': () => 'le fichier a changé pendant l’écriture du zip',
};

const EN: Phrases = {
  'too-small': () => 'fewer than 22 bytes',
  'no-end-record': () => 'end of central directory not found',
  'multi-disk': () => 'multi-volume archive',
  'zip64-corrupt': () => 'unreadable zip64 records',
  'directory-out-of-bounds': () => 'central directory outside the file',
  'directory-corrupt': () => 'corrupted central directory',
  'directory-too-large': (d) => `central directory of ${d.size} bytes, over the zip limit (${d.limit} bytes): not read`,
  'too-many-entries': (d) => `${d.count} entries, over 65535`,
  unsafe: (d) => UNSAFE_EN[d.reason],
  'local-header-missing': () => 'local header not found',
  'local-name-differs': () => 'the local header names another file than the central directory',
  'local-header-differs': () => 'the local header and the central directory disagree',
  'unicode-name-differs': (d) => `a second name "${d.other}" is declared (Unicode Path field)`,
  'data-out-of-bounds': () => 'data outside the archive',
  overlap: (d) => `its data overlaps entry "${d.other}"`,
  method: (d) => `compression method ${d.method} not supported: only stored (0) and deflate (8) are`,
  'stored-sizes': (d) => `stored entry whose compressed size (${d.compressed}) differs from its size (${d.size})`,
  'size-mismatch': (d) => `declared size ${d.declared} bytes, actual size ${d.actual}`,
  'size-over-declared': (d) => `declared size ${d.declared} bytes, but inflating gives more`,
  'crc-mismatch': () => 'the CRC-32 does not match the content (corrupted file)',
  'corrupt-data': () => 'unreadable compressed data',
  'changed-while-writing': () => 'the file changed while the zip was being written',
};

/**
 * The phrase of a detail in a locale.
 *
 * @example
 * ```ts
 * detailText({ kind: 'method', method: 12 }, 'en'); // 'compression method 12 not supported: …'
 * ```
 */
export function detailText(detail: ZipDetail, locale: Locale): string {
  const table = locale === 'en' ? EN : FR;
  return (table[detail.kind] as (d: ZipDetail) => string)(detail);
}
