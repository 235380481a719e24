import { describe, expect, it, vi } from 'vitest';
import { readJsonText } from '../../src/read/read-json-text.js';

// lossless-json only words syntax errors; here it is made to accept what the engine refuses.
vi.mock('lossless-json', async (importOriginal) => ({ ...(await importOriginal<typeof import('lossless-json')>()), parse: () => ({}) }));

describe('readJsonText when lossless-json accepts a text the engine refuses', () => {
  it('keeps the engine’s own message', () => {
    const result = readJsonText('{"a": }', { maxBytes: 1000, maxDepth: 64 });
    expect(result.parsed).toBe(false);
    expect(result.findings[0]?.code).toBe('JSON_SYNTAX');
    expect(result.findings[0]?.params.detail).toMatch(/JSON/);
    expect(result.findings[0]?.params.detail).not.toMatch(/Quoted object key/);
  });
});
