import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { localizeIssues, validateSoldeFile } from '../../src/index.js';
import { DEPOSIT } from '../helpers/valid-file.js';
import { foreignWords } from '../helpers/foreign-words.js';

describe('the fixtures of the JSON codes, checked in one language and shown in the other', () => {
  it('give the same issues, re-worded wholly, as checking in the other language', async () => {
    const dir = new URL('../fixtures/invalid/', import.meta.url);
    const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) {
      const text = await readFile(new URL(name, dir), 'utf8');
      const fr = validateSoldeFile(text, { depositDate: DEPOSIT });
      const en = validateSoldeFile(text, { depositDate: DEPOSIT, locale: 'en' });
      expect(localizeIssues(fr.issues, 'en'), name).toEqual(en.issues);
      expect(localizeIssues(en.issues, 'fr'), name).toEqual(fr.issues);
      for (const issue of en.issues) expect(foreignWords(issue.message, 'en'), `${name}: ${issue.message}`).toEqual([]);
      for (const issue of fr.issues) expect(foreignWords(issue.message, 'fr'), `${name}: ${issue.message}`).toEqual([]);
    }
  });
});

