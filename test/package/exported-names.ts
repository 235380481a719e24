/**
 * The names each entry of the package exports, values and types, read from the sources with
 * the TypeScript compiler (the entries' `.d.ts` are built from these files by tsup).
 *
 * @module
 */
import ts from 'typescript';

/** The source file of each entry of `package.json`'s `exports` (as tsup.config.ts builds them). */
export const ENTRY_SOURCES = {
  'segur-sgl-solde': 'src/index.ts',
  'segur-sgl-solde/zip': 'src/zip/index.ts',
  'segur-sgl-solde/node': 'src/node/index.ts',
  'segur-sgl-solde/pieces': 'src/pieces/index.ts',
  'segur-sgl-solde/descriptions': 'src/schema/descriptions.ts',
} as const;

/** An entry's exported names, sorted: `values` (usable at run time) and `types` (types only). */
export interface ExportedNames {
  values: string[];
  types: string[];
}

/**
 * The exported names of every entry.
 *
 * @example
 * ```ts
 * exportedNames('/path/to/repo')['segur-sgl-solde/node'].values; // ['checkPiecesZipFile', …]
 * ```
 */
export function exportedNames(root: string): Record<keyof typeof ENTRY_SOURCES, ExportedNames> {
  const files = Object.values(ENTRY_SOURCES).map((file) => `${root}/${file}`);
  const program = ts.createProgram(files, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const out = {} as Record<keyof typeof ENTRY_SOURCES, ExportedNames>;
  for (const [entry, file] of Object.entries(ENTRY_SOURCES) as [keyof typeof ENTRY_SOURCES, string][]) {
    const source = program.getSourceFile(`${root}/${file}`);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`cannot read ${file}`);
    const names: ExportedNames = { values: [], types: [] };
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      (target.flags & ts.SymbolFlags.Value ? names.values : names.types).push(symbol.name);
    }
    names.values.sort();
    names.types.sort();
    out[entry] = names;
  }
  return out;
}
