import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnreadableFileError, UsageError } from '../../../src/cli/args.js';
import { CliError } from '../../../src/cli/io/cli-error.js';
import { commandFailure, localeHint } from '../../../src/cli/io/command-failure.js';
import { watchInterruptions } from '../../../src/cli/io/interruption.js';
import { publishAll } from '../../../src/cli/io/publish-all.js';
import { readFailure } from '../../../src/cli/io/read-input.js';
import { isSystemError, systemErrorReason } from '../../../src/cli/io/system-error.js';
import { ensureFolder, removeCreatedFolders, writeFailure } from '../../../src/cli/io/write-output.js';
import { SoldeUsageError } from '../../../src/issues/error.js';

const systemError = (code: string, path?: string): Error => Object.assign(new Error(`${code}: raw`), { code, path });

describe('publishAll: every file in place, or none', () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'segur-publish-'));
    const stage = join(dir, '.stage');
    mkdirSync(stage);
    for (const name of ['a', 'b', 'c']) writeFileSync(join(stage, name), `new ${name}`);
    return { dir, stage };
  };

  it('moves every file when all can take their names', async () => {
    const { dir, stage } = setup();
    expect(await publishAll(['a', 'b'].map((n) => ({ from: join(stage, n), to: join(dir, n) })), { overwrite: false, backupDir: stage })).toBeUndefined();
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('new b');
  });

  it('takes back the files already moved when one fails, without --overwrite', async () => {
    const { dir, stage } = setup();
    writeFileSync(join(dir, 'c'), 'appeared meanwhile');
    const moves = ['a', 'b', 'c'].map((n) => ({ from: join(stage, n), to: join(dir, n) }));
    const failed = await publishAll(moves, { overwrite: false, backupDir: stage });
    expect(failed?.move.to).toBe(join(dir, 'c'));
    expect((failed?.error as { code?: string }).code).toBe('EEXIST');
    expect(readdirSync(dir).sort()).toEqual(['.stage', 'c']);
    expect(readFileSync(join(dir, 'c'), 'utf8')).toBe('appeared meanwhile');
  });

  it('puts back the files it replaced when one fails, with --overwrite', async () => {
    const { dir, stage } = setup();
    writeFileSync(join(dir, 'a'), 'old a');
    mkdirSync(join(dir, 'b', 'inside'), { recursive: true });
    const moves = ['a', 'b'].map((n) => ({ from: join(stage, n), to: join(dir, n) }));
    moves.push({ from: join(stage, 'c'), to: join(dir, 'no-such-folder', 'c') });
    const failed = await publishAll(moves, { overwrite: true, backupDir: stage });
    expect(failed?.move.to).toBe(join(dir, 'no-such-folder', 'c'));
    expect((failed?.error as { code?: string }).code).toBe('ENOENT');
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('old a');
    expect(readdirSync(join(dir, 'b'))).toEqual(['inside']);
    expect(readdirSync(dir).sort()).toEqual(['.stage', 'a', 'b']);
  });
});

describe('removeCreatedFolders', () => {
  it('removes the empty folders it created, up to the first, and stops at one that is not empty', async () => {
    const base = mkdtempSync(join(tmpdir(), 'segur-created-'));
    const created = await ensureFolder(join(base, 'a', 'b', 'c'), 'fr');
    expect(created).toBe(join(base, 'a'));
    await removeCreatedFolders(join(base, 'a', 'b', 'c'), created ?? '');
    expect(readdirSync(base)).toEqual([]);
    expect(await ensureFolder(base, 'fr')).toBeUndefined();
    await ensureFolder(join(base, 'a', 'b'), 'fr');
    writeFileSync(join(base, 'a', 'b', 'kept'), '');
    await removeCreatedFolders(join(base, 'a', 'b'), join(base, 'a'));
    expect(readdirSync(join(base, 'a', 'b'))).toEqual(['kept']);
  });
});

describe('watchInterruptions', () => {
  it('aborts with INTERRUPTED and the exit code of the signal, once, and stops listening when disposed', () => {
    const signals = new EventEmitter();
    const watch = watchInterruptions('en', signals);
    expect(signals.listenerCount('SIGINT')).toBe(1);
    signals.emit('SIGTERM');
    expect(watch.signal.aborted).toBe(true);
    const reason = watch.signal.reason as CliError;
    expect([reason.code, reason.exitCode, reason.message]).toEqual(['INTERRUPTED', 143, 'Interrupted (SIGTERM): nothing was written, the temporary files are removed.']);
    watch.dispose();
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
  });
});

describe('failures in words', () => {
  it('turns every known failure into a CliError, and leaves a bug alone', () => {
    expect(commandFailure(new UsageError('--lang xx: fr | en'), 'fr')).toMatchObject({ code: 'USAGE', message: '--lang xx: fr | en', exitCode: 2 });
    expect(commandFailure(new SoldeUsageError('ARGUMENT_INVALID', 'bad option'), 'fr')?.code).toBe('USAGE');
    expect(commandFailure(new UnreadableFileError('x.csv: not CSV'), 'fr')?.code).toBe('FILE_UNREADABLE');
    expect(commandFailure(systemError('ENOSPC', 'out/a.zip'), 'fr')?.message).toBe('Impossible de lire out/a.zip : plus de place sur le disque');
    expect(commandFailure(systemError('EIO'), 'en')?.message).toBe('Cannot read ?: input/output error of the disk');
    expect(commandFailure(new RangeError('a bug'), 'fr')).toBeUndefined();
    const mine = new CliError('FILE_EXISTS', 'x');
    expect(commandFailure(mine, 'fr')).toBe(mine);
  });

  it('words the system’s codes, an unknown one with its code, never Node’s raw message', () => {
    expect(systemErrorReason('EACCES', 'fr')).toBe('permission refusée');
    expect(systemErrorReason('EWHATEVER', 'fr')).toBe('le système a refusé (EWHATEVER)');
    expect(systemErrorReason('EWHATEVER', 'en')).toBe('the system refused (EWHATEVER)');
    expect(isSystemError(systemError('ENOENT'))).toBe(true);
    expect(isSystemError(Object.assign(new Error('x'), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }))).toBe(false);
    expect(isSystemError('ENOENT')).toBe(false);
  });

  it('names the path in read and write failures', () => {
    expect(readFailure('a.json', systemError('EACCES'), 'en').message).toBe('Cannot read a.json: permission denied');
    expect(readFailure('a.json', new Error('odd'), 'en').message).toBe('Cannot read a.json: odd');
    expect(readFailure('a.json', 'odd', 'fr').message).toBe('Impossible de lire a.json : odd');
    expect(writeFailure('a.json', systemError('EROFS'), 'fr')).toMatchObject({ code: 'FILE_NOT_WRITABLE', errno: 'EROFS', message: 'Impossible d’écrire a.json : le disque est en lecture seule' });
    expect(writeFailure('a.json', systemError('EEXIST'), 'en')).toMatchObject({ code: 'FILE_EXISTS', message: 'a.json already exists: nothing was written (--overwrite to replace it)' });
    expect(writeFailure('a.json', new SoldeUsageError('ARGUMENT_INVALID', 'exists'), 'fr').code).toBe('FILE_EXISTS');
    expect(writeFailure('a.json', new Error('odd'), 'en').message).toBe('Cannot write a.json: odd');
    expect(writeFailure('a.json', 42, 'en').message).toBe('Cannot write a.json: 42');
  });

  it('reads --lang before the arguments are parsed', () => {
    expect(localeHint(['x.json', '--lang', 'en'])).toBe('en');
    expect(localeHint(['--lang=en'])).toBe('en');
    expect(localeHint(['--lang', 'fr'])).toBe('fr');
    expect(localeHint(['--lang'])).toBe('fr');
  });
});
