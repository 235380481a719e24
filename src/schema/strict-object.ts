/**
 * Strict objects for the wire layout: `zod/mini` objects that parse with Zod's compiled
 * object parser.
 *
 * `zod/mini` keeps the bundle small (the core's budget is 30 kB gzipped) but its
 * `strictObject` parses with the interpreted `$ZodObject`, about three times slower than
 * the compiled `$ZodObjectJIT` that classic `z.object` uses — and a 200-request file is
 * about a thousand objects. This builds the very same `ZodMiniObject` (same traits, so
 * `instanceof z.ZodMiniObject` holds; same def, so `z.toJSONSchema` reads it unchanged) on
 * top of `$ZodObjectJIT`. The compiled parser honours Zod's `jitless` setting and falls back
 * to the interpreted one where `new Function` is refused (a strict Content-Security-Policy),
 * exactly as classic Zod does.
 *
 * @module
 */
import * as z from 'zod/mini';
// Named imports: `z.core.…` (or `util`) would keep all of Zod's core, its locales included, in a bundle.
import { $constructor, $ZodObjectJIT, type $ZodLooseShape, type $ZodObject, type $strict } from 'zod/v4/core';

type StrictObject<T extends $ZodLooseShape> = z.ZodMiniObject<T, $strict>;

// Annotated so that TypeScript accepts their `init` (an assertion signature) as a call target.
const CompiledObject: $constructor<$ZodObject> = $ZodObjectJIT;
const MiniType: $constructor<z.ZodMiniType> = z.ZodMiniType;

const CompiledMiniObject = $constructor<z.ZodMiniObject>('ZodMiniObject', (inst, def) => {
  CompiledObject.init(inst, def);
  MiniType.init(inst, def);
  // What `ZodMiniObject` adds: its shape, read-only and not enumerable.
  Object.defineProperty(inst, 'shape', { value: def.shape, enumerable: false });
});

/**
 * `z.strictObject(shape)` of `zod/mini`, parsed by Zod's compiled object parser.
 *
 * @param shape - the keys and their schemas, in wire order
 * @returns a `ZodMiniObject` refusing unknown keys
 * @example
 * ```ts
 * const Facture = strictObject({ dateFacture: dateFactureSchema, montantSegurHTFacture: montantSchema });
 * Facture.safeParse({ dateFacture: '15/03/2024', montantSegurHTFacture: 27450 }).success; // true
 * ```
 */
export function strictObject<T extends $ZodLooseShape>(shape: T): StrictObject<T> {
  // The constructor is typed for any shape; the instance is the one `z.strictObject(shape)` would type.
  return new CompiledMiniObject({ type: 'object', shape, catchall: z.never() }) as unknown as StrictObject<T>;
}
