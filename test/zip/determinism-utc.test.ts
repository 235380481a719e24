// The time zone is set before anything reads the clock: the zip's bytes may not depend on it.
process.env.TZ = 'UTC';

import { describe, expect, it } from 'vitest';
import { GOLDEN_SHA256, goldenHash } from './helpers/golden.js';

describe('buildPiecesZip is deterministic (TZ=UTC)', () => {
  it('runs under UTC', () => {
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(0);
  });

  it('gives the golden bytes, twice', async () => {
    expect(await goldenHash()).toBe(GOLDEN_SHA256);
    expect(await goldenHash()).toBe(GOLDEN_SHA256);
  });
});
