import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// scripts/ensure-chromium.sh, run before `npm test` and by .ci/run: the browser tests' Chromium is there, or installed,
// or the run stops before any test with what to do.
const ensure = (chromiumPath: string): { status: number | null; stderr: string } => {
  const run = spawnSync('bash', ['scripts/ensure-chromium.sh'], { env: { ...process.env, CHROMIUM_PATH: chromiumPath }, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
};

describe('scripts/ensure-chromium.sh', () => {
  it('does nothing when the Chromium it is pointed at is there', () => {
    expect(ensure(process.execPath)).toEqual({ status: 0, stderr: '' });
  });

  it('stops with what to do when it is not, and installs nothing in place of a path the caller chose', () => {
    const { status, stderr } = ensure('/nonexistent/chromium');
    expect(status).toBe(1);
    expect(stderr).toContain('Chromium at /nonexistent/chromium');
    expect(stderr).toContain('apt-get install --no-install-recommends chromium');
    expect(stderr).not.toContain('installing');
  });
});
