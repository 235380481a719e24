import { describe, expect, it } from 'vitest';
import { compareWithModel, serializeSoldeFile } from '../../src/index.js';
import { validFile } from '../helpers/valid-file.js';

const ours = serializeSoldeFile(validFile(1));

describe('compareWithModel', () => {
  it('finds no difference in a model identical to our layout', () => {
    expect(compareWithModel(ours)).toEqual({ same: true, differences: [] });
  });

  it('accepts a blank model whose nullable fields are null and whose lists are empty', () => {
    const blank = ours
      .replace(/"identDMP": \[[^\]]*\]/, '"identDMP": null')
      .replace('"labo@labo.mssante.fr"', 'null')
      .replace(/"beneficiaires": \[[^\]]*\]/, '"beneficiaires": []');
    expect(compareWithModel(blank).same).toBe(true);
  });

  it('reports a flattened block', () => {
    const flat = ours.replace(/"facture": \{\s*"dateFacture": "15\/03\/2024",\s*"montantSegurHTFacture": 27450.00\s*\}/, '"dateFacture": "15/03/2024",\n"montantSegurHTFacture": 27450.00');
    const { same, differences } = compareWithModel(flat);
    expect(same).toBe(false);
    expect(differences.map((d) => [d.kind, d.path.join('.')])).toEqual([
      ['missing-in-model', 'lignesImport.0.facture'],
      ['extra-in-model', 'lignesImport.0.dateFacture'],
      ['extra-in-model', 'lignesImport.0.montantSegurHTFacture'],
    ]);
  });

  it('reports a renamed key, in French or English', () => {
    const renamed = ours.replace('"numeroEditeur"', '"numEditeur"');
    const fr = compareWithModel(renamed);
    expect(fr.differences.map((d) => d.kind)).toEqual(['missing-in-model', 'extra-in-model']);
    expect(fr.differences[0]?.message).toContain('« numeroEditeur »');
    expect(compareWithModel(renamed, { locale: 'en' }).differences[1]?.message).toBe('The model has a key "numEditeur" that the library does not write.');
  });

  it('reports a different key order', () => {
    const swapped = ours.replace('"numeroAns": "ANS0000001",\n  "SIRET": "73282932000074",', '"SIRET": "73282932000074",\n  "numeroAns": "ANS0000001",');
    const { differences } = compareWithModel(swapped);
    expect(differences).toHaveLength(1);
    expect(differences[0]).toMatchObject({ kind: 'order', path: [], expected: 'impId, numeroAns, SIRET, lignesImport', found: 'impId, SIRET, numeroAns, lignesImport' });
  });

  it('reports a different kind of value', () => {
    const text = ours.replace('"numLigne": 1', '"numLigne": "1"').replace('"isDirectToDMP": true', '"isDirectToDMP": "false"').replace('"750000010"', '750000010');
    expect(compareWithModel(text).differences.map((d) => [d.path.join('.'), d.expected, d.found])).toEqual([
      ['lignesImport.0.numLigne', 'number', 'string'],
      ['lignesImport.0.beneficiaires.0', 'string', 'number'],
      ['lignesImport.0.scenarioInstallation.isDirectToDMP', 'boolean', 'string'],
    ]);
  });

  it('reports an array of objects whose item is not an object, and a root that is not an object', () => {
    expect(compareWithModel(ours.replace(/"piecesJustificatives": \[[\s\S]*?\]/, '"piecesJustificatives": ["x"]')).differences[0]).toMatchObject({ kind: 'value-kind', found: 'string' });
    expect(compareWithModel('[]').differences[0]).toMatchObject({ kind: 'value-kind', expected: 'object', found: 'array' });
  });

  it('reports a model it cannot read', () => {
    const { same, differences } = compareWithModel('{"impId": ');
    expect(same).toBe(false);
    expect(differences[0]?.kind).toBe('unreadable');
    expect(compareWithModel(undefined as unknown as string).differences[0]?.kind).toBe('unreadable');
  });
});

describe('compareWithModel in English', () => {
  it('words every kind of difference', () => {
    const text = ours.replace('"numeroEditeur"', '"numEditeur"').replace('"numLigne": 1', '"numLigne": "1"').replace('"numeroAns": "ANS0000001",\n  "SIRET": "73282932000074",', '"SIRET": "73282932000074",\n  "numeroAns": "ANS0000001",');
    const messages = compareWithModel(text, { locale: 'en' }).differences.map((d) => d.message);
    expect(messages).toEqual([
      'Different key order: the library writes impId, numeroAns, SIRET, lignesImport, the model has impId, SIRET, numeroAns, lignesImport.',
      'The library writes the key "numeroEditeur", which the model lacks.',
      'The model has a key "numEditeur" that the library does not write.',
      'Different kind of value: the library writes number, the model has string.',
    ]);
    expect(compareWithModel('{', { locale: 'en' }).differences[0]?.message).toMatch(/^The model cannot be read: /);
  });

  it('reads a value of no JSON kind as undefined', () => {
    expect(compareWithModel('{"impId": null, "numeroAns": "x", "SIRET": "y", "lignesImport": [true]}').differences.map((d) => d.found)).toEqual(['boolean']);
  });
});
