import { styleText } from 'node:util';

/** Where the command writes, and whether it may use colour (only on a TTY, and not under NO_COLOR). */
export interface Terminal {
  out: (line: string) => void;
  err: (line: string) => void;
  colour: boolean;
  /** Whether a progress bar may be drawn (standard error is a TTY). */
  progress: boolean;
}

type Style = 'red' | 'yellow' | 'green' | 'bold' | 'dim';

/**
 * Paints text when the terminal takes colour.
 *
 * @example
 * ```ts
 * paint(term, 'red', 'erreur');
 * ```
 */
export function paint(term: Terminal, style: Style, text: string): string {
  // We decide about colour ourselves (TTY, NO_COLOR): styleText must not second-guess it.
  return term.colour ? styleText(style, text, { validateStream: false }) : text;
}

/**
 * The process's terminal.
 *
 * @example
 * ```ts
 * const term = processTerminal();
 * term.out('bonjour');
 * ```
 */
export function processTerminal(): Terminal {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    colour: process.stdout.isTTY && process.env.NO_COLOR === undefined,
    progress: process.stderr.isTTY,
  };
}
