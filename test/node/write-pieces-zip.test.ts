import { appendFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SoldeUsageError, type SoldeFile } from '../../src/index.js';
import { writePiecesZip, writePiecesZipFromFolder, type ZipProgress } from '../../src/node/index.js';
import { buildPiecesZip, checkPiecesZip } from '../../src/zip/index.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { at, FACTURE_1, pdf, piecePath, piecesFor, VA_1, xml } from '../zip/helpers/pieces.js';
import { listing, tempDir, writePieces } from './helpers.js';
import { refusal } from '../helpers/errors.js';
import { faultWords } from '../helpers/issue-params.js';

const opts = { depositDate: DEPOSIT };

describe('writePiecesZipFromFolder', () => {
  it('writes the same bytes as buildPiecesZip, taking only the named pieces of the folder', async () => {
    const dir = await tempDir();
    const file = validFile(3);
    const pieces = piecesFor(file, 5000);
    await writePieces(dir, { ...pieces, 'other-deposit.pdf': pdf(), 'notes.txt': new Uint8Array([1]) });
    await mkdir(join(dir, 'sub'));
    const target = join(dir, 'out.zip');
    const progress: ZipProgress[] = [];
    const written = await writePiecesZipFromFolder(file, dir, target, { ...opts, onProgress: (p) => progress.push(p) });
    const bytes = await readFile(target);
    expect(new Uint8Array(bytes)).toEqual(await buildPiecesZip(file, pieces, opts));
    expect(written).toEqual({ path: target, bytes: bytes.length, entries: 6 });
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(progress.every((p) => p.total === 6 && p.totalBytes === bytes.length)).toBe(true);
    expect((await checkPiecesZip(bytes, file, opts)).ok).toBe(true);
    expect(await listing(dir)).not.toContainEqual(expect.stringMatching(/\.part$/));
  });

  it('refuses before writing anything: a missing piece, a folder in its place, an empty or oversized one', async () => {
    const dir = await tempDir();
    const file = validFile(2);
    await writePieces(dir, { [FACTURE_1]: pdf(), 'BIO-SGL-Va1-FACTURE-00002.pdf': new Uint8Array(), 'BIO-SGL-Va1-VA-00002.pdf': pdf(2000) });
    await mkdir(join(dir, VA_1));
    const before = await listing(dir);
    const issues = await refusal(writePiecesZipFromFolder(file, dir, join(dir, 'out.zip'), { ...opts, maxPieceBytes: 1500 }));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['ZIP_PIECE_MISSING', piecePath(0, 1).join('.')],
      ['ZIP_PIECE_EMPTY', piecePath(1, 0).join('.')],
      ['ZIP_PIECE_TOO_LARGE', piecePath(1, 1).join('.')],
    ]);
    expect(await listing(dir)).toEqual(before);
  });

  it('never looks outside the folder for a name that leaves it', async () => {
    const dir = await tempDir();
    const file = validFile(1);
    (file.lignesImport[0] as SoldeFile['lignesImport'][number]).piecesJustificatives[0] = { nomFichier: '../BIO-SGL-Va1-FACTURE-00001.pdf', formatFichier: 'PDF', typeFichier: 'FACTURE' };
    await writePieces(dir, { [VA_1]: pdf() });
    const issues = await refusal(writePiecesZipFromFolder(file, dir, join(dir, 'out.zip'), opts));
    expect(issues.filter((i) => i.code.startsWith('ZIP_')).map((i) => [i.code, faultWords(i)])).toEqual([['ZIP_ENTRY_UNSAFE_PATH', 'composant « .. »']]);
  });

  it('does not replace an existing zip unless told to', async () => {
    const dir = await tempDir();
    const file = validFile(1);
    await writePieces(dir, piecesFor(file));
    const target = join(dir, 'out.zip');
    await writeFile(target, 'precious');
    await expect(writePiecesZipFromFolder(file, dir, target, opts)).rejects.toMatchObject({ name: 'SoldeUsageError', code: 'ARGUMENT_INVALID' });
    expect(await readFile(target, 'utf8')).toBe('precious');
    await writePiecesZipFromFolder(file, dir, target, { ...opts, overwrite: true });
    expect((await checkPiecesZip(await readFile(target), file, opts)).ok).toBe(true);
  });

  it('leaves nothing on disk when aborted, when the progress callback throws, or when a piece changes meanwhile', async () => {
    const dir = await tempDir();
    const file = validFile(2);
    await writePieces(dir, piecesFor(file));
    const before = await listing(dir);
    const target = join(dir, 'out.zip');

    const controller = new AbortController();
    const aborted = writePiecesZipFromFolder(file, dir, target, {
      ...opts,
      signal: controller.signal,
      onProgress: () => {
        controller.abort(new Error('stop'));
      },
    });
    await expect(aborted).rejects.toThrow('stop');

    const boom = new Error('boom');
    await expect(writePiecesZipFromFolder(file, dir, target, { ...opts, onProgress: () => { throw boom; } })).rejects.toBe(boom);

    // The piece after next is read once the first is written: change it then (shorter, then longer).
    for (const change of [(path: string) => { truncateSync(path, 10); }, (path: string) => { appendFileSync(path, 'more'); }]) {
      const last = join(dir, 'BIO-SGL-Va1-VA-00002.pdf');
      writeFileSync(last, at(piecesFor(file), 'BIO-SGL-Va1-VA-00002.pdf'));
      const issues = await refusal(
        writePiecesZipFromFolder(file, dir, target, {
          ...opts,
          onProgress: (p) => {
            if (p.done === 1) change(last);
          },
        }),
      );
      expect(issues.map((i) => [i.code, i.path.join('.'), faultWords(i)])).toEqual([
        ['ZIP_ENTRY_INCONSISTENT', piecePath(1, 1).join('.'), 'le fichier a changé pendant l’écriture du zip'],
      ]);
    }
    expect(await listing(dir)).toEqual(before);
  });

  it('refuses an XML piece rewritten, at the same size, after it was deflated to size the zip', async () => {
    const dir = await tempDir();
    const file = validFile(1);
    const name = 'BIO-SGL-Va1-VA-00001.xml';
    (file.lignesImport[0] as SoldeFile['lignesImport'][number]).piecesJustificatives[1] = { nomFichier: name, formatFichier: 'XML', typeFichier: 'VA' };
    const plain = xml();
    // The same length: one compresses worse (digits at random), one better (spaces only).
    const worse = plain.map((b, i) => (i < 50 ? b : 0x30 + ((i * 7919) % 10)));
    const better = plain.map((b, i) => (i < 50 ? b : 0x20));
    for (const rewritten of [worse, better]) {
      await writePieces(dir, { [FACTURE_1]: pdf(), [name]: plain });
      const issues = await refusal(
        writePiecesZipFromFolder(file, dir, join(dir, 'out.zip'), {
          ...opts,
          onProgress: (p) => {
            if (p.done === 1) writeFileSync(join(dir, name), rewritten);
          },
        }),
      );
      expect(issues.map((i) => [i.code, i.path.join('.'), faultWords(i)])).toEqual([
        ['ZIP_ENTRY_INCONSISTENT', piecePath(0, 1).join('.'), 'le fichier a changé pendant l’écriture du zip'],
      ]);
    }
    expect(await listing(dir)).toEqual([FACTURE_1, name]);
  });

  it('passes on the error of a piece removed once planned, leaving nothing on disk', async () => {
    const dir = await tempDir();
    const file = validFile(2);
    await writePieces(dir, piecesFor(file));
    const last = join(dir, 'BIO-SGL-Va1-VA-00002.pdf');
    const written = writePiecesZipFromFolder(file, dir, join(dir, 'out.zip'), {
      ...opts,
      onProgress: (p) => {
        if (p.done === 1) rmSync(last);
      },
    });
    await expect(written).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await listing(dir)).not.toContain('out.zip');
    expect((await listing(dir)).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('passes on a file system error other than a missing file', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const dir = await tempDir();
    const locked = join(dir, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o000);
    try {
      await expect(writePiecesZipFromFolder(validFile(1), locked, join(dir, 'out.zip'), opts)).rejects.toMatchObject({ code: 'EACCES' });
    } finally {
      await chmod(locked, 0o755);
    }
  });
});

describe('writePiecesZip', () => {
  it('takes pieces as file paths under other names, or as bytes', async () => {
    const dir = await tempDir();
    const file = validFile(1);
    const pieces = piecesFor(file);
    await writeFile(join(dir, 'facture durand.pdf'), at(pieces, FACTURE_1));
    const target = join(dir, 'out.zip');
    const written = await writePiecesZip(file, { [FACTURE_1]: join(dir, 'facture durand.pdf'), [VA_1]: new Blob([at(pieces, VA_1)]) }, target, { ...opts, locale: 'en' });
    expect(written.entries).toBe(2);
    expect(new Uint8Array(await readFile(target))).toEqual(await buildPiecesZip(file, pieces, opts));
  });

  it('refuses a path where no file is, and a piece no request names', async () => {
    const dir = await tempDir();
    const issues = await refusal(writePiecesZip(validFile(1), { [FACTURE_1]: join(dir, 'nope.pdf'), [VA_1]: pdf(), 'x.pdf': pdf() }, join(dir, 'out.zip'), { ...opts, locale: 'en' }));
    expect(issues[1]?.message).toBe('The file "x.pdf" is not declared by any request of the JSON: remove it from the zip or declare it.');
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['ZIP_PIECE_MISSING', piecePath(0, 0).join('.')],
      ['ZIP_PIECE_NOT_NAMED', 'zip.x.pdf'],
    ]);
    expect(await listing(dir)).toEqual([]);
  });

  it('throws ARGUMENT_INVALID for a piece of the wrong kind', async () => {
    const dir = await tempDir();
    await expect(writePiecesZip(validFile(1), { [FACTURE_1]: 42 as never }, join(dir, 'out.zip'), opts)).rejects.toBeInstanceOf(SoldeUsageError);
  });
});
