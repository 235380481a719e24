import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, validateSoldeFile } from '../../src/index.js';
import { REPEATS_KEPT } from '../../src/validate/finding-sink.js';
import { DEPOSIT } from '../helpers/valid-file.js';
import { WORST_CASES } from '../helpers/worst-cases.js';
import { param } from '../helpers/issue-params.js';

// The worst cases of `npm run bench:worst`, small (the benchmark times them at 20 MB): what the report says, not how fast.
describe('the worst texts of npm run bench:worst, at 300 kB', { timeout: 60_000 }, () => {
  it.each(WORST_CASES.map((c) => [c.name, c] as const))('%s: located issues, exact counts, a small report', (_name, worst) => {
    const text = worst.make(300_000);
    expect(text.length).toBeGreaterThan(290_000);
    expect(text.length).toBeLessThanOrEqual(300_000);
    const report = validateSoldeFile(text, { depositDate: DEPOSIT });
    // Every case is an error but the FINESS keys (a warning).
    expect(report.ok).toBe(ISSUE_CODES[worst.code].severity === 'warning');
    expect(report.issues.some((i) => i.code === worst.code)).toBe(true);
    expect(report.issues.some((i) => i.code === 'INPUT_UNREADABLE')).toBe(false);
    // At most 20 of a code per request (and per file), besides the summaries.
    const perGroup = new Map<string, number>();
    for (const issue of report.issues) {
      if (issue.code === 'ISSUES_REPEATED') continue;
      const group = issue.path[0] === 'lignesImport' && typeof issue.path[1] === 'number' ? Math.min(issue.path[1], 200) : -1;
      const id = `${group} ${issue.code}`;
      perGroup.set(id, (perGroup.get(id) ?? 0) + 1);
    }
    expect(Math.max(...perGroup.values())).toBeLessThanOrEqual(REPEATS_KEPT);
    expect(JSON.stringify(report.issues).length).toBeLessThan(1_000_000);
    for (const summary of report.issues.filter((i) => i.code === 'ISSUES_REPEATED')) expect(param(summary, 'count')).toBeGreaterThan(REPEATS_KEPT);
  });
});
