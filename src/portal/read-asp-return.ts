import { SoldeValidationError } from '../issues/error.js';
import { buildReport, issueOf } from '../issues/make-issue.js';
import { localeMessages } from '../issues/locales/registry.js';
import type { Issue, Locale } from '../issues/types.js';
import { finding, type Finding } from '../read/finding.js';
import { jsonTypeOf } from '../read/json-type.js';
import { readJsonText } from '../read/read-json-text.js';
import { toPlain } from '../read/to-plain.js';
import type { SoldeFile } from '../schema/layout.js';
import { serializeSoldeFile } from '../serialize/serialize-file.js';
import { asArray, asObject } from '../validate/lenient.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH } from '../validate/options.js';

/** What the portal said of one request. */
export type AspVerdict = 'accepted' | 'rejected' | 'pending';

/** One request of a file returned by the portal. */
export interface AspReturnRequest {
  /** 0-based index in `lignesImport`. */
  index: number;
  numLigne: unknown;
  numeroEditeur: unknown;
  numeroASP: unknown;
  codeTraitement: unknown;
  libelleTraitement: unknown;
  /** `accepted` ("Demande acceptée"), `rejected` (any other label or code), `pending` (both null). */
  verdict: AspVerdict;
  /** The request as returned (plain JSON values), to resubmit it once corrected. */
  line: Record<string, unknown>;
}

/** A file returned by the portal, read. */
export interface AspReturn {
  /** False when the text could not be read as a returned file (see `issues`). */
  ok: boolean;
  issues: Issue[];
  impId: unknown;
  numeroAns: unknown;
  SIRET: unknown;
  requests: AspReturnRequest[];
}

/** The label of an accepted request, as the guide gives it (§1.2). */
export const ACCEPTED_LABEL = 'Demande acceptée';

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').trim().toLowerCase();
}

/**
 * The verdict of a request from its processing fields.
 *
 * @example
 * ```ts
 * aspVerdict(null, 'Demande acceptée'); // 'accepted'
 * aspVerdict('E12', 'Numéro de dossier inconnu'); // 'rejected'
 * aspVerdict(null, null); // 'pending'
 * ```
 */
export function aspVerdict(codeTraitement: unknown, libelleTraitement: unknown): AspVerdict {
  const label = typeof libelleTraitement === 'string' ? libelleTraitement : '';
  if (normalise(label) === normalise(ACCEPTED_LABEL)) return 'accepted';
  const empty = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
  return empty(codeTraitement) && empty(libelleTraitement) ? 'pending' : 'rejected';
}

/**
 * Reads the file the portal writes back after its second check (`impId` filled, and
 * `codeTraitement` / `libelleTraitement` filled for every request) and returns every request
 * with its verdict. Never throws for its input; a text that cannot be read gives `ok: false`
 * and issues.
 *
 * A return whose amounts the package could not write back exactly is refused too (`ok:
 * false`, each amount located): more than 13 digits before the point or not finite
 * (`99999999999999.99` is read as `…98`, `1e400` as `Infinity`): `AMOUNT_TOO_LARGE` — so
 * that no resubmission file is ever written with a changed amount.
 *
 * @param text - the returned JSON text
 * @example
 * ```ts
 * const ret = readAspReturn(readFileSync('retour.json', 'utf8'));
 * for (const r of ret.requests) console.log(r.numLigne, r.verdict, r.libelleTraitement);
 * ```
 */
export function readAspReturn(text: string, options: { locale?: Locale } = {}): AspReturn {
  const words = localeMessages(options.locale);
  const empty: AspReturn = { ok: false, issues: [], impId: null, numeroAns: null, SIRET: null, requests: [] };
  const read = typeof text === 'string' ? readJsonText(text, { maxBytes: DEFAULT_MAX_BYTES, maxDepth: DEFAULT_MAX_DEPTH }) : undefined;
  const findings: Finding[] = read ? read.findings.filter((f) => f.code !== 'BOM_PRESENT') : [finding('INPUT_UNREADABLE', [], { fault: { kind: 'not-text', type: jsonTypeOf(text) } })];
  const localise = (list: Finding[]): Issue[] => buildReport(list.map((f) => issueOf(f, words)), 0).issues;
  if (!read?.parsed) return { ...empty, issues: localise(findings) };
  const plain = toPlain(read.value, { maxDepth: DEFAULT_MAX_DEPTH, rawKeys: new Set(), reportForbidden: false });
  const root = asObject(plain.value);
  const lines = asArray(root?.lignesImport);
  if (root === undefined) return { ...empty, issues: localise([finding('ROOT_NOT_OBJECT', [], { found: jsonTypeOf(plain.value) })]) };
  if (lines === undefined) return { ...empty, issues: localise([finding('KEY_MISSING', ['lignesImport'], { key: 'lignesImport' })]) };
  const requests: AspReturnRequest[] = [];
  const problems: Finding[] = [...findings, ...plain.findings];
  lines.forEach((raw, index) => {
    const line = asObject(raw);
    if (line === undefined) {
      problems.push(finding('TYPE_INVALID', ['lignesImport', index], { key: 'lignesImport', expected: 'object' }));
      return;
    }
    requests.push({
      index,
      numLigne: line.numLigne,
      numeroEditeur: line.numeroEditeur,
      numeroASP: line.numeroASP,
      codeTraitement: line.codeTraitement ?? null,
      libelleTraitement: line.libelleTraitement ?? null,
      verdict: aspVerdict(line.codeTraitement, line.libelleTraitement),
      line,
    });
  });
  if (problems.length === 0) problems.push(...rewriteProblems(root, requests));
  const issues = localise(problems);
  return { ok: !issues.some((i) => i.severity === 'error'), issues, impId: root.impId ?? null, numeroAns: root.numeroAns, SIRET: root.SIRET, requests };
}

/**
 * The amounts that keep the returned requests from being written back exactly by
 * `serializeSoldeFile` (as the `retour` command writes `resubmissionFile`), located in the
 * returned file. Its other refusals (a key outside the layout) are not the reader's concern.
 */
function rewriteProblems(root: Record<string, unknown>, requests: readonly AspReturnRequest[]): Finding[] {
  const file = { impId: null, numeroAns: root.numeroAns, SIRET: root.SIRET, lignesImport: requests.map((r) => r.line) };
  try {
    serializeSoldeFile(file as SoldeFile, { strictAmounts: false });
    return [];
  } catch (err) {
    // Stryker disable next-line ConditionalExpression: the serializer throws nothing else for a plain JSON value
    if (!(err instanceof SoldeValidationError)) throw err;
    return err.issues.filter((i) => i.code.startsWith('AMOUNT_')).map((i) => finding(i.code, i.path, i.params));
  }
}
