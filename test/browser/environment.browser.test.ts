/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { soldeJsonFileName } from '../../src/index.js';
import { GOLDEN_SHA256, goldenHash } from '../zip/helpers/golden.js';

describe('the browser run', () => {
  it('is real Chromium, with none of Node’s globals', () => {
    expect(navigator.userAgent).toMatch(/HeadlessChrome\/\d+/);
    const g = globalThis as { process?: unknown; Buffer?: unknown; require?: unknown; global?: unknown };
    expect({ process: typeof g.process, Buffer: typeof g.Buffer, require: typeof g.require, global: typeof g.global }).toEqual({
      process: 'undefined',
      Buffer: 'undefined',
      require: 'undefined',
      global: 'undefined',
    });
  });

  it('runs in the zone the config gives the page, neither Paris nor UTC', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(zone).toBe(import.meta.env.TZ);
    expect(['Europe/Paris', 'UTC', 'Etc/UTC']).not.toContain(zone);
    // Paris is UTC+1 in winter, UTC+2 in summer: the page's offset differs from it in at least one of them.
    const offsets = [new Date('2024-01-15T12:00:00Z').getTimezoneOffset(), new Date('2024-07-15T12:00:00Z').getTimezoneOffset()];
    expect(offsets).not.toEqual([-60, -120]);
  });

  it('names a deposit by its day in Paris, also at the hours when the page’s own day is another', () => {
    // The oracle: Intl's own Paris calendar (en-CA writes YYYY-MM-DD).
    const paris = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
    const parisStamp = (d: Date): string => paris.format(d).replaceAll('-', '');
    const localStamp = (d: Date): string => `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
    // Every half hour of two days around the spring-forward night in Paris (31/03/2024).
    const instants = Array.from({ length: 96 }, (_, i) => new Date(Date.UTC(2024, 2, 30, 0, 30 * i)));
    const names = instants.map((d) => soldeJsonFileName({ numeroAns: 'ANS0000001', depositDate: d, sequence: 1 }));
    expect(names).toEqual(instants.map((d) => `JSON-ANS0000001-${parisStamp(d)}-001.json`));
    // …which proves something only if the page’s own calendar gives another day at some of them.
    expect(instants.filter((d) => localStamp(d) !== parisStamp(d)).length).toBeGreaterThan(0);
  });
});

describe('buildPiecesZip in the browser', () => {
  it('writes the golden bytes, byte for byte those Node writes under every zone', async () => {
    expect(await goldenHash()).toBe(GOLDEN_SHA256);
  });
});
