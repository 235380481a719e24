/**
 * Every way the command can fail other than on the data, turned into one `CliError`: usage
 * errors (ours and `parseArgs`' own, reworded in the user's language), files that cannot be
 * read or written (the system's codes in words), interruptions.
 *
 * @module
 */
import { SoldeUsageError } from '../../issues/error.js';
import type { Locale } from '../../issues/types.js';
import { isLocale, resolveLocale } from '../../issues/locales/registry.js';
import { UnreadableFileError, UsageError } from '../args.js';
import { cliText } from '../messages.js';
import { CliError } from './cli-error.js';
import { isSystemError, systemErrorReason } from './system-error.js';

/** The first quoted word of `parseArgs`' message: `Unknown option '--x'` → `--x`. */
function quoted(message: string): string {
  return /'([^']*)'/.exec(message)?.[1] ?? message;
}

/** `parseArgs`' own (English) error, reworded; undefined when it is not one. */
function parseArgsFailure(error: unknown, locale: Locale): CliError | undefined {
  if (!(error instanceof TypeError) || !('code' in error) || typeof error.code !== 'string' || !error.code.startsWith('ERR_PARSE_ARGS')) return undefined;
  const t = cliText(locale);
  const word = quoted(error.message);
  let message: string;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') message = t.unknownOption(word);
  else if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') message = t.unexpectedArgument(word);
  else if (error.message.includes('does not take an argument')) message = t.takesNoValue(word.replace(/^-\w, /, ''));
  else message = t.missingValue(word.replace(/ <value>$/, '').replace(/^-\w, /, ''));
  return new CliError('USAGE', message);
}

/**
 * The failure a thrown value stands for, or undefined when it is none of the command's known
 * failures (a bug: let it show).
 *
 * @example
 * ```ts
 * commandFailure(new UsageError('--lang xx: fr | en'), 'fr')?.code; // 'USAGE'
 * ```
 */
export function commandFailure(error: unknown, locale: Locale): CliError | undefined {
  if (error instanceof CliError) return error;
  if (error instanceof UsageError || error instanceof SoldeUsageError) return new CliError('USAGE', error.message);
  if (error instanceof UnreadableFileError) return new CliError('FILE_UNREADABLE', error.message);
  const parsed = parseArgsFailure(error, locale);
  if (parsed) return parsed;
  if (isSystemError(error)) {
    const path = error.path ?? '?';
    return new CliError('FILE_UNREADABLE', cliText(locale).cannotRead(path, systemErrorReason(error.code, locale)), { path, errno: error.code });
  }
  return undefined;
}

/**
 * The locale asked by `--lang` in raw arguments, before they are parsed (for the messages of
 * a failure to parse them).
 *
 * @example
 * ```ts
 * localeHint(['validate', 'x.json', '--lang', 'en']); // 'en'
 * ```
 */
export function localeHint(argv: readonly string[]): Locale {
  for (const [i, arg] of argv.entries()) {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLocale(value)) return value;
  }
  return resolveLocale(undefined);
}
