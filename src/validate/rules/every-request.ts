import type { CalendarDay } from '../../checks/calendar-date.js';
import type { IssueCode } from '../../issues/codes.js';
import type { Finding } from '../../read/finding.js';
import { MAX_LINES } from '../../schema/fields.js';
import type { FindingGroup, FindingSink } from '../finding-sink.js';
import { requestRules } from './request-rules.js';

/** Whether the group would keep a finding of one of these codes (then they are built, not only counted). */
function keepsAny(group: FindingGroup, codes: ReadonlyMap<IssueCode, number>): boolean {
  for (const code of codes.keys()) if (group.keeps(code)) return true;
  return false;
}

/** How many requests past the 200th have their findings remembered. */
const REMEMBERED = 10_000;

/**
 * {@link requestRules} over every request of the file. A request past the 200th that is the
 * very value of one judged before (a huge text's repeated item, shared by `shrinkJsonText`)
 * gives the same findings at its own index: once the sink only counts them, they are counted
 * without being built again.
 *
 * @example
 * ```ts
 * const sink = new FindingSink();
 * everyRequestRules([{ facture: { dateFacture: '01/01/2099' } }], { year: 2024, month: 3, day: 20 }, sink);
 * ```
 */
export function everyRequestRules(lines: readonly unknown[], depositDay: CalendarDay, sink: FindingSink): void {
  const past = sink.group(['lignesImport', MAX_LINES]);
  const known = new Map<object, Map<IssueCode, number>>();
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is no request
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i < MAX_LINES || typeof line !== 'object' || line === null) {
      requestRules(line, i, depositDay, sink);
      continue;
    }
    const codes = known.get(line);
    if (codes !== undefined && !keepsAny(past, codes)) {
      for (const [code, times] of codes) past.count(code, times);
      continue;
    }
    const found: Finding[] = [];
    requestRules(line, i, depositDay, found);
    for (const f of found) sink.push(f);
    if (codes !== undefined || known.size >= REMEMBERED) continue;
    const counts = new Map<IssueCode, number>();
    for (const f of found) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
    known.set(line, counts);
  }
}
