/**
 * Zod compiles the parsers of classic `z.object`s with `new Function` unless told not to, and
 * probes for it when such a schema first parses. The library's schemas are `zod/mini`
 * `z.strictObject`s, which Zod interprets (no compiled fast path, no probe); the page turns the
 * compiler off all the same, before any schema is built, so that no schema it ever parses —
 * a classic one included — probes for eval: its Content-Security-Policy forbids eval, and the
 * browser reports even a caught probe. The page is an application and owns its Zod's global
 * settings, which `zod` and `zod/mini` share; the library itself never calls `z.config()`.
 *
 * Import this module first. Its export is used so that the bundler cannot drop it (the
 * package declares `sideEffects: false`).
 *
 * @module
 */
import * as z from 'zod/mini';

/**
 * True once Zod runs without `new Function` (always, after this module ran).
 *
 * @example
 * ```ts
 * document.documentElement.dataset.zodJitless = String(ZOD_JITLESS); // 'true'
 * ```
 */
export const ZOD_JITLESS: boolean = z.config({ jitless: true }).jitless === true;
