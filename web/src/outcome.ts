/**
 * Where the page is: nothing picked, checking, a file it could not read, or a report.
 *
 * @module
 */
import type { ValidationReport } from '../../src/index.js';

/** The outcome of the last check. */
export type Outcome =
  | { kind: 'idle' }
  /** `pieces`: how far the reading of the pieces is, once it has started. */
  | { kind: 'checking'; pieces?: { done: number; total: number; name: string } }
  | { kind: 'bad-date' }
  | { kind: 'unreadable'; file: string; reason: 'not-utf8' | 'error'; detail?: string }
  | {
      kind: 'done';
      report: ValidationReport;
      zipChecked: boolean;
      jsonName: string;
      /** The deposit day checked against, `JJ/MM/AAAA`. */
      depositDay: string;
    };
