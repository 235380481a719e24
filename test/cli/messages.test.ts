import { describe, expect, it } from 'vitest';
import { cliText, type CliText } from '../../src/cli/messages.js';

/** Calls a sentence with sample arguments of the right kinds. */
function say(sentence: CliText[keyof CliText]): string {
  if (typeof sentence === 'string') return sentence;
  const call = sentence as (...args: unknown[]) => string;
  return call(...Array.from({ length: call.length }, (_, i) => (i === 0 ? 'x.json' : 7)));
}

describe('the command’s sentences', () => {
  const fr = cliText('fr');
  const en = cliText('en');

  it('exist in French and English, each its own words', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr) as (keyof CliText)[]) {
      const [f, e] = [say(fr[key]), say(en[key])];
      expect(f, key).not.toBe('');
      expect(e, key).not.toBe('');
      expect(f, key).not.toBe(e);
    }
  });

  it('say how large a file is when its size is known, and that it is larger than the limit when not', () => {
    expect(fr.tooLarge('a', 10, 25)).toContain('(25 octets, au-delà de la limite de 10 octets');
    expect(fr.tooLarge('a', 10, undefined)).toContain('(plus de 10 octets, au-delà de la limite de 10 octets');
    expect(en.tooLarge('a', 10, 25)).toContain('(25 bytes, over the limit of 10 bytes');
    expect(en.tooLarge('a', 10, undefined)).toContain('(more than 10 bytes, over the limit of 10 bytes');
  });
});
