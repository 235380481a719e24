import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serializeSoldeFile, SoldeValidationError, type SoldeFile } from '../../src/index.js';
import { checkPiecesZipFile, writePiecesZip, writePiecesZipFromFolder } from '../../src/node/index.js';
import { CLI_RUNNERS } from '../helpers/run-cli.js';
import { DEPOSIT, validFile } from '../helpers/valid-file.js';
import { tempDir, writePieces } from '../node/helpers.js';
import { fixture } from './helpers/fixtures.js';
import { imagePdf, textPdf } from './helpers/make-pdf.js';

// In Node each inspection starts its PDF reader thread (about a second, loaded machine: pdf.js loaded and warmed in it).
vi.setConfig({ testTimeout: 30_000 });

/** The pieces of `file`, honest but for `changes`. */
async function piecesOf(file: SoldeFile, changes: Record<string, Uint8Array> = {}): Promise<Record<string, Uint8Array>> {
  const invoice = await textPdf([[{ x: 50, y: 700, text: 'Facture du 15/03/2024 — Total Ségur HT 27 450,00 € — sites 750000010, 750000028' }]]);
  const va = await textPdf([[{ x: 50, y: 700, text: 'Vérification d’aptitude — 750000010 — 750000028' }]]);
  const pieces: Record<string, Uint8Array> = {};
  for (const line of file.lignesImport) for (const p of line.piecesJustificatives) pieces[p.nomFichier] = p.typeFichier === 'FACTURE' ? invoice : va;
  return { ...pieces, ...changes };
}

describe('the Node writer with inspectContent', () => {
  it('writes the zip and returns the content warnings', async () => {
    const dir = await tempDir();
    const file = validFile(2);
    await writePieces(dir, await piecesOf(file, { 'BIO-SGL-Va1-VA-00002.pdf': await imagePdf(1) }));
    const zipPath = join(dir, 'out.zip');
    const written = await writePiecesZipFromFolder(file, dir, zipPath, { depositDate: DEPOSIT, inspectContent: true });
    expect(written.entries).toBe(4);
    expect(written.issues?.map((i) => [i.code, i.path.join('.')])).toEqual([['CONTENT_PDF_NO_TEXT', 'lignesImport.1.piecesJustificatives.1.nomFichier']]);
    // Without the option, nothing is read and no issues are returned.
    expect(await writePiecesZipFromFolder(file, dir, zipPath, { depositDate: DEPOSIT, overwrite: true })).toEqual({ path: zipPath, bytes: written.bytes, entries: 4 });
  });

  it('refuses, before writing anything, a piece that cannot be opened', async () => {
    const dir = await tempDir();
    const file = validFile(1);
    const pieces = await piecesOf(file, { 'BIO-SGL-Va1-FACTURE-00001.pdf': await fixture('CONTENT_PDF_UNREADABLE.pdf') });
    const zipPath = join(dir, 'out.zip');
    const error = await writePiecesZip(file, pieces, zipPath, { depositDate: DEPOSIT, inspectContent: { timeoutMs: 30_000 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SoldeValidationError);
    expect((error as SoldeValidationError).issues.map((i) => i.code)).toEqual(['CONTENT_PDF_UNREADABLE']);
    expect(existsSync(zipPath)).toBe(false);
  });
});

describe('checkPiecesZipFile with inspectContent', () => {
  it('reads the pieces of a zip on disk', async () => {
    const dir = await tempDir();
    const file = validFile(1);
    const zipPath = join(dir, 'out.zip');
    await writePiecesZip(file, await piecesOf(file, { 'BIO-SGL-Va1-FACTURE-00001.pdf': await fixture('CONTENT_AMOUNT_NOT_FOUND.pdf') }), zipPath, { depositDate: DEPOSIT });
    const report = await checkPiecesZipFile(zipPath, serializeSoldeFile(file), { depositDate: DEPOSIT, inspectContent: true });
    expect(report.issues.map((i) => i.code)).toEqual(['CONTENT_AMOUNT_NOT_FOUND']);
    expect(report.ok).toBe(true);
  });
});

describe.each(CLI_RUNNERS)('%s', (_runner, segurSolde) => {
  it('segur-solde validate --zip … --inspect reports what the pieces say; --inspect needs --zip', async () => {
    const dir = await tempDir();
    const file = validFile(1);
    const json = join(dir, 'd.json');
    writeFileSync(json, serializeSoldeFile(file));
    const zip = join(dir, 'd.zip');
    await writePiecesZip(file, await piecesOf(file, { 'BIO-SGL-Va1-VA-00001.pdf': await fixture('CONTENT_PDF_ENCRYPTED.pdf') }), zip, { depositDate: DEPOSIT });
    const inspected = await segurSolde(['validate', json, '--zip', zip, '--inspect', '--deposit-date', '2024-03-20', '--json']);
    expect(inspected.code).toBe(1);
    expect((JSON.parse(inspected.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual(['CONTENT_PDF_ENCRYPTED']);
    expect((await segurSolde(['validate', json, '--zip', zip, '--deposit-date', '2024-03-20'])).code).toBe(0);
    expect((await segurSolde(['validate', json, '--inspect'])).code).toBe(2);
  });

  it('segur-solde build --inspect prints the content warnings and refuses an unreadable piece', async () => {
    const dir = await tempDir();
    const pieces = join(dir, 'pieces');
    const file = validFile(1);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(pieces);
    await writePieces(pieces, await piecesOf(file, { 'BIO-SGL-Va1-VA-00001.pdf': await imagePdf(1) }));
    const csv = join(dir, 'd.csv');
    writeFileSync(csv, 'numeroASP;numeroEditeur;dateFacture;montantSegurHTFacture;beneficiaires;isDirectToDMP;identDMP;isDirectToMSSPro;adresseBoiteMSSPro;isDirectToMSSCitoyen;adresseBoiteMSSCitoyen\nFINBIO000001;00001;15/03/2024;27 450,00;750000010|750000028;non;;non;;non;\n');
    const args = ['build', '--csv', csv, '--pieces', pieces, '--ans', 'ANS0000001', '--siret', '73282932000074', '--deposit-date', '2024-03-20', '--out', join(dir, 'out'), '--inspect'];
    const built = await segurSolde(args);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/ligne 2, colonne va : CONTENT_PDF_NO_TEXT/);
    writeFileSync(join(pieces, 'BIO-SGL-Va1-FACTURE-00001.pdf'), readFileSync(new URL('../fixtures/pieces/CONTENT_PDF_ENCRYPTED.pdf', import.meta.url)));
    const refused = await segurSolde([...args.slice(0, -3), '--out', join(dir, 'out2'), '--inspect']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ligne 2, colonne facture : CONTENT_PDF_ENCRYPTED/);
    expect(existsSync(join(dir, 'out2', 'JSON-ANS0000001-20240320-001.zip'))).toBe(false);
  });
});
