import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/read/finding.js';
import { readJsonText } from '../../src/read/read-json-text.js';

describe('readJsonText with `out`: findings pushed as found, none gathered', () => {
  const limits = { maxBytes: 1000, maxDepth: 2 };
  const read = (text: string, maxBytes = 1000) => {
    const out: Finding[] = [];
    const result = readJsonText(text, { ...limits, maxBytes }, out);
    return { codes: out.map((f) => f.code), findings: result.findings, parsed: result.parsed };
  };

  it('gives only the depth of a text too deep, what came before it dropped', () => {
    expect(read('{"a": 1, "a": 2, "b": [[[]]]}')).toEqual({ codes: ['JSON_TOO_DEEP'], findings: [], parsed: false });
  });

  it('gives the size, the BOM, the syntax and the keys to `out`', () => {
    expect(read('{"a": 1}', 3).codes).toEqual(['INPUT_TOO_LARGE']);
    expect(read('\uFEFF{"a": 1, "a": 2}')).toEqual({ codes: ['BOM_PRESENT', 'JSON_DUPLICATE_KEY'], findings: [], parsed: true });
    expect(read('{"a": }').codes).toEqual(['JSON_SYNTAX']);
  });
});
