import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { worstCases } from '../../scripts/bench-zip-worst.js';
import { checkPiecesZipFile } from '../../src/node/index.js';
import { checkPiecesZip } from '../../src/zip/index.js';
import { DEPOSIT } from '../helpers/valid-file.js';
import { MAX_CHECKED_PIECES } from '../../src/zip/inspect-entries.js';
import { bigXml, xmlBombZip, xmlDeposit } from '../zip/helpers/worst.js';
import { tempDir } from './helpers.js';
import { param } from '../helpers/issue-params.js';

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

  const cases = worstCases('small').map((c, i) => {
    const [calls, codes] = expected[i] as [number, string[]];
    return [c.name, c, calls, codes] as const;
  });

  it.each(cases)('%s', async (_name, worst, progressCalls, zipCodes) => {
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

describe('the zip check’s bound on the pieces it inflates', () => {
  it('inflates no more pieces than a valid JSON can name, and says so', async () => {
    expect(MAX_CHECKED_PIECES).toBe(2000);
    const { json, names } = xmlDeposit(200, 11);
    const zip = xmlBombZip(names, 100);
    let calls = 0;
    const report = await checkPiecesZip(zip, json, {
      depositDate: DEPOSIT,
      locale: 'en',
      onProgress: () => {
        calls++;
      },
    });
    expect(calls).toBe(2200);
    const zipIssues = report.issues.filter((i) => i.code.startsWith('ZIP_'));
    expect(zipIssues.map((i) => [i.code, i.path.join('.'), param(i, 'count'), param(i, 'limit')])).toEqual([['ZIP_TOO_MANY_PIECES', 'zip', 2200, 2000]]);
    expect(zipIssues[0]?.message).toBe(
      'The JSON names 2200 pieces found in the zip, more than the 2000 a valid deposit can name (200 requests × 2 types × 5 extensions): the content of the others is not checked.',
    );
    expect(bigXml(100).length).toBe(100);
  });
});
