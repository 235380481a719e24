import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { worstCases } from '../../scripts/bench-zip-worst.js';
import { checkPiecesZipFile } from '../../src/node/index.js';
import { checkPiecesZip } from '../../src/zip/index.js';
import { DEPOSIT } from '../helpers/valid-file.js';
import { tempDir } from './helpers.js';

/** The worst cases of scripts/bench-zip-worst.ts at small counts: verdicts and progress (their time and memory are the benchmark's). */
describe('the zip check’s worst cases, small', () => {
  const expected: [number, string[]][] = [
    [16, []],
    [16, []],
    [80, []],
    [4, []],
    [0, ['ZIP_TOO_LARGE', 'ZIP_INVALID']],
    [0, ['ZIP_TOO_LARGE', 'ZIP_INVALID']],
  ];

  it.each(worstCases('small').map((c, i) => [c.name, c, ...(expected[i] ?? [])] as const))('%s', async (_name, worst, progressCalls, zipCodes) => {
    const dir = await tempDir();
    await worst.make(dir);
    const json = await readFile(join(dir, 'deposit.json'), 'utf8');
    const path = join(dir, 'deposit.zip');
    let calls = 0;
    const options = {
      depositDate: DEPOSIT,
      onProgress: () => {
        calls++;
      },
    };
    const report = worst.fromFile ? await checkPiecesZipFile(path, json, options) : await checkPiecesZip(await readFile(path), json, options);
    expect(calls).toBe(progressCalls);
    // The JSONs name XML pieces under names of other formats on purpose: only those errors, and the zip's own.
    expect(report.issues.filter((i) => i.code.startsWith('ZIP_')).map((i) => i.code)).toEqual(zipCodes);
  });
});
