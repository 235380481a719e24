/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../fixtures/files.js';
import { DEPOSIT } from '../helpers/valid-file.js';
import { goldenDeposit, GOLDEN_SHA256 } from '../zip/helpers/golden.js';

// The package as published (npm run build): its core and zip entries, loaded by the page as an application's bundler would.
const BUILT = import.meta.glob(['../../dist/index.js', '../../dist/zip.js']);

async function entry<T>(path: string): Promise<T> {
  const load = BUILT[path];
  if (load === undefined) throw new Error(`${path} is missing: run npm run build before the browser run`);
  return (await load()) as T;
}

describe('the built package in the browser', () => {
  it('validates with dist/index.js', async () => {
    const { validateSoldeFile } = await entry<typeof import('../../src/index.js')>('../../dist/index.js');
    expect(validateSoldeFile(fixtureText('valid/two-requests.json'), { depositDate: DEPOSIT }).issues).toEqual([]);
    const invalid = validateSoldeFile(fixtureText('invalid/SIRET_KEY.json'), { depositDate: DEPOSIT });
    expect([invalid.ok, invalid.issues.map((i) => i.code)]).toEqual([false, ['SIRET_KEY']]);
  });

  it('builds the golden zip and checks it as a Blob with dist/zip.js', async () => {
    const { buildPiecesZip, checkPiecesZip } = await entry<typeof import('../../src/zip/index.js')>('../../dist/zip.js');
    const { file, pieces } = goldenDeposit();
    const zip = new Uint8Array(await buildPiecesZip(file, pieces, { depositDate: DEPOSIT }));
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', zip));
    expect(Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')).toBe(GOLDEN_SHA256);
    const report = await checkPiecesZip(new Blob([zip], { type: 'application/zip' }), file, { depositDate: DEPOSIT });
    expect(report.ok).toBe(true);
  });
});
