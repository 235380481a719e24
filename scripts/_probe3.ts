import * as z from 'zod/mini';
const P = /^[0-9][0-9A-Z][0-9]{7}$/;
const N = 1_000_000;
const s1 = z.string().check(z.superRefine((v: string, ctx) => { if (!P.test(v)) ctx.addIssue({ code: 'custom', message: 'm', params: { code: 'X' } }); }));
const s2 = z.string().check(z.refine((v: string) => P.test(v)));
for (const [name, s] of [['superRefine', s1], ['refine', s2]] as const) {
  const items = Array.from({ length: N }, (_, i) => 'x' + i);
  let t = performance.now();
  const arr = z.array(s);
  let issues = 0;
  for (let k = 0; k < N; k += 1000) { const r = arr.safeParse(items.slice(k, k + 1000)); if (!r.success) issues += r.error.issues.length; }
  console.log(name, 'chunked array', (performance.now() - t).toFixed(0), 'ms', issues);
  t = performance.now();
  issues = 0;
  for (let k = 0; k < N; k += 1000) { const r = arr.safeParse(items.slice(k, k + 1000), { reportInput: false } as never); if (!r.success) issues += r.error.issues.length; }
  console.log(name, 'again', (performance.now() - t).toFixed(0), 'ms', issues);
  t = performance.now();
  let c = 0;
  for (const it of items) if (!P.test(it)) c++;
  console.log('own', (performance.now() - t).toFixed(0), 'ms', c);
}
