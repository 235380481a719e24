/**
 * Zod compiles its object parsers with `new Function` unless told not to, and probes for
 * it when a schema is built. The page's Content-Security-Policy forbids eval (and the
 * browser reports even the caught probe), so the page — an application, which owns its
 * Zod's global settings — turns the compiler off before any schema of the library is
 * built. The library itself never calls `z.config()`.
 *
 * Import this module first. Its export is used so that the bundler cannot drop it (the
 * package declares `sideEffects: false`).
 *
 * @module
 */
import { z } from 'zod';

/** True once Zod runs without `new Function` (always, after this module ran). */
export const ZOD_JITLESS: boolean = z.config({ jitless: true }).jitless === true;
