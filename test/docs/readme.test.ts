import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesTableMarkdown } from '../../scripts/codes-table-markdown.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('holds the current table of issue codes (npx tsx scripts/codes-table.ts)', () => {
    expect(readme).toContain(`<!-- codes:start -->\n${codesTableMarkdown()}\n<!-- codes:end -->`);
  });

  it('gives the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
  });
});
