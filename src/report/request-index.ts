/**
 * The request an issue is about: its 0-based index in `lignesImport`, read from its wire
 * path (`['lignesImport', 2, 'facture', …]` → 2). A path that does not name a request by a
 * whole, non-negative index (`['lignesImport', '0']`, `-1`, `1.5`, `NaN`, `[]`, `['zip', …]`)
 * names none: the issue is about the file or the zip as a whole.
 *
 * @param issue - an `Issue`, or anything with its wire `path`
 * @returns the index, or `undefined` when the issue is not about one request
 * @example
 * ```ts
 * requestIndex({ path: ['lignesImport', 2, 'facture', 'dateFacture'] }); // 2
 * requestIndex({ path: ['lignesImport', '2'] }); // undefined
 * requestIndex({ path: ['zip', 'notes.txt'] }); // undefined
 * ```
 */
export function requestIndex(issue: { readonly path: readonly (string | number)[] }): number | undefined {
  const [key, index] = issue.path;
  return key === 'lignesImport' && typeof index === 'number' && Number.isSafeInteger(index) && index >= 0 ? index : undefined;
}
