import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';

/** The built command, as users run it (`npm test` builds before testing). */
export const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

/** What a run of `segur-solde` gave. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `segur-solde` with these arguments. */
export type CliRunner = (args: string[], cwd?: string) => Promise<CliResult>;

/** The built command in a child process, as a user runs it; never on a TTY, so without colour. */
export const spawnedCli: CliRunner = (args, cwd) => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return Promise.resolve({ code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr });
};

/**
 * The same command run in this process through `runCli`, so that coverage sees its source
 * (the child process is invisible to it). Arguments must not depend on the working folder.
 */
export const inProcessCli: CliRunner = async (args) => {
  const out: string[] = [];
  const err: string[] = [];
  const term = { out: (l: string) => out.push(`${l}\n`), err: (l: string) => err.push(`${l}\n`), colour: false, progress: false };
  try {
    const code = await runCli(args, term);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } catch (error) {
    return { code: 1, stdout: out.join(''), stderr: `${err.join('')}${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n` };
  }
};

/** Both ways of running the command, for `describe.each`. */
export const CLI_RUNNERS: [string, CliRunner][] = [
  ['built command in a child process', spawnedCli],
  ['runCli in process', inProcessCli],
];
