import { expect } from 'vitest';
import { SoldeValidationError, type Issue } from '../../src/index.js';

/** The error of the given class that `fn` throws (any other outcome fails the test). */
export function thrownBy<E extends Error>(fn: () => unknown, type: abstract new (...args: never[]) => E): E {
  try {
    fn();
  } catch (err) {
    if (err instanceof type) return err;
    throw err;
  }
  throw new Error(`expected a ${type.name}`);
}

/** The issues of the `SoldeValidationError` a promise rejects with (any other outcome fails the test). */
export async function refusal(promise: Promise<unknown>): Promise<Issue[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SoldeValidationError);
  return (error as SoldeValidationError).issues;
}
