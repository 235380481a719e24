/**
 * Running a test body under another machine time zone (`process.env.TZ`), for the days a zone
 * skipped. Node reads a new `TZ` at once in its main thread and in a forked worker (vitest's
 * default pool), not in a worker thread: Stryker's runners are threads, and their zone is fixed
 * before they start (`stryker.config.mjs`), so `vitest.stryker.config.ts` sets
 * `SEGUR_MACHINE_ZONE_FIXED` and these tests stand aside there — said, not guessed, so that
 * `npm test` can never skip them silently. The browser run has its own zone and no `process`.
 *
 * @module
 */
import { expect } from 'vitest';

/**
 * Whether this run can change the machine's zone for one test.
 *
 * @example
 * ```ts
 * describe.runIf(MACHINE_ZONE_CAN_CHANGE)('under Samoa', () => {});
 * ```
 */
export const MACHINE_ZONE_CAN_CHANGE =
  typeof process !== 'undefined' && typeof process.versions.node === 'string' && process.env.SEGUR_MACHINE_ZONE_FIXED !== '1';

/**
 * Runs `body` with the machine's zone set to `zone`, checked to be in force, then puts the
 * zone back.
 *
 * @example
 * ```ts
 * underMachineZone('Pacific/Apia', () => expect(new Date(2011, 11, 30).getDate()).not.toBe(30));
 * ```
 */
export function underMachineZone(zone: string, body: () => void): void {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone); // the zone is in force
    body();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
