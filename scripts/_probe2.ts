import * as z from 'zod/mini';
import { finessSchema, beneficiairesSchema } from '../src/schema/fields.js';
const N = 1_000_000;
for (const [name, gen] of [['valid', (i: number) => '750000010'], ['x', (i: number) => 'x'], ['xi', (i: number) => 'x' + i], ['num', (i: number) => i]] as const) {
  const items = Array.from({ length: N }, (_, i) => gen(i));
  let t = performance.now();
  let bad = 0;
  for (const it of items) if (!finessSchema.safeParse(it).success) bad++;
  const per = (performance.now() - t);
  t = performance.now();
  const arr = z.array(finessSchema);
  let issues = 0;
  for (let k = 0; k < N; k += 1000) { const r = arr.safeParse(items.slice(k, k + 1000)); if (!r.success) issues += r.error.issues.length; }
  console.log(name, 'per-item safeParse', per.toFixed(0), 'ms', bad, 'chunked array', (performance.now() - t).toFixed(0), 'ms', issues);
}
