/**
 * The opening every command shares: its arguments parsed (`parseArgs`, whose own errors
 * `commandFailure` rewords), `--help`, `--lang`, and its file argument counted.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../../issues/types.js';
import { localeOf, UsageError } from '../args.js';
import { CliError } from '../io/cli-error.js';
import { cliText } from '../messages.js';
import type { Terminal } from '../output/terminal.js';

/** A command's options, as `parseArgs` takes them. */
type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** The options every command takes besides its own. */
const COMMON_OPTIONS = { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

/** What `parseArgs` gives for a command's options (and the common ones). */
type Parsed<T extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: T & typeof COMMON_OPTIONS }>>;

/** The file a command is given: one it must have (`validate <fichier.json>`), one it may have (`modele-csv [<demandes.csv>]`), or none (`build`, `page`). */
export type FileArgument = 'required' | 'optional' | 'none';

/** A command's opening: its help, its own options, its file argument. */
export interface CommandSpec<T extends ParseArgsOptionsConfig, F extends FileArgument> {
  /** Printed on `--help` (exit 0), and on stderr when the required file is missing (exit 2). */
  help: string;
  /** Its options, besides `--lang` and `--help`. */
  options: T;
  file: F;
}

/** A command opened: its options, its file, its locale. */
export interface OpenedCommand<T extends ParseArgsOptionsConfig, F extends FileArgument> {
  values: Parsed<T>['values'];
  /** The file argument: always there when required, never when the command takes none. */
  file: F extends 'required' ? string : F extends 'optional' ? string | undefined : undefined;
  locale: Locale;
}

/**
 * Opens a command: parses its arguments, prints its help on `--help`, reads `--lang`, and
 * checks its file argument — a missing required file is a usage error that shows the help, an
 * argument more is named in one line, in the chosen language.
 *
 * @returns the command opened, or `undefined` when the help was printed (the command then exits 0)
 * @throws {UsageError} a missing file, a bad `--lang`; {@link CliError} `USAGE` an argument too many;
 *   `parseArgs`' own `TypeError` on an unknown option or a missing value (worded by `commandFailure`)
 * @example
 * ```ts
 * const opened = openCommand(['demandes.json', '--lang', 'en'], term, { help: 'segur-solde validate <fichier.json>', options: { json: { type: 'boolean' } }, file: 'required' });
 * opened?.file; // 'demandes.json'
 * ```
 */
export function openCommand<T extends ParseArgsOptionsConfig, F extends FileArgument>(argv: string[], term: Terminal, spec: CommandSpec<T, F>): OpenedCommand<T, F> | undefined {
  const { values, positionals } = parseArgs<{ args: string[]; allowPositionals: true; options: T & typeof COMMON_OPTIONS }>({
    args: argv,
    allowPositionals: true,
    options: { ...spec.options, ...COMMON_OPTIONS },
  });
  const common: { lang?: string | undefined; help?: boolean | undefined } = values;
  if (common.help === true) {
    term.out(spec.help);
    return undefined;
  }
  const locale = localeOf(common.lang);
  const [file, ...more] = positionals;
  const extra = spec.file === 'none' ? file : more[0];
  if (extra !== undefined) throw new CliError('USAGE', cliText(locale).unexpectedArgument(extra));
  if (spec.file === 'required' && file === undefined) throw new UsageError(spec.help);
  return { values, file: file as OpenedCommand<T, F>['file'], locale };
}
