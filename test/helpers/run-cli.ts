import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built command, as users run it (`npm test` builds before testing). */
export const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

/** Runs `segur-solde` in a child process; never on a TTY, so without colour. */
export function segurSolde(args: string[], cwd?: string): { code: number; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
