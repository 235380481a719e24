import { describe, expect, it } from 'vitest';
import { jsonTypeName, jsonTypeOf } from '../../src/read/json-type.js';

describe('JSON type names', () => {
  it('names a value’s JSON type, null and arrays apart', () => {
    expect([jsonTypeOf(null), jsonTypeOf([]), jsonTypeOf({}), jsonTypeOf('x'), jsonTypeOf(1), jsonTypeOf(undefined)]).toEqual(['null', 'array', 'object', 'string', 'number', 'undefined']);
  });

  it('takes Zod’s expected type only when it is a JSON type, never a name from Object’s prototype', () => {
    expect([jsonTypeName('number'), jsonTypeName('array'), jsonTypeName('null')]).toEqual(['number', 'array', 'null']);
    expect([jsonTypeName('date'), jsonTypeName('int'), jsonTypeName('toString'), jsonTypeName('constructor'), jsonTypeName('__proto__')]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
