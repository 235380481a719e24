/** Reads a parts argument that plain JavaScript callers may give as anything (a missing part then fails its own check). */
export function asParts<T>(given: unknown): Partial<T> {
  return typeof given === 'object' && given !== null ? given : {};
}
