/**
 * The command's own failures: each is exit code 2 (usage error, a file that cannot be read or
 * written) or an interruption, with one line that names what went wrong, already in the
 * user's language.
 *
 * @module
 */

/**
 * Every kind of failure that ends the command: the `error.code` of `validate --json` on exit 2.
 *
 * @example
 * ```ts
 * CLI_ERROR_CODES.includes('FILE_EXISTS'); // true
 * ```
 */
export const CLI_ERROR_CODES = ['USAGE', 'FILE_UNREADABLE', 'FILE_NOT_UTF8', 'FILE_TOO_LARGE', 'FILE_NOT_WRITABLE', 'FILE_EXISTS', 'FILE_IS_INPUT', 'INTERRUPTED'] as const;

/** What kind of failure ended the command (one of {@link CLI_ERROR_CODES}). */
export type CliErrorCode = (typeof CLI_ERROR_CODES)[number];

/**
 * A failure of the command (not of the data): exit code 2 unless said otherwise.
 *
 * @example
 * ```ts
 * throw new CliError('FILE_EXISTS', 'out/a.json existe déjà (--overwrite pour le remplacer)', { path: 'out/a.json' });
 * ```
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly code: CliErrorCode;
  /** The path concerned, when there is one. */
  readonly path: string | undefined;
  /** The system's error code (`ENOENT`, `EACCES`…), when the system refused. */
  readonly errno: string | undefined;
  /** The process's exit code: 2, or 130 / 143 after SIGINT / SIGTERM. */
  readonly exitCode: number;

  constructor(code: CliErrorCode, message: string, details: { path?: string | undefined; errno?: string | undefined; exitCode?: number } = {}) {
    super(message);
    this.code = code;
    this.path = details.path;
    this.errno = details.errno;
    this.exitCode = details.exitCode ?? 2;
  }
}
