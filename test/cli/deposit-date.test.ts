import { describe, expect, it } from 'vitest';
import { depositDateOf, UsageError } from '../../src/cli/args.js';
import { underMachineZone } from '../helpers/machine-zone.js';

const message = (v: string) => `bad ${v}`;

describe('depositDateOf: --deposit-date', () => {
  it('reads JJ/MM/AAAA and AAAA-MM-JJ as noon in Paris that day', () => {
    expect(depositDateOf('20/03/2024', message).toISOString()).toBe('2024-03-20T11:00:00.000Z');
    expect(depositDateOf('2024-03-20', message).toISOString()).toBe('2024-03-20T11:00:00.000Z');
    expect(depositDateOf('31/03/2024', message).toISOString()).toBe('2024-03-31T10:00:00.000Z');
  });

  it('is now when not given', () => {
    const before = Date.now();
    const now = depositDateOf(undefined, message).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it.each(['', '20.03.2024', '30/02/2024', '2023-02-29', '2024-3-20', '20/03/24'])('refuses %j with the message given', (value) => {
    expect(() => depositDateOf(value, message)).toThrow(UsageError);
    expect(() => depositDateOf(value, message)).toThrow(`bad ${value}`);
  });

  it('refuses, with a usage error that says why, a day this machine’s zone skipped', () => {
    underMachineZone('Pacific/Kiritimati', () => {
      expect(() => depositDateOf('31/12/1994', message)).toThrow(UsageError);
      expect(() => depositDateOf('31/12/1994', message)).toThrow(/^bad 31\/12\/1994 Noon in Paris on 1994-12-31 cannot be placed/);
      expect(depositDateOf('30/12/1994', message).toISOString()).toBe('1994-12-30T11:00:00.000Z');
    });
  });
});
