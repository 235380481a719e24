/**
 * Checks the package as it would be published: publint (package.json against the packed
 * files) and attw (Are the Types Wrong: every entry's types — and `segur-sgl-solde/schema.json`
 * — under node10, node16 CJS and ESM, and bundler resolution). Run after the build.
 *
 * An entry whose source does not exist yet (tsup builds only the entries whose source
 * exists: `src/node/index.ts`, `src/cli/bin.ts`… arrive with their own issue) is *pending*:
 * its missing files are reported as such and left out of the checks instead of failing them.
 * `--strict` makes a pending entry an error (for a release).
 *
 * Run: npx tsx scripts/check-package.ts [--strict] [--dir <package folder>]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publint, type Message } from 'publint';
import { formatMessage } from 'publint/utils';
import tsupConfig from '../tsup.config.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const pkgDir = resolve(dirAt >= 0 ? (args[dirAt + 1] ?? '.') : root);
const strict = args.includes('--strict');

/** The entry names tsup builds now (`index`, `zip`, `cli`…): only those whose source exists. */
function builtEntries(): Set<string> {
  const configs = Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig];
  const names = new Set<string>();
  for (const config of configs) {
    const entry = (config as { entry?: unknown }).entry;
    if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) for (const name of Object.keys(entry)) names.add(name);
  }
  return names;
}

/** Every string value of a JSON tree with its path. */
function stringLeaves(value: unknown, path: string[] = []): [string[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
}

const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as Record<string, unknown>;
const entries = builtEntries();
const referenced = ['main', 'module', 'types', 'bin', 'exports', 'typesVersions'].flatMap((field) => stringLeaves(pkg[field], [field]));
/** `dist/zip.d.cts` → `zip`. */
const entryOf = (file: string): string => (/^\.?\/?dist\/([^/.]+)\./.exec(file)?.[1] ?? '');
const pending = referenced.filter(([, file]) => file.startsWith('./dist/') && !existsSync(join(pkgDir, file)) && !entries.has(entryOf(file)));
const pendingFiles = new Set(pending.map(([, file]) => file));
const pendingSubpaths = [...new Set(pending.filter(([path]) => path[0] === 'exports').map(([path]) => path[1] ?? ''))];
let failed = false;
if (pending.length > 0) {
  const names = [...new Set(pending.map(([, file]) => entryOf(file)))].join(', ');
  const line = `${strict ? '✗' : '…'} pending entries (no source yet): ${names} — ${pendingFiles.size} file(s) left out of the checks`;
  if (strict) {
    failed = true;
    console.error(line);
  } else console.log(line);
}

// publint
const { messages } = await publint({ pkgDir, level: 'suggestion', strict: true, pack: 'npm' });
const valueAt = (path: string[]): unknown => path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), pkg);
const isPending = (m: Message): boolean => !strict && m.code === 'FILE_DOES_NOT_EXIST' && pendingFiles.has(String(valueAt(m.path)));
const shown = messages.filter((m) => !isPending(m));
for (const m of shown) console.log(`publint ${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
if (shown.some((m) => m.type !== 'suggestion')) failed = true;
console.log(shown.length === 0 ? '✓ publint: clean' : `publint: ${shown.length} message(s)`);

// attw
const attw = join(root, 'node_modules', '.bin', 'attw');
// Every export is checked, `./schema.json` included: under node10 resolution (which ignores
// `exports`) `typesVersions` maps it to the file in dist/, as it does the subpath modules.
const excluded = strict ? [] : pendingSubpaths;
const exclude = excluded.length === 0 ? [] : ['--exclude-entrypoints', ...excluded];
const run = spawnSync(attw, ['--pack', pkgDir, '--profile', 'strict', '--format', 'table', ...exclude], { stdio: 'inherit' });
if (run.status !== 0) failed = true;
console.log(run.status === 0 ? '✓ attw: clean' : '✗ attw: problems above');

process.exit(failed ? 1 : 0);
