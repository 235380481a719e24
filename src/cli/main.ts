import { buildCommand, BUILD_HELP } from './commands/build.js';
import { modeleCommand, MODELE_HELP } from './commands/modele.js';
import { pageCommand, PAGE_HELP } from './commands/page.js';
import { retourCommand, RETOUR_HELP } from './commands/retour.js';
import { simulateCommand, SIMULATE_HELP } from './commands/simulate.js';
import { validateCommand, VALIDATE_HELP } from './commands/validate.js';
import { UnreadableFileError, UsageError } from './args.js';
import type { Terminal } from './output/terminal.js';

type Command = (argv: string[], term: Terminal) => Promise<number>;

const COMMANDS: Readonly<Record<string, { run: Command; help: string }>> = {
  validate: { run: validateCommand, help: VALIDATE_HELP },
  build: { run: buildCommand, help: BUILD_HELP },
  retour: { run: retourCommand, help: RETOUR_HELP },
  simulate: { run: simulateCommand, help: SIMULATE_HELP },
  modele: { run: modeleCommand, help: MODELE_HELP },
  page: { run: (argv, term) => pageCommand(argv, term), help: PAGE_HELP },
};

/** The help of `segur-solde --help`: every command. */
export const MAIN_HELP = `segur-solde — fichiers de demande de solde Ségur numérique BIO-SGL (ASP)

Commandes / commands:

${Object.values(COMMANDS)
  .map((c) => c.help)
  .join('\n\n')}

segur-solde <commande> --help   aide d'une commande / help of one command`;

/**
 * Runs the `segur-solde` command and returns its exit code: 0 success, 1 invalid data,
 * 2 usage error or unreadable file.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), processTerminal());
 * ```
 */
export async function runCli(argv: string[], term: Terminal): Promise<number> {
  const [name, ...rest] = argv;
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
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
      term.err(err.message);
      return 2;
    }
    if (err instanceof UnreadableFileError) {
      term.err(`segur-solde: ${err.message}`);
      return 2;
    }
    throw err;
  }
}
