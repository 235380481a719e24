import { buildCommand, BUILD_HELP } from './commands/build.js';
import { modeleCommand, MODELE_HELP } from './commands/modele.js';
import { modeleCsvCommand, MODELE_CSV_HELP } from './commands/modele-csv.js';
import { pageCommand, PAGE_HELP } from './commands/page.js';
import { retourCommand, RETOUR_HELP } from './commands/retour.js';
import { simulateCommand, SIMULATE_HELP } from './commands/simulate.js';
import { validateCommand, VALIDATE_HELP } from './commands/validate.js';
import packageJson from '../../package.json' with { type: 'json' };
import { commandFailure, localeHint } from './io/command-failure.js';
import { jsonFailure } from './output/json-report.js';
import type { Terminal } from './output/terminal.js';

type Command = (argv: string[], term: Terminal) => Promise<number>;

const COMMANDS: Readonly<Record<string, { run: Command; help: string }>> = {
  validate: { run: validateCommand, help: VALIDATE_HELP },
  build: { run: buildCommand, help: BUILD_HELP },
  retour: { run: retourCommand, help: RETOUR_HELP },
  simulate: { run: simulateCommand, help: SIMULATE_HELP },
  modele: { run: modeleCommand, help: MODELE_HELP },
  'modele-csv': { run: modeleCsvCommand, help: MODELE_CSV_HELP },
  page: { run: (argv, term) => pageCommand(argv, term), help: PAGE_HELP },
};

/** The help of `segur-solde --help`: every command. */
export const MAIN_HELP = `segur-solde — fichiers de demande de solde Ségur numérique BIO-SGL (ASP)

Commandes / commands:

${Object.values(COMMANDS)
  .map((c) => c.help)
  .join('\n\n')}

segur-solde <commande> --help   aide d'une commande / help of one command
segur-solde --version          version`;

/** The package's version, as `segur-solde --version` prints it. */
export const VERSION: string = packageJson.version;

/**
 * Runs the `segur-solde` command and returns its exit code: 0 success, 1 invalid data,
 * 2 usage error or a file that cannot be read or written (one line on standard error naming
 * the path and the reason; with `validate --json`, also a JSON object on standard output),
 * 130 / 143 when interrupted by SIGINT / SIGTERM.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), processTerminal());
 * ```
 */
export async function runCli(argv: string[], term: Terminal): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    term.out(VERSION);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    term.out(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    term.err(`segur-solde: commande inconnue « ${name} » / unknown command\n\n${MAIN_HELP}`);
    return 2;
  }
  try {
    return await command.run(rest, term);
  } catch (err) {
    const failure = commandFailure(err, localeHint(rest));
    if (failure === undefined) throw err;
    term.err(failure.message.startsWith('segur-solde') ? failure.message : `segur-solde: ${failure.message}`);
    if (name === 'validate' && rest.includes('--json')) term.out(jsonFailure(failure));
    return failure.exitCode;
  }
}
