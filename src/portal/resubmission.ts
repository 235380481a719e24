import type { SoldeFile } from '../schema/layout.js';
import type { AspReturn, AspVerdict } from './read-asp-return.js';

/**
 * The file to send again after a return: only the requests with the given verdicts (the
 * rejected ones by default), in their order, renumbered from 1, with `impId`,
 * `codeTraitement` and `libelleTraitement` reset to `null`. Every other field is kept as
 * returned, for the user to correct; validate the result before sending it.
 *
 * @example
 * ```ts
 * const ret = readAspReturn(text);
 * const again = resubmissionFile(ret);
 * console.log(validateSoldeFile(again, { depositDate: new Date() }).issues);
 * ```
 */
export function resubmissionFile(ret: AspReturn, verdicts: readonly AspVerdict[] = ['rejected']): SoldeFile {
  const lignesImport = ret.requests
    .filter((r) => verdicts.includes(r.verdict))
    .map((r, i) => ({ ...r.line, numLigne: i + 1, codeTraitement: null, libelleTraitement: null }));
  return { impId: null, numeroAns: ret.numeroAns, SIRET: ret.SIRET, lignesImport } as SoldeFile;
}
