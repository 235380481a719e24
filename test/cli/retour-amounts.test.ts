import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeSoldeFile } from '../../src/index.js';
import { inProcessCli } from '../helpers/run-cli.js';
import { validFile } from '../helpers/valid-file.js';

/** A return as the portal writes it, every request refused but the last, amounts written `27450.00`. */
function portalReturn(count: number): string {
  const value = JSON.parse(serializeSoldeFile(validFile(count))) as { impId: unknown; lignesImport: Record<string, unknown>[] };
  value.impId = 4242;
  value.lignesImport.forEach((line, i) => {
    line.codeTraitement = i === count - 1 ? null : 'E07';
    line.libelleTraitement = i === count - 1 ? 'Demande acceptée' : 'Dossier inconnu';
  });
  return JSON.stringify(value, null, 2).replaceAll('"montantSegurHTFacture": 27450', '"montantSegurHTFacture": 27450.00');
}

describe('segur-solde retour on a return whose amount cannot be written back', () => {
  it.each(['1e400', '99999999999999.99'])('exits 2 with the located error and writes nothing (%s)', async (amount) => {
    const dir = mkdtempSync(join(tmpdir(), 'segur-portal-'));
    writeFileSync(join(dir, 'retour.json'), portalReturn(2).replace('27450.00', amount));
    const { code, stderr } = await inProcessCli(['retour', join(dir, 'retour.json'), '--csv']);
    expect(code).toBe(2);
    expect(stderr).toContain('13');
    expect(readdirSync(dir)).toEqual(['retour.json']);
  });
});
