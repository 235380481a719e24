import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const invoice = fileURLToPath(new URL('../fixtures/pieces/invoice.pdf', import.meta.url));

/** Inspects the committed invoice with the built package, in a Node of its own; gives the codes found, and whether a worker script was loaded. */
function run(kind: 'import' | 'require'): string {
  const load = kind === 'import' ? `await import('segur-sgl-solde/pieces')` : `require('segur-sgl-solde/pieces')`;
  const script = `
    const { readFileSync } = require('node:fs');
    (async () => {
      const { inspectPieceContent } = ${load};
      const piece = (amount) => inspectPieceContent(
        { bytes: readFileSync(${JSON.stringify(invoice)}), nomFichier: 'BIO-SGL-Va1-FACTURE-00001.pdf', formatFichier: 'PDF', typeFichier: 'FACTURE' },
        { facture: { dateFacture: '15/03/2024', montantSegurHTFacture: amount }, beneficiaires: [] },
      );
      const codes = [...(await piece(27450)), ...(await piece(1))].map((i) => i.code + (i.params.detail ? ':' + i.params.detail : ''));
      console.log(JSON.stringify(codes));
    })();`;
  return execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }).trim();
}

describe('the built package reads PDFs in its own worker script (npm run build first)', () => {
  it.each(['import', 'require'] as const)('through %s', (kind) => {
    expect(run(kind)).toBe('["CONTENT_AMOUNT_NOT_FOUND"]');
  }, 60_000);
});
