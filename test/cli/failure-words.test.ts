/**
 * Every command, given a path that is missing or a folder, an unknown option, an option
 * without its value or an argument too many, says so in one line of the language asked —
 * never the system's `ENOENT: …` nor `parseArgs`' English — and exits 2.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeSoldeFile } from '../../src/index.js';
import { CLI_RUNNERS, inProcessCli } from '../helpers/run-cli.js';
import { validFile } from '../helpers/valid-file.js';

type Lang = 'fr' | 'en';
type Case = 'missing' | 'folder' | 'unknown option' | 'missing value' | 'extra argument';

/** The reason each case must give, in each language. */
const REASON: Readonly<Record<Case, Record<Lang, string>>> = {
  missing: { fr: 'fichier ou dossier introuvable', en: 'no such file or folder' },
  folder: { fr: 'c’est un dossier, pas un fichier', en: 'it is a folder, not a file' },
  'unknown option': { fr: 'option inconnue « --bogus »', en: 'unknown option "--bogus"' },
  'missing value': { fr: 'attend une valeur', en: 'needs a value' },
  'extra argument': { fr: 'argument inattendu « en-trop.json »', en: 'unexpected argument "en-trop.json"' },
};

/** What must never be shown: the system's raw errors, parseArgs' English, a stack. */
const RAW = /\bE[A-Z]{3,}\b:|no such file or directory|Unknown option|argument missing|Unexpected argument|does not take an argument|\n\s+at /;
/** English words that have no place in French output. */
const ENGLISH = /\b(Cannot|cannot|unknown|unexpected|needs a value|no such|folder|file)\b/;

let dir: string;
let json: string;
let missing: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'segur-words-'));
  json = join(dir, 'demandes.json');
  writeFileSync(json, serializeSoldeFile(validFile(1)));
  missing = join(dir, 'absent.json');
});

const VENDOR = ['--ans', 'ANS0000001', '--siret', '73282932000074'];

/** Each command's arguments for each case, and the path or option its line must name. */
function argsOf(command: string, c: Case): { args: string[]; names: string } {
  const withFile = (path: string): string[] => (command === 'build' ? ['--csv', path, '--pieces', dir, ...VENDOR] : command === 'page' ? ['--out', path] : [path]);
  const ok = command === 'page' ? [] : command === 'modele-csv' ? [join(dir, 'nouveau.csv')] : withFile(json);
  const option = command === 'modele' ? '--lang' : command === 'modele-csv' ? '--encoding' : command === 'validate' ? '--zip' : '--out';
  switch (c) {
    case 'missing':
      // modele-csv writes its file and page writes into a folder: a path under a missing folder.
      return command === 'modele-csv' ? { args: [join(dir, 'nulle-part', 'x.csv')], names: join(dir, 'nulle-part', 'x.csv') } : { args: withFile(missing), names: missing };
    case 'folder':
      return { args: withFile(dir), names: dir };
    case 'unknown option':
      return { args: [...ok, '--bogus'], names: '--bogus' };
    case 'missing value':
      return { args: [...ok, option], names: option };
    case 'extra argument':
      return { args: [...(command === 'build' || command === 'page' ? ok : ok.length > 0 ? ok : [json]), 'en-trop.json'], names: 'en-trop.json' };
  }
}

/** page has no file to read: a missing folder is created, and a folder is where it writes. Its two path cases are an --out that is a file. */
function expectedReason(command: string, c: Case, lang: Lang): string {
  if (command === 'page' && (c === 'missing' || c === 'folder')) return lang === 'fr' ? 'ce n’est pas un dossier' : 'it is not a folder';
  return REASON[c][lang];
}

const COMMANDS = ['validate', 'simulate', 'retour', 'modele', 'modele-csv', 'build', 'page'];
const CASES: Case[] = ['missing', 'folder', 'unknown option', 'missing value', 'extra argument'];

describe.each(['fr', 'en'] as const)('--lang %s', (lang) => {
  it.each(COMMANDS.flatMap((command) => CASES.map((c) => [command, c] as const)))('%s, %s: one line naming it, in the language asked, exit 2', async (command, c) => {
    let { args, names } = argsOf(command, c);
    if (command === 'page' && (c === 'missing' || c === 'folder')) {
      const blocker = join(dir, c === 'missing' ? 'un-fichier' : 'autre-fichier');
      writeFileSync(blocker, 'pas un dossier');
      args = ['--out', c === 'missing' ? join(blocker, 'sous-dossier') : blocker];
      names = blocker;
    }
    const { code, stdout, stderr } = await inProcessCli([command, '--lang', lang, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const [line = ''] = lines;
    expect(line.startsWith('segur-solde: ')).toBe(true);
    expect(line).toContain(names);
    expect(line).toContain(expectedReason(command, c, lang));
    expect(line).not.toMatch(RAW);
    if (lang === 'fr') expect(line.replace(names, '<…>')).not.toMatch(ENGLISH);
  });
});

describe('the values of options, checked by the command', () => {
  it.each([
    [['build', '--csv', 'x.csv', '--pieces', 'p', ...VENDOR, '--first-sequence', '0'], '--first-sequence « 0 » doit être un nombre entier de 1 à 999.', '--first-sequence "0" must be a whole number from 1 to 999.'],
    [['build', '--csv', 'x.csv', '--pieces', 'p', ...VENDOR, '--max-zip-bytes', '12.5'], '--max-zip-bytes « 12.5 » doit être un nombre entier d’octets, au moins 1.', '--max-zip-bytes "12.5" must be a whole number of bytes, at least 1.'],
    [['build', '--csv', 'x.csv', '--pieces', 'p', ...VENDOR, '--encoding', 'latin9'], '--encoding « latin9 » : utf8 ou win1252 attendu.', '--encoding "latin9": utf8 or win1252 expected.'],
    [['modele-csv', 'x.csv', '--encoding', 'latin9'], '--encoding « latin9 » : utf8 ou win1252 attendu.', '--encoding "latin9": utf8 or win1252 expected.'],
  ])('%j: one line in the language asked, exit 2', async (args, fr, en) => {
    expect(await inProcessCli([...args, '--lang', 'fr'])).toEqual({ code: 2, stdout: '', stderr: `segur-solde: ${fr}\n` });
    expect(await inProcessCli([...args, '--lang', 'en'])).toEqual({ code: 2, stdout: '', stderr: `segur-solde: ${en}\n` });
  });
});

describe.each(CLI_RUNNERS)('%s', (_runner, segurSolde) => {
  it('words the failures of the built command as those of runCli', async () => {
    const fr = await segurSolde(['validate', missing]);
    expect(fr).toEqual({ code: 2, stdout: '', stderr: `segur-solde: Impossible de lire ${missing} : fichier ou dossier introuvable\n` });
    const en = await segurSolde(['retour', json, 'en-trop.json', '--lang', 'en']);
    expect(en).toEqual({ code: 2, stdout: '', stderr: 'segur-solde: unexpected argument "en-trop.json"\n' });
  });
});
