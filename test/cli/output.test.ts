import { describe, expect, it } from 'vitest';
import { locateIssue } from '../../src/cli/csv/locate-problems.js';
import { printReport } from '../../src/cli/output/print-report.js';
import { paint, processTerminal, type Terminal } from '../../src/cli/output/terminal.js';
import { validateSoldeFile } from '../../src/index.js';
import { makeIssue } from '../../src/issues/make-issue.js';
import { DEPOSIT } from '../helpers/valid-file.js';

const captured = (colour: boolean): Terminal & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), colour, progress: false };
};

describe('the terminal', () => {
  it('paints only when it takes colour', () => {
    expect(paint(captured(false), 'red', 'x')).toBe('x');
    expect(paint(captured(true), 'red', 'x')).not.toBe('x');
  });

  it('is the process’s own, with colour only on a TTY', () => {
    const term = processTerminal();
    expect(term.colour).toBe(process.stdout.isTTY && process.env.NO_COLOR === undefined);
    expect(typeof term.out).toBe('function');
  });
});

describe('printReport', () => {
  it('paints errors, warnings and the verdict on a colour terminal', () => {
    const term = captured(true);
    printReport(term, validateSoldeFile('{}', { depositDate: DEPOSIT }), 'fr');
    expect(term.lines.join('\n')).toContain('\u001b[');
  });
});

describe('locateIssue', () => {
  it('points at the row and the column, or at the wire path when no column fits', () => {
    const rows = [{ line: 7, sources: {}, demande: { piecesJustificatives: [{ typeFichier: 'VA' as const, formatFichier: 'PDF' as const }] } }] as never;
    const piece = { ...makeIssue('ZIP_PIECE_EMPTY', ['lignesImport', 0, 'piecesJustificatives', 0, 'nomFichier'], { value: 'x' }), demande: { index: 0 } };
    expect(locateIssue(piece, rows)).toMatchObject({ line: 7, column: 'va' });
    const header = makeIssue('SIRET_KEY', ['SIRET'], { key: 'SIRET', value: '1' });
    expect(locateIssue(header, rows)).toMatchObject({ line: 0, column: 'SIRET' });
    const numbered = { ...makeIssue('LINE_NUMBER_SEQUENCE', ['lignesImport', 0, 'numLigne'], { value: '3', expected: 1 }), demande: { index: 0 } };
    expect(locateIssue(numbered, rows)).toMatchObject({ line: 7, column: 'lignesImport[0].numLigne' });
  });
});
