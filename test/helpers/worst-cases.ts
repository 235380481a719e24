/**
 * The worst inputs for the validator that a text under `maxBytes` can hold (issue 13): one
 * fault repeated in every list, distinct faults, keys given twice, deep and wide values. Each
 * is made at the size asked for (in UTF-8 bytes, a little under it), from the valid
 * one-request file. Used by `npm run bench:worst` (at 20 MB, timed) and by
 * test/validate/worst-cases.test.ts (small, for what the report says).
 *
 * @module
 */
import { serializeSoldeFile, type IssueCode } from '../../src/index.js';
import { validFile } from './valid-file.js';

/** One worst case: its name and how to make its text of about `bytes` bytes. */
export interface WorstCase {
  name: string;
  make: (bytes: number) => string;
  /** The code the report must hold (with its count when repeated). */
  code: IssueCode;
}

const VALID = serializeSoldeFile(validFile(1));
const HEADER = '{"impId": null, "numeroAns": "ANS0000001", "SIRET": "73282932000074", "lignesImport": [';

/** `count` copies of what `item(i)` writes, joined by commas, as many as fit in `bytes`. */
function repeated(bytes: number, item: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const text = item(i);
    if (size + text.length + 1 > bytes) break;
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join(',');
}

/** The valid file with the list at `key` of the first request replaced by `items`. */
function inList(key: 'beneficiaires' | 'piecesJustificatives' | 'identDMP', bytes: number, item: (i: number) => string): string {
  const pattern = new RegExp(`"${key}": \\[[^\\]]*?\\](?=,\\n)`);
  const list = repeated(bytes - VALID.length, item);
  return VALID.replace(pattern, () => `"${key}": [${list}]`);
}

/** A file whose `lignesImport` holds `item(i)` as many times as fit. */
function inLines(bytes: number, item: (i: number) => string): string {
  return `${HEADER}${repeated(bytes - HEADER.length - 2, item)}]}`;
}

export const WORST_CASES: readonly WorstCase[] = [
  { name: 'beneficiaires: "x" repeated', make: (b) => inList('beneficiaires', b, () => '"x"'), code: 'FINESS_FORMAT' },
  { name: 'beneficiaires: numbers repeated', make: (b) => inList('beneficiaires', b, () => '1'), code: 'TYPE_INVALID' },
  { name: 'beneficiaires: distinct bad strings', make: (b) => inList('beneficiaires', b, (i) => `"${i.toString(36)}"`), code: 'FINESS_FORMAT' },
  { name: 'beneficiaires: one FINESS repeated', make: (b) => inList('beneficiaires', b, () => '"750000010"'), code: 'FINESS_DUPLICATE' },
  { name: 'beneficiaires: distinct FINESS, bad keys', make: (b) => inList('beneficiaires', b, (i) => `"${String(100_000_000 + i * 10)}"`), code: 'FINESS_KEY' },
  { name: 'identDMP: numbers repeated', make: (b) => inList('identDMP', b, () => '0'), code: 'TYPE_INVALID' },
  { name: 'piecesJustificatives: {} repeated', make: (b) => inList('piecesJustificatives', b, () => '{}'), code: 'KEY_MISSING' },
  { name: 'piecesJustificatives: one piece repeated', make: (b) => inList('piecesJustificatives', b, () => '{"nomFichier":"a","formatFichier":"XML","typeFichier":"VA"}'), code: 'PIECE_NAME_DUPLICATE' },
  { name: 'piecesJustificatives: distinct bad pieces', make: (b) => inList('piecesJustificatives', b, (i) => `{"nomFichier":${i}}`), code: 'KEY_MISSING' },
  { name: 'lignesImport: {} repeated', make: (b) => inLines(b, () => '{}'), code: 'KEY_MISSING' },
  { name: 'lignesImport: distinct bad requests', make: (b) => inLines(b, (i) => `{"numLigne":${i},"numeroEditeur":"${i}"}`), code: 'KEY_MISSING' },
  { name: 'lignesImport: amounts badly written', make: (b) => inLines(b, (i) => `{"numLigne":${i}.0,"facture":{"montantSegurHTFacture":1}}`), code: 'AMOUNT_DECIMALS' },
  { name: 'every key given twice', make: (b) => `{${repeated(b - 2, (i) => `"k${i}":0,"k${i}":1`)}}`, code: 'JSON_DUPLICATE_KEY' },
  { name: 'wide: unknown keys', make: (b) => `{${repeated(b - 2, (i) => `"k${i}":0`)}}`, code: 'KEY_UNKNOWN' },
  { name: 'deep: arrays 60 deep, side by side', make: (b) => `{"impId":[${repeated(b - 13, () => `${'['.repeat(60)}${']'.repeat(60)}`)}]}`, code: 'IMPID_NOT_NULL' },
  { name: 'deep and wide: objects 30 deep', make: (b) => `{"impId":[${repeated(b - 13, () => `${'{"a":'.repeat(30)}1${'}'.repeat(30)}`)}]}`, code: 'IMPID_NOT_NULL' },
  { name: 'forbidden keys repeated', make: (b) => `{${repeated(b - 2, (i) => `"k${i}":{"__proto__":0}`)}}`, code: 'JSON_FORBIDDEN_KEY' },
];
