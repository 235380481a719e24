import { describe, expect, it, vi } from 'vitest';
import { readJsonText } from '../../src/read/read-json-text.js';

// Our reader only words syntax errors; here it is made to accept what the engine refuses.
vi.mock('../../src/read/json-syntax-error.js', () => ({ findJsonSyntaxError: () => undefined }));

describe('readJsonText when our syntax reader accepts a text the engine refuses', () => {
  it('says the JSON reader refuses the text, located at the end of the text', () => {
    const result = readJsonText('{"a": }', { maxBytes: 1000, maxDepth: 64 });
    expect(result.parsed).toBe(false);
    expect(result.findings[0]?.code).toBe('JSON_SYNTAX');
    expect(result.findings[0]?.params).toEqual({ line: 1, column: 8, fault: { expected: 'json-text', found: { kind: 'end' } } });
  });
});
