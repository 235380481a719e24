import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { refuseExisting, writeAtomically } from '../../node/atomic-write.js';
import { CliError } from '../io/cli-error.js';
import { isSystemError } from '../io/system-error.js';
import { ensureFolder, writeFailure } from '../io/write-output.js';
import { cliText } from '../messages.js';
import type { Terminal } from '../output/terminal.js';
import { openCommand } from './open-command.js';

/** The name of the page, in the package (`dist/page/`) and as written out. */
export const PAGE_FILE_NAME = 'segur-solde.html';

export const PAGE_HELP = `segur-solde page [--out <dossier>] [--overwrite] [--lang fr|en]

  Écrit la page de vérification hors ligne, un seul fichier HTML (segur-solde.html) qui
  s’ouvre depuis le disque, sans serveur ni réseau : on peut l’envoyer par courriel à qui
  dépose. Dossier par défaut : le dossier courant. Un fichier existant n’est remplacé
  qu’avec --overwrite.
  Writes the offline validation page, one HTML file that works opened from disk.

  Code de sortie : 0 écrite, 2 usage (fichier existant sans --overwrite, dossier où l’on ne peut
  pas écrire, page absente).`;

/**
 * The folder of this package: the nearest folder above `from` whose package.json is
 * segur-sgl-solde's (the built command lives in `dist/`, its source in `src/cli/commands/`).
 *
 * @example
 * ```ts
 * packageRoot(fileURLToPath(import.meta.url)); // → '/…/node_modules/segur-sgl-solde' once installed
 * packageRoot('/page.ts'); // undefined
 * ```
 */
export function packageRoot(from: string): string | undefined {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'segur-sgl-solde') return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Where the built page is in this package: `dist/page/segur-solde.html`.
 *
 * @example
 * ```ts
 * builtPagePath(); // '/…/dist/page/segur-solde.html'
 * ```
 */
export function builtPagePath(): string {
  const root = packageRoot(fileURLToPath(import.meta.url)) ?? '.';
  return join(root, 'dist', 'page', PAGE_FILE_NAME);
}

/**
 * `segur-solde page`: writes the offline page (one self-contained HTML file) into a folder.
 *
 * @param source - the page to copy; default the one this package ships
 * @example
 * ```ts
 * await pageCommand(['--out', 'pour-le-laboratoire'], processTerminal());
 * ```
 */
export async function pageCommand(argv: string[], term: Terminal, source = builtPagePath()): Promise<number> {
  const opened = openCommand(argv, term, { help: PAGE_HELP, options: { out: { type: 'string' }, overwrite: { type: 'boolean' } }, file: 'none' });
  if (opened === undefined) return 0;
  const { values, locale } = opened;
  const t = cliText(locale);
  let html: Buffer;
  try {
    html = await readFile(source);
  } catch (error) {
    throw new CliError('FILE_UNREADABLE', t.pageNotBuilt(source), { path: source, errno: isSystemError(error) ? error.code : undefined });
  }
  const outDir = resolve(values.out ?? '.');
  const target = join(outDir, PAGE_FILE_NAME);
  try {
    await refuseExisting(target, values.overwrite, 'segur-solde page');
  } catch (error) {
    throw writeFailure(target, error, locale);
  }
  await ensureFolder(outDir, locale);
  try {
    await writeAtomically(target, oneBatch(html), { overwrite: values.overwrite }, 'segur-solde page');
  } catch (error) {
    throw writeFailure(target, error, locale);
  }
  term.out(t.pageWritten(target, html.length));
  return 0;
}

/** The page as the one batch {@link writeAtomically} takes. */
// eslint-disable-next-line @typescript-eslint/require-await -- writeAtomically takes an async iterable; this one has nothing to wait for
async function* oneBatch(bytes: Uint8Array): AsyncIterable<readonly Uint8Array[]> {
  yield [bytes];
}
