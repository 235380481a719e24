import type { IssueCode } from '../issues/codes.js';
import type { Finding } from '../read/finding.js';
import { finding } from '../read/finding.js';
import { requestIndex } from '../report/request-index.js';
import { MAX_LINES } from '../schema/fields.js';

/** How many findings of one code are kept for one request (or for the file); the others are counted. */
export const REPEATS_KEPT = 20;

/** The findings of one group (a request, the requests past 200, the file), counted per code. */
export interface FindingGroup {
  /** Whether a finding of `code` in this group would be kept, not only counted. */
  keeps(code: IssueCode): boolean;
  /** Counts `times` (default 1) findings of `code` that are not built (call only when `keeps` says no). */
  count(code: IssueCode, times?: number): void;
}

interface Counter {
  path: (string | number)[];
  counts: Map<IssueCode, number>;
}

/**
 * Collects the findings of a validation and keeps the report small whatever the input: of
 * each code, the first {@link REPEATS_KEPT} findings of each request are kept (and those of
 * the file outside any request), the others only counted, and one `ISSUES_REPEATED` finding
 * per request and code gives the exact count. Requests from index {@link MAX_LINES} on (past
 * the 200 a file may hold, refused whole by `LINES_TOO_MANY`) share one group. A finding given
 * twice (same code and path) is kept once.
 *
 * `push` has the shape of an array's, so that rule functions write into a sink or into a plain
 * array alike.
 *
 * @example
 * ```ts
 * const sink = new FindingSink();
 * for (let i = 0; i < 1000; i++) sink.push(finding('FINESS_FORMAT', ['lignesImport', 0, 'beneficiaires', i], { key: 'beneficiaires', value: 'x' }));
 * sink.findings().length; // 21: 20 kept, then one ISSUES_REPEATED with count 1000
 * ```
 */
export class FindingSink {
  readonly #kept: Finding[] = [];
  readonly #ids = new Set<string>();
  readonly #groups = new Map<string, Counter>();
  readonly #codes = new Set<IssueCode>();
  readonly #limit: number;

  /** @param limit - how many findings of one code and group are kept (default {@link REPEATS_KEPT}) */
  constructor(limit: number = REPEATS_KEPT) {
    this.#limit = limit;
  }

  /** Adds one finding (kept or counted). */
  push(f: Finding): void {
    this.#codes.add(f.code);
    const { counts } = this.#counter(f.path);
    const count = counts.get(f.code) ?? 0;
    if (count >= this.#limit) {
      counts.set(f.code, count + 1);
      return;
    }
    const id = `${f.code} ${JSON.stringify(f.path)}`;
    if (this.#ids.has(id)) return;
    this.#ids.add(id);
    this.#kept.push(f);
    counts.set(f.code, count + 1);
  }

  /**
   * The group of the findings at `path`: lets a caller that knows the codes an item would
   * get skip building findings that would only be counted.
   */
  group(path: readonly (string | number)[]): FindingGroup {
    const { counts } = this.#counter(path);
    return {
      keeps: (code) => (counts.get(code) ?? 0) < this.#limit,
      count: (code, times = 1) => {
        counts.set(code, (counts.get(code) ?? 0) + times);
      },
    };
  }

  /** Whether a finding of `code` was given. */
  has(code: IssueCode): boolean {
    return this.#codes.has(code);
  }

  /** The findings kept, in the order given, then one `ISSUES_REPEATED` per group and code over the limit. */
  findings(): Finding[] {
    const out = [...this.#kept];
    for (const { path, counts } of this.#groups.values()) {
      for (const [code, count] of counts) {
        if (count > this.#limit) out.push(finding('ISSUES_REPEATED', path, { repeated: code, count, limit: this.#limit }));
      }
    }
    return out;
  }

  #counter(path: readonly (string | number)[]): Counter {
    const index = requestIndex({ path });
    // The request (`['lignesImport', i]`), those past 200 together (`['lignesImport']`), or the file (`[]`).
    const id = index === undefined ? '-' : index < MAX_LINES ? String(index) : '+';
    let counter = this.#groups.get(id);
    if (counter === undefined) {
      counter = { path: index === undefined ? [] : index < MAX_LINES ? ['lignesImport', index] : ['lignesImport'], counts: new Map() };
      this.#groups.set(id, counter);
    }
    return counter;
  }
}
