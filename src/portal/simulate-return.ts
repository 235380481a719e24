import { ISSUE_CODES } from '../issues/codes.js';
import type { Issue } from '../issues/types.js';
import type { ValidationReport } from '../issues/types.js';
import { LigneImportSchema } from '../schema/layout.js';
import { serializeSoldeFile } from '../serialize/serialize-file.js';
import { validateSoldeFile } from '../validate/validate-file.js';
import type { ValidateOptions } from '../validate/options.js';
import { ACCEPTED_LABEL } from './read-asp-return.js';

/** What the portal would do with a file, under our own checks. */
export interface SimulatedReturn {
  /** True when the portal's first check would refuse the whole file: no file is returned then. */
  fileRefused: boolean;
  /** The validation behind the simulation. */
  report: ValidationReport;
  /** The returned file's text (absent when the file is refused whole). */
  text?: string;
}

/** The `impId` written in a simulated return. */
export const SIMULATED_IMP_ID = 'SIMULATION';
/** The `codeTraitement` of an accepted request in a simulated return (codes are ours, not the ASP's). */
export const SIMULATED_ACCEPTED_CODE = 'OK';

const LINE_KEYS = Object.keys(LigneImportSchema.shape);

/** Orders a request's issues as the portal would meet them: by the position of their field in the request. */
function wireOrder(a: Issue, b: Issue): number {
  const len = Math.max(a.path.length, b.path.length);
  for (let i = 2; i < len; i++) {
    const pa = a.path[i];
    const pb = b.path[i];
    if (pa === pb) continue;
    if (pa === undefined) return -1;
    if (pb === undefined) return 1;
    const ra = typeof pa === 'number' ? pa : i === 2 ? LINE_KEYS.indexOf(pa) : 0;
    const rb = typeof pb === 'number' ? pb : i === 2 ? LINE_KEYS.indexOf(pb) : 0;
    if (ra !== rb) return ra - rb;
  }
  return 0;
}

/**
 * Writes a file as the portal would return it under OUR checks (the codes are ours, not the
 * ASP's): refused whole on a structure error; otherwise every request gets
 * `codeTraitement` = the code of its first error (in the order of its fields, as the portal
 * stops at the first) and `libelleTraitement` = its French message, or `"OK"` and
 * "Demande acceptée"; `impId` is `"SIMULATION"`.
 *
 * @example
 * ```ts
 * const sim = simulatePortalReturn(text, { depositDate: new Date() });
 * if (sim.text === undefined) console.log('fichier refusé en entier');
 * else writeFileSync('retour-simule.json', sim.text);
 * ```
 */
export function simulatePortalReturn(input: unknown, options: ValidateOptions = {}): SimulatedReturn {
  const report = validateSoldeFile(input, options);
  const file = report.file;
  if (report.summary.fileRefused || file === undefined) return { fileRefused: true, report };
  const lignesImport = file.lignesImport.map((line, index) => {
    const errors = report.issues
      .filter((i) => i.severity === 'error' && ISSUE_CODES[i.code].scope === 'request' && i.path[1] === index)
      .sort(wireOrder);
    const first = errors[0];
    return {
      ...line,
      codeTraitement: first ? first.code : SIMULATED_ACCEPTED_CODE,
      libelleTraitement: first ? first.message : ACCEPTED_LABEL,
    };
  });
  const returned = { ...file, impId: SIMULATED_IMP_ID, lignesImport };
  return { fileRefused: false, report, text: serializeSoldeFile(returned as unknown as typeof file, { strictAmounts: false }) };
}
