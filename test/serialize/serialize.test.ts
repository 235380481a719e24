import { describe, expect, it } from 'vitest';
import { serializeSoldeFile, SoldeValidationError, type SoldeFile } from '../../src/index.js';
import { WIRE_LAYOUT } from '../../src/schema/layout.js';
import { validFile } from '../helpers/valid-file.js';
import { thrownBy } from '../helpers/errors.js';

describe('serializeSoldeFile', () => {
  it('writes keys in the wire order, whatever the order of the object', () => {
    const file = validFile(1);
    const line = file.lignesImport[0]!;
    const shuffled = {
      lignesImport: [Object.fromEntries(Object.entries(line).reverse())],
      SIRET: file.SIRET,
      numeroAns: file.numeroAns,
      impId: null,
    } as unknown as SoldeFile;
    const text = serializeSoldeFile(shuffled);
    expect(text).toBe(serializeSoldeFile(file));
    const keys = [...text.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual(WIRE_LAYOUT.keys);
    const lineKeys = [...text.matchAll(/^ {6}"(\w+)":/gm)].map((m) => m[1]);
    expect(lineKeys).toEqual(WIRE_LAYOUT.children.lignesImport?.keys);
  });

  it('writes amounts with exactly two decimals and null literals', () => {
    const file = validFile(1);
    file.lignesImport[0]!.facture.montantSegurHTFacture = 1500.5;
    const text = serializeSoldeFile(file);
    expect(text).toContain('"montantSegurHTFacture": 1500.50');
    expect(text).toContain('"impId": null');
    expect(text).toContain('"lienCompteRendu": null');
    expect(text).not.toContain('"null"');
  });

  it('writes UTF-8 text with LF line ends, a final LF, no BOM, deterministically', () => {
    const file = validFile(2);
    file.lignesImport[0]!.scenarioInstallation.adresseBoiteMSSPro = 'bioé@labo.mssante.fr';
    const text = serializeSoldeFile(file);
    expect(text.charCodeAt(0)).toBe(0x7b);
    expect(text).not.toContain('\r');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('bioé@');
    expect(serializeSoldeFile(structuredClone(file))).toBe(text);
  });

  it('reads back equal', () => {
    const file = validFile(3);
    expect(JSON.parse(serializeSoldeFile(file))).toEqual(file);
  });

  it('writes empty lists as []', () => {
    const file = validFile(1);
    file.lignesImport[0]!.beneficiaires = [];
    expect(serializeSoldeFile(file)).toContain('"beneficiaires": []');
  });

  it('refuses to round an amount', () => {
    const file = validFile(1);
    file.lignesImport[0]!.facture.montantSegurHTFacture = 0.1 + 0.2;
    const err = thrownBy(() => serializeSoldeFile(file), SoldeValidationError);
    expect(err.issues.map((i) => [i.code, i.path])).toEqual([['AMOUNT_DECIMALS', ['lignesImport', 0, 'facture', 'montantSegurHTFacture']]]);
  });

  it('refuses to drop an unknown key or invent a missing one', () => {
    const file = validFile(1) as unknown as { lignesImport: Record<string, unknown>[] };
    file.lignesImport[0]!.extra = 1;
    delete file.lignesImport[0]!.typeAction;
    const err = thrownBy(() => serializeSoldeFile(file as unknown as SoldeFile, { locale: 'en' }), SoldeValidationError);
    expect(err.issues.map((i) => i.code)).toEqual(['KEY_MISSING', 'KEY_UNKNOWN']);
    expect(err.issues[0]?.message).toMatch(/required key "typeAction"/);
  });

  it('refuses values that are not JSON', () => {
    const file = validFile(1) as unknown as Record<string, unknown>;
    file.numeroAns = undefined;
    file.SIRET = Number.NaN;
    file.lignesImport = [() => 42];
    const err = thrownBy(() => serializeSoldeFile(file as unknown as SoldeFile), SoldeValidationError);
    expect(err.issues.map((i) => [i.code, i.path])).toEqual([
      ['TYPE_INVALID', ['numeroAns']],
      ['TYPE_INVALID', ['SIRET']],
      ['TYPE_INVALID', ['lignesImport', 0]],
    ]);
  });

  it('writes an empty object as {}', () => {
    const file = validFile(1) as unknown as Record<string, unknown>;
    const line = (file.lignesImport as Record<string, unknown>[])[0]!;
    line.facture = { unknown: 1 };
    const err = thrownBy(() => serializeSoldeFile(file as unknown as SoldeFile), SoldeValidationError);
    expect(err.issues.map((i) => i.code)).toEqual(['KEY_MISSING', 'KEY_MISSING', 'KEY_UNKNOWN']);
  });
});
