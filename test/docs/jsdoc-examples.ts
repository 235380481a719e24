/**
 * The `@example` blocks of the JSDoc of src/, as executable documentation (test/docs/examples.test.ts):
 *
 * - **extracted**: every ```` ```ts ```` fence that follows an `@example` tag in a `/** … *\/`
 *   comment of `src/**\/*.ts`;
 * - **made a module**: written to a folder of its own, importing what it names — its own
 *   `import` lines (`'segur-sgl-solde'` and its subpaths resolve to their source, tsup's
 *   entries), plus every export of its own module and of the package's entries
 *   that it uses without importing (an example of `src/names/` may call `pieceFileName` bare);
 *   the placeholder values examples lean on without defining (`builder`, `text`,
 *   `depositDate`…) are declared in it, typed as {@link PRELUDE} says;
 * - **type-checked**: all of them by one `tsc --noEmit`;
 * - **run**, when it shows results: a statement followed on its line (or on the next line,
 *   alone) by a comment that is a JavaScript literal — `pieceFileName(parts); // 'BIO-SGL-…'`,
 *   `x.size; // 0`, `console.log(err.code); // 'ARGUMENT_INVALID'` — is checked against it: a
 *   primitive or array must be equal, an object literal must match the fields it shows, a `…`
 *   in a string stands for any text. An example that uses a placeholder of the prelude is not
 *   run (there is nothing behind it), nor one that uses the file system or child processes, or
 *   whose module does (it would read or write files): those are type-checked only. Every
 *   result comment of a run example must be reached; a result that is only illustrative
 *   (`// ['.segur-solde-4242-a1B2c3']`) takes words after it, which make it prose.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import tsupConfig from '../../tsup.config.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** One `@example` block. */
export interface JsdocExample {
  /** `src/names/piece-file-name.ts:24` — the file, and the line of the block's first code line. */
  where: string;
  file: string;
  /** 1-based line of the first code line in the source file. */
  line: number;
  code: string;
}

/** Every .ts file under src/, sorted. */
export function sourceFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The `@example` blocks of one source text. */
export function examplesOf(file: string, text: string): JsdocExample[] {
  const out: JsdocExample[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i] ?? '')) continue;
    let open = i + 1;
    while (open < lines.length && /^\s*\*\s*$/.test(lines[open] ?? '')) open++;
    if (!/^\s*\*\s*```(ts|typescript)\s*$/.test(lines[open] ?? '')) continue;
    const body: string[] = [];
    let close = open + 1;
    for (; close < lines.length && !/^\s*\*\s*```\s*$/.test(lines[close] ?? ''); close++) {
      if (/^\s*\*\//.test(lines[close] ?? '')) break;
      body.push((lines[close] ?? '').replace(/^\s*\* ?/, ''));
    }
    out.push({ where: `${relative(ROOT, file)}:${open + 2}`, file, line: open + 2, code: body.join('\n') });
    i = close;
  }
  return out;
}

/** Every `@example` block of src/. */
export function allExamples(): JsdocExample[] {
  return sourceFiles().flatMap((file) => examplesOf(file, readFileSync(file, 'utf8')));
}

/**
 * `segur-sgl-solde` and its subpaths → their source, from tsup's library entries (`index` is the
 * package itself, `zip` is `segur-sgl-solde/zip`…): a new entry needs no change here.
 */
export function packageEntries(): Map<string, string> {
  const configs = Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig];
  const entries = new Map<string, string>();
  // Only what package.json exports: a worker's script (dist/pdf-worker.js) is built but not a subpath.
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const exported = new Set(Object.keys(pkg.exports).map((k) => (k === '.' ? 'index' : k.slice(2))));
  for (const config of configs) {
    const entry = (config as { entry?: unknown; platform?: unknown }).entry;
    if ((config as { platform?: unknown }).platform === 'node' || typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
    for (const [name, file] of Object.entries(entry as Record<string, string>)) if (exported.has(name)) entries.set(name === 'index' ? 'segur-sgl-solde' : `segur-sgl-solde/${name}`, join(ROOT, file));
  }
  return entries;
}

/**
 * The placeholders examples use without defining them (`builder.addDemande(durand)`): declared
 * (never defined) in the example's module, for the type check; an example using one is not
 * run. A type is written with `P.` for the package's main entry, or `#src/…` for a module of
 * src/. {@link PRELUDE_BY_PATH} overrides a name where a folder means something else by it.
 */
export const PRELUDE: Readonly<Record<string, string>> = {
  builder: 'P.SoldeFileBuilder',
  text: 'string',
  json: 'string',
  jsonText: 'string',
  name: 'string',
  stdout: 'string',
  error: 'unknown',
  maxZipBytes: 'number',
  csvProblems: 'readonly #src/cli/csv/read-demandes-csv.js#CsvProblem[]',
  cells: '#src/cli/csv/write-demandes-csv.js#CsvCells',
  writeEverything: '(options: { signal: AbortSignal }) => Promise<void>',
  depositDate: 'Date',
  report: 'P.ValidationReport',
  file: 'P.SoldeFile',
  issue: 'P.Issue',
  issues: 'readonly P.Issue[]',
  value: 'unknown',
  demande: 'P.DemandeInput',
  durand: 'P.DemandeInput',
  martin: 'P.DemandeInput',
  demandes: 'P.DemandeInput[]',
  rowsFromBilling: 'readonly unknown[]',
  toDemande: '(row: unknown) => P.DemandeInput',
  numeroAns: 'string',
  siret: 'string',
  pieceSizes: 'P.PieceSizes',
  deposit: 'P.PlannedDeposit',
  deposits: 'readonly P.PlannedDeposit[]',
  zipInput: 'Record<string, Uint8Array>',
  term: '#src/cli/output/terminal.js#Terminal',
  csvDemandes: 'readonly #src/cli/csv/read-demandes-csv.js#CsvDemande[]',
  rows: 'readonly #src/cli/csv/read-demandes-csv.js#CsvDemande[]',
  chunks: 'AsyncIterable<readonly Uint8Array[]>',
  chunk: 'Uint8Array',
  stop: '() => void',
  paths: 'readonly string[]',
  zip: 'Uint8Array',
  zipBytes: 'Uint8Array',
  pngBytes: 'Uint8Array',
  xmlBytes: 'Uint8Array',
  data: 'Uint8Array',
  ligne: 'P.LigneImport',
  path: 'readonly (string | number)[]',
  facturePdf: 'Uint8Array',
  vaPdf: 'Uint8Array',
  bytes: 'Uint8Array',
  signal: 'AbortSignal',
  start: 'number',
  length: 'number',
  declaredSize: 'number',
  source: '#src/zip/byte-source.js#ByteSource',
  entry: '#src/zip/central-directory.js#CentralEntry',
  cd: 'Extract<#src/zip/central-directory.js#CentralDirectory, { ok: true }>',
  local: 'Extract<#src/zip/local-header.js#LocalHeader, { ok: true }>',
  classification: '#src/zip/classify-entries.js#EntryClassification',
  limits: '#src/zip/options.js#ZipLimits',
  declared: 'readonly #src/zip/deposit.js#DeclaredPiece[]',
  piece: '#src/zip/deposit.js#DeclaredPiece',
  plan: '#src/zip/plan.js#PiecesZipPlan',
  options: '#src/zip/options.js#BuildPiecesZipOptions',
};

/** Where a folder (or file) of src/ means something else by a placeholder. */
export const PRELUDE_BY_PATH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'src/zip/': {
    deposit: '#src/zip/deposit.js#Deposit',
    sources: 'Map<string, #src/zip/piece-source.js#PieceSource>',
    // The zip being written (`file.writev(batch)`).
    file: 'import("node:fs/promises").FileHandle',
  },
  'src/zip/binary-input.ts': { file: 'File' },
  'src/zip/inspect-content.ts': {
    issues: 'P.Issue[]',
    directoryOffset: 'number',
    file: 'P.SoldeFile',
    pieces: 'readonly #src/zip/deposit.js#DeclaredPiece[]',
    classification: '#src/zip/classify-entries.js#EntryClassification',
    locale: 'P.Locale',
  },
  'src/pieces/': { piece: 'P.PieceJustificative' },
  // The jszip archive being filled (`zip.file(name, data, options)`).
  'src/zip/generate-zip.ts': { zip: 'import("jszip")' },
  'src/node/file-piece.ts': { zip: 'import("jszip")', watch: '#src/zip/piece-source.js#ContentWatch' },
  'src/zip/deposit.ts': { file: 'P.SoldeFile' },
  'src/cli/': { sources: '#src/cli/commands/build-write.js#PieceSources' },
};

/** The placeholders that hold in `file` (a path relative to the project): {@link PRELUDE} and its overrides, the most specific last. */
export function preludeFor(file: string): Record<string, string> {
  const overrides = Object.keys(PRELUDE_BY_PATH).filter((prefix) => file.startsWith(prefix)).sort((a, b) => a.length - b.length);
  return Object.fromEntries([PRELUDE, ...overrides.map((prefix) => PRELUDE_BY_PATH[prefix] ?? {})].flatMap((table) => Object.entries(table)));
}

/** A placeholder's type as TypeScript (`P.` and `#src/…#Name` made import types). */
export function preludeType(type: string, entries: ReadonlyMap<string, string>): string {
  const main = (entries.get('segur-sgl-solde') ?? '').replace(/\.ts$/, '.js');
  return type.replace(/\bP\.(\w+)/g, `import('${main}').$1`).replace(/#src\/([\w/.-]+)#(\w+)/g, (_all, path: string, name: string) => `import('${join(ROOT, 'src', path)}').${name}`);
}

/** Node's functions examples call bare (`readFileSync(…)`): imported from their module. */
export const NODE_NAMES: Readonly<Record<string, string>> = {
  readFileSync: 'node:fs',
  writeFileSync: 'node:fs',
  statSync: 'node:fs',
  readdirSync: 'node:fs',
  existsSync: 'node:fs',
  createReadStream: 'node:fs',
  readFile: 'node:fs/promises',
  writeFile: 'node:fs/promises',
  stat: 'node:fs/promises',
  open: 'node:fs/promises',
  mkdir: 'node:fs/promises',
  mkdtemp: 'node:fs/promises',
  readdir: 'node:fs/promises',
  rm: 'node:fs/promises',
  join: 'node:path',
  fileURLToPath: 'node:url',
};

/**
 * The names the example's own module imports, and from where (`z` → `zod/mini`): an example
 * is written in its module's context. Relative specifiers are made absolute.
 */
export function moduleImports(file: string): Map<string, { from: string; isDefault: boolean }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const names = new Map<string, { from: string; isDefault: boolean }>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !statement.importClause) continue;
    const spec = statement.moduleSpecifier.text;
    const from = spec.startsWith('.') ? join(dirname(file), spec) : spec;
    const clause = statement.importClause;
    if (clause.name) names.set(clause.name.text, { from, isDefault: true });
    if (clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
      for (const element of clause.namedBindings.elements) {
        if (element.propertyName === undefined) names.set(element.name.text, { from, isDefault: false });
      }
    }
  }
  return names;
}

/** What a result comment becomes: how the value is compared. */
type Mode = 'equal' | 'match';

/** The literal a result comment holds, or `undefined` when it is prose (or holds anything but literals). */
export function resultLiteral(comment: string): string | undefined {
  const m = /^\/\/\s*(?:→\s*)?(.+?)\s*$/.exec(comment);
  if (m?.[1] === undefined) return undefined;
  const source = ts.createSourceFile('c.ts', `(${m[1]});`, ts.ScriptTarget.ES2022, true);
  const [statement] = source.statements;
  if (source.statements.length !== 1 || statement === undefined || !ts.isExpressionStatement(statement)) return undefined;
  if ((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0) return undefined;
  const literal = (node: ts.Node): boolean => {
    if (ts.isParenthesizedExpression(node)) return literal(node.expression);
    if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
    if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
    if (ts.isIdentifier(node)) return node.text === 'undefined';
    if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
    if (ts.isArrayLiteralExpression(node)) return node.elements.every(literal);
    if (ts.isObjectLiteralExpression(node)) return node.properties.every((p) => ts.isPropertyAssignment(p) && literal(p.initializer));
    return false;
  };
  return literal(statement.expression) ? m[1] : undefined;
}

/** A module made of an example, and what the test needs to know of it. */
export interface ExampleModule {
  example: JsdocExample;
  /** The module's text. */
  source: string;
  /** Line of the module where the example's first line is (to map diagnostics back). */
  offset: number;
  /** The placeholders of the prelude it uses (it is run only when there are none). */
  placeholders: string[];
  /** How many result comments it has. */
  checks: number;
  /** Whether it, or its module, uses the file system or child processes: then it is not run. */
  touchesDisk: boolean;
}

/** Modules whose use makes an example one that must not run inside the test (it would read or write files). */
const DISK_MODULES = /^node:(fs|fs\/promises|child_process)$/;

/** Names an example declares itself (variables, functions, classes, parameters, imports). */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) bind(node.name);
    else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name) names.add(node.name.text);
    else if (ts.isImportSpecifier(node) || ts.isNamespaceImport(node) || ts.isImportClause(node)) {
      if (node.name) names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Identifiers an example uses as values or types (not property names after a dot, not object keys). */
function usedNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isMember = ts.isPropertyAccessExpression(parent) && parent.name === node;
      const isKey = (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent)) && parent.name === node;
      const isQualified = ts.isQualifiedName(parent) && parent.right === node;
      if (!isMember && !isKey && !isQualified) names.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** The value a statement shows, when it is followed by a result comment: `[expression text, literal]`. */
function resultOf(statement: ts.Statement, code: string): [string, string] | undefined {
  const trailing = ts.getTrailingCommentRanges(code, statement.end)?.[0];
  let comment = trailing ? code.slice(trailing.pos, trailing.end) : undefined;
  if (comment === undefined) {
    // Alone on the next line, right below the statement.
    const next = /^[ \t]*\r?\n([ \t]*\/\/[^\n]*)/.exec(code.slice(statement.end));
    comment = next?.[1]?.trim();
  }
  const literal = comment === undefined ? undefined : resultLiteral(comment);
  if (literal === undefined) return undefined;
  if (ts.isExpressionStatement(statement)) {
    const expression = statement.expression;
    if (ts.isCallExpression(expression) && expression.getText() .startsWith('console.log(') && expression.arguments.length === 1) {
      return [expression.arguments[0]?.getText() ?? 'undefined', literal];
    }
    return [expression.getText(), literal];
  }
  if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
    const declaration = statement.declarationList.declarations[0];
    if (declaration && ts.isIdentifier(declaration.name)) return [declaration.name.text, literal];
  }
  return undefined;
}

/**
 * The module of one example.
 *
 * @param exportsOf - the names each module exports (its source path → names)
 * @param entries - the package's entries (`segur-sgl-solde/zip` → its source)
 * @param others - the other modules of src/, where a name found nowhere else is looked for
 */
export function exampleModule(example: JsdocExample, exportsOf: (file: string) => readonly string[], entries: ReadonlyMap<string, string>, others: readonly string[] = []): ExampleModule {
  const parsed = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.ES2022, true);
  const declared = declaredNames(parsed);
  const used = usedNames(parsed);
  const free = [...used].filter((n) => !declared.has(n));
  // Auto-imports: the example's own module first, then the package's entries in order.
  const imports = new Map<string, string[]>();
  const taken = new Set<string>();
  const importFrom = (module: string, names: string[]): void => {
    for (const n of names) taken.add(n);
    if (names.length > 0) imports.set(module, [...(imports.get(module) ?? []), ...names]);
  };
  for (const module of [example.file, ...entries.values()]) importFrom(module, exportsOf(module).filter((n) => free.includes(n) && !taken.has(n)));
  for (const [name, module] of Object.entries(NODE_NAMES)) if (free.includes(name) && !taken.has(name)) importFrom(module, [name]);
  const defaults: string[] = [];
  for (const [name, { from, isDefault }] of moduleImports(example.file)) {
    if (!free.includes(name) || taken.has(name)) continue;
    if (isDefault) {
      taken.add(name);
      defaults.push(`import ${name} from '${from}';`);
    } else importFrom(from, [name]);
  }
  for (const module of others) importFrom(module, exportsOf(module).filter((n) => free.includes(n) && !taken.has(n) && !Object.hasOwn(PRELUDE, n)));
  const prelude = preludeFor(relative(ROOT, example.file));
  const placeholders = free.filter((n) => !taken.has(n) && Object.hasOwn(prelude, n));

  // Result comments → checks, replacing their statements (from the last, so that offsets hold).
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) {
      const result = resultOf(node, example.code);
      if (result) {
        const line = parsed.getLineAndCharacterOfPosition(node.getStart()).line + example.line;
        const [expression, literal] = result;
        const mode: Mode = literal.trimStart().startsWith('{') ? 'match' : 'equal';
        const keep = ts.isVariableStatement(node) ? `${node.getText()} ` : '';
        const value = ts.isVariableStatement(node) ? expression : `(${expression})`;
        edits.push({ start: node.getStart(), end: node.end, text: `${keep}__check(${value}, (${literal}), '${mode}', ${line});` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(parsed);
  let body = example.code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  // The example's own imports of the package, to its source.
  body = body.replace(/(from\s+|import\s*\(\s*)'(segur-sgl-solde(?:\/[\w.]+)?)'/g, (all, head: string, name: string) => {
    const target = entries.get(name);
    return target === undefined ? all : `${head}'${target.replace(/\.ts$/, '.js')}'`;
  });

  const head = [
    ...defaults,
    ...[...imports].map(([module, names]) => `import { ${names.join(', ')} } from '${module.startsWith('/') ? module.replace(/\.ts$/, '.js') : module}';`),
    `export const __results: { line: number; mode: 'equal' | 'match'; actual: unknown; expected: unknown }[] = [];`,
    `function __check(actual: unknown, expected: unknown, mode: 'equal' | 'match', line: number): void { __results.push({ line, mode, actual, expected }); }`,
    ...placeholders.map((n) => `declare const ${n}: ${preludeType(prelude[n] ?? 'unknown', entries)};`),
    `// ${example.where}`,
  ];
  const touchesDisk = [...imports.keys(), ...[...moduleImports(example.file).values()].map((i) => i.from), ...[...example.code.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] ?? '')].some((m) => DISK_MODULES.test(m));
  return { example, source: `${head.join('\n')}\n${body}\n`, offset: head.length, placeholders, checks: edits.length, touchesDisk };
}

/** Whether `actual` shows what `expected` says (see the module's comment). */
export function shows(actual: unknown, expected: unknown, partial: boolean): boolean {
  if (typeof expected === 'string' && expected.includes('…') && typeof actual === 'string') {
    const pattern = expected.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
    return new RegExp(`^${pattern}$`).test(actual);
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => shows(actual[i], e, partial));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    const keys = Object.keys(expected);
    if (!partial && Object.keys(actual).length !== keys.length) return false;
    return keys.every((k) => shows((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], partial));
  }
  return Object.is(actual, expected);
}
