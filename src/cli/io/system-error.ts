/**
 * The file system's refusals in words: `ENOENT`, `EACCES`… become a French or English phrase,
 * never Node's raw `ENOENT: no such file or directory, open '…'`.
 *
 * @module
 */
import type { Locale } from '../../issues/types.js';
import { cliText } from '../messages.js';

/** A Node system error: its `code` (`ENOENT`…) and, often, the path it was about. */
export interface SystemErrorLike {
  code: string;
  path?: string | undefined;
  dest?: string | undefined;
}

const REASONS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  ENOENT: { fr: 'fichier ou dossier introuvable', en: 'no such file or folder' },
  EACCES: { fr: 'permission refusée', en: 'permission denied' },
  EPERM: { fr: 'opération non permise', en: 'operation not permitted' },
  EISDIR: { fr: 'c’est un dossier, pas un fichier', en: 'it is a folder, not a file' },
  ENOTDIR: { fr: 'un élément du chemin n’est pas un dossier', en: 'a part of the path is not a folder' },
  EEXIST: { fr: 'existe déjà', en: 'already exists' },
  ENOTEMPTY: { fr: 'le dossier n’est pas vide', en: 'the folder is not empty' },
  ENOSPC: { fr: 'plus de place sur le disque', en: 'no space left on the disk' },
  EDQUOT: { fr: 'quota disque dépassé', en: 'disk quota exceeded' },
  EROFS: { fr: 'le disque est en lecture seule', en: 'the disk is read-only' },
  EMFILE: { fr: 'trop de fichiers ouverts', en: 'too many open files' },
  ENFILE: { fr: 'trop de fichiers ouverts sur le système', en: 'too many open files on the system' },
  ENAMETOOLONG: { fr: 'nom trop long', en: 'name too long' },
  ELOOP: { fr: 'trop de liens symboliques', en: 'too many symbolic links' },
  EBUSY: { fr: 'fichier ou appareil occupé', en: 'file or device busy' },
  EIO: { fr: 'erreur de lecture ou d’écriture du disque', en: 'input/output error of the disk' },
  EXDEV: { fr: 'déplacement impossible d’un disque à un autre', en: 'cannot move across disks' },
  EINVAL: { fr: 'opération impossible sur ce fichier', en: 'invalid operation on this file' },
  ENXIO: { fr: 'appareil introuvable', en: 'no such device' },
  ETXTBSY: { fr: 'fichier en cours d’utilisation', en: 'file in use' },
};

/**
 * Whether a thrown value is a Node system error (it has a `code` like `ENOENT`).
 *
 * @example
 * ```ts
 * isSystemError(Object.assign(new Error('x'), { code: 'ENOENT' })); // true
 * ```
 */
export function isSystemError(error: unknown): error is SystemErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' && /^E[A-Z0-9]+$/.test((error as { code: string }).code);
}

/**
 * The reason of a system error, in words.
 *
 * @param code - the system's code (`ENOENT`…)
 * @example
 * ```ts
 * systemErrorReason('ENOSPC', 'fr'); // 'plus de place sur le disque'
 * ```
 */
export function systemErrorReason(code: string, locale: Locale): string {
  const known = REASONS[code];
  if (known) return known[locale];
  return cliText(locale).systemRefused(code);
}
