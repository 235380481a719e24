/**
 * The error classes' brand check across the package's two builds (run after `npm run build`):
 * an application that loads both `dist/index.js` (ESM) and `dist/index.cjs` (CommonJS) has two
 * copies of each class, so `instanceof` fails across them; `SoldeValidationError.is` and
 * `SoldeUsageError.is` do not.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
type Library = typeof source;

async function builds(): Promise<{ esm: Library; cjs: Library }> {
  for (const file of ['index.js', 'index.cjs']) if (!existsSync(join(DIST, file))) throw new Error(`dist/${file} is missing: run "npm run build" first`);
  const esm = (await import(pathToFileURL(join(DIST, 'index.js')).href)) as Library;
  const cjs = createRequire(import.meta.url)(join(DIST, 'index.cjs')) as Library;
  return { esm, cjs };
}

/** A real validation error, thrown by the library itself (an empty file cannot be written). */
function validationErrorOf(lib: Library): unknown {
  try {
    new lib.SoldeFileBuilder({ numeroAns: 'ANS0000001', siret: '73282932000074' }).toJSON({ depositDate: new Date('2024-03-20T10:00:00Z') });
  } catch (error) {
    return error;
  }
  throw new Error('toJSON did not throw');
}

/** A real usage error, thrown by the library itself. */
function usageErrorOf(lib: Library): unknown {
  try {
    lib.pieceFileName({ typeFichier: 'X' as source.TypeFichier, numeroEditeur: '00001', formatFichier: 'PDF' });
  } catch (error) {
    return error;
  }
  throw new Error('pieceFileName did not throw');
}

// Loading both builds takes a while on a busy machine.
describe('SoldeValidationError.is / SoldeUsageError.is across the ESM and CJS builds', { timeout: 30_000 }, () => {
  it('the two builds have distinct classes: instanceof fails across them (why the brand exists)', async () => {
    const { esm, cjs } = await builds();
    expect(esm.SoldeValidationError).not.toBe(cjs.SoldeValidationError);
    expect(validationErrorOf(esm) instanceof cjs.SoldeValidationError).toBe(false);
  });

  it('recognises an error of either build with the other build’s class', async () => {
    const { esm, cjs } = await builds();
    for (const [thrower, checker] of [[esm, cjs], [cjs, esm], [esm, esm], [cjs, cjs], [esm, source], [source, cjs]] as const) {
      const validation = validationErrorOf(thrower);
      const usage = usageErrorOf(thrower);
      expect(checker.SoldeValidationError.is(validation)).toBe(true);
      expect(checker.SoldeUsageError.is(usage)).toBe(true);
      expect(checker.SoldeValidationError.is(usage)).toBe(false);
      expect(checker.SoldeUsageError.is(validation)).toBe(false);
      if (checker.SoldeValidationError.is(validation)) expect(validation.issues.map((i) => i.code)).toContain('LINES_EMPTY');
      if (checker.SoldeUsageError.is(usage)) expect(usage.code).toBe('ARGUMENT_INVALID');
    }
  });

  it('says no to anything else: other errors, look-alikes, primitives', async () => {
    const { esm, cjs } = await builds();
    for (const lib of [esm, cjs]) {
      for (const value of [new Error('x'), { name: 'SoldeValidationError', issues: [] }, { code: 'LINE_CAP' }, null, undefined, 'SoldeUsageError', 42]) {
        expect(lib.SoldeValidationError.is(value)).toBe(false);
        expect(lib.SoldeUsageError.is(value)).toBe(false);
      }
    }
  });
});

describe('the brand, in the source', () => {
  it('is invisible: not enumerable, not in JSON, not in a deep equality', () => {
    const error = new source.SoldeUsageError('LINE_CAP', '201');
    expect(Object.keys(error)).toEqual(['name', 'code']);
    expect(JSON.stringify(error)).toBe('{"name":"SoldeUsageError","code":"LINE_CAP"}');
    expect(Object.getOwnPropertySymbols(error).map(String)).toEqual(['Symbol(segur-sgl-solde.SoldeUsageError)']);
    expect(source.SoldeValidationError.is(new source.SoldeValidationError([]))).toBe(true);
  });

  it('follows subclasses', () => {
    class Mine extends source.SoldeValidationError {}
    expect(source.SoldeValidationError.is(new Mine([]))).toBe(true);
    expect(source.SoldeUsageError.is(new Mine([]))).toBe(false);
  });
});
