/**
 * The deposits the page's end-to-end test loads: the demo's four demands (built with the
 * library, with the sample pieces of examples/pieces zipped by the library), the same JSON
 * with one request wrong, and files the portal would refuse.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeSoldeFile, SoldeFileBuilder } from '../../src/index.js';
import { buildPiecesZip } from '../../src/zip/index.js';
import { DEMO_DEMANDES, VENDOR } from '../../examples/demandes.js';
import { PIECES_DIR } from '../../examples/durand.js';
import { validFile } from '../helpers/valid-file.js';

/** The deposit day of every fixture: 20/03/2024, as the page's date field holds it. */
export const DEPOSIT_DAY = '2024-03-20';
/** Noon in Paris on {@link DEPOSIT_DAY}. */
export const DEPOSIT_DATE = new Date('2024-03-20T11:00:00Z');

/** A JSON file and its zip, as the page receives them. */
export interface Deposit {
  jsonName: string;
  json: string;
  zipName: string;
  zip: Buffer;
  /** The attachments the JSON names, in file order. */
  pieceNames: string[];
}

/**
 * The demo's deposit (four valid demands, three FINESS_KEY warnings) and its zip.
 *
 * @example
 * ```ts
 * const { json, zip } = await goodDeposit();
 * ```
 */
export async function goodDeposit(): Promise<Deposit> {
  const built = new SoldeFileBuilder(VENDOR).addDemandes(DEMO_DEMANDES).build({ depositDate: DEPOSIT_DATE, sequence: 1 });
  const pieceNames = built.file.lignesImport.flatMap((l) => l.piecesJustificatives.map((p) => p.nomFichier));
  const pieces = Object.fromEntries(await Promise.all(pieceNames.map(async (name) => [name, await readFile(join(PIECES_DIR, name))] as const)));
  const zip = await buildPiecesZip(built.json, pieces, { depositDate: DEPOSIT_DATE });
  return { jsonName: built.fileName, json: built.json, zipName: built.fileName.replace(/\.json$/, '.zip'), zip: Buffer.from(zip), pieceNames };
}

/**
 * The demo's deposit with request 2 invoiced after the deposit day (DATE_AFTER_DEPOSIT):
 * the portal would refuse that request only.
 *
 * @example
 * ```ts
 * const { json } = mixedDeposit(await goodDeposit());
 * ```
 */
export function mixedDeposit(good: Deposit): Deposit {
  const json = good.json.replace('"dateFacture": "18/03/2024"', '"dateFacture": "21/03/2024"');
  if (json === good.json) throw new Error('the demo JSON no longer holds request 2 dated 18/03/2024');
  return { ...good, json };
}

/**
 * Two requests, the first dated 31/02/2024 (DATE_INVALID at
 * lignesImport[0].facture.dateFacture): the portal would refuse request 1 of 2.
 *
 * @example
 * ```ts
 * const text = badDateJson();
 * ```
 */
export function badDateJson(): string {
  const file = validFile(2);
  const first = file.lignesImport[0];
  if (!first) throw new Error('validFile(2) has no first request');
  first.facture.dateFacture = '31/02/2024';
  return serializeSoldeFile(file);
}
