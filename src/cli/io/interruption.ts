/**
 * Ctrl-C (SIGINT) and SIGTERM while the command writes: instead of dying with its temporary
 * files on disk, the command aborts its writing, removes them and exits 130 (SIGINT) or 143
 * (SIGTERM). A second signal kills it at once, as usual.
 *
 * @module
 */
import type { Locale } from '../../issues/types.js';
import { cliText } from '../messages.js';
import { CliError } from './cli-error.js';

const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

/** A watch on the signals: its abort signal, and a way to stop watching. */
export interface InterruptionWatch {
  /** Aborted, with a `CliError('INTERRUPTED')` as its reason, when a signal arrives. */
  signal: AbortSignal;
  /** Stops listening (the signals' default behaviour comes back). */
  dispose: () => void;
}

/**
 * Listens to SIGINT and SIGTERM until disposed.
 *
 * @example
 * ```ts
 * const watch = watchInterruptions('fr');
 * try {
 *   await writeEverything({ signal: watch.signal });
 * } finally {
 *   watch.dispose();
 * }
 * ```
 */
export function watchInterruptions(locale: Locale, target: NodeJS.EventEmitter = process): InterruptionWatch {
  const controller = new AbortController();
  const handlers = (Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]).map((name) => {
    const handler = (): void => {
      controller.abort(new CliError('INTERRUPTED', cliText(locale).interrupted(name), { exitCode: SIGNALS[name] }));
    };
    target.once(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    dispose: () => {
      for (const [name, handler] of handlers) target.removeListener(name, handler);
    },
  };
}
