import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesTableMarkdown } from '../../scripts/codes-table-markdown.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('holds the current table of issue codes (npx tsx scripts/codes-table.ts)', () => {
    expect(readme).toContain(`<!-- codes:start -->\n${codesTableMarkdown()}\n<!-- codes:end -->`);
  });

  it('stands alone: names FORMAT.md (not in the package) only to explain ISSUE_CODES’ section values', () => {
    const lines = readme.split('\n').filter((line) => line.includes('FORMAT.md'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('ISSUE_CODES[code].section');
    // Every « decision §N » the README cites is one of its numbered decisions.
    const decisions = new Set([...readme.matchAll(/^### (§\d+) /gm)].map((m) => m[1]));
    expect([...decisions]).toEqual(['§1', '§2', '§3', '§4', '§5', '§6']);
    const cited = new Set([...readme.matchAll(/decision (§\d+)/g)].map((m) => m[1]));
    expect([...cited].filter((d) => !decisions.has(d))).toEqual([]);
  });

  it('points to no file of the project that the package does not ship, as if it did (a sample CSV, a screenshot)', () => {
    expect(readme).not.toMatch(/(?<![\w/])examples\/|docs\/web-page\.png|\.png\)/);
  });

  it('has no relative link or image: npm shows the README without the project beside it', () => {
    const targets = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].map((m) => m[1] ?? '');
    expect(targets.filter((t) => !/^(https?:|mailto:|#)/.test(t))).toEqual([]);
  });

  it('gives the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
  });
});
