import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeSoldeFile } from '../../src/index.js';
import { REPORT_SCHEMA_FILE, reportJsonSchemaText } from '../../scripts/report-json-schema.js';
import { CLI_RUNNERS } from '../helpers/run-cli.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { validFile } from '../helpers/valid-file.js';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; exports: Record<string, unknown> };
const committed = JSON.parse(readFileSync(join(root, REPORT_SCHEMA_FILE), 'utf8')) as Record<string, unknown>;
// Strict, as for the file's schema; a path item is a key or an index: `type: [string, number]`.
const conforms = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(committed);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const valid = serializeSoldeFile(validFile(3));

let dir: string;
const file = (name: string, bytes: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
/** A zip of the valid file's pieces without those named. */
async function zipWithout(...left: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const line of validFile(3).lignesImport) for (const piece of line.piecesJustificatives) if (!left.includes(piece.nomFichier)) zip.file(piece.nomFichier, PDF);
  return zip.generateAsync({ type: 'uint8array' });
}
const parsed = (stdout: string): Record<string, unknown> => {
  const value = JSON.parse(stdout) as Record<string, unknown>;
  expect(conforms(value), JSON.stringify(conforms.errors)).toBe(true);
  return value;
};

describe('the report schema', () => {
  it(`is what scripts/report-json-schema.ts generates now (${REPORT_SCHEMA_FILE})`, () => {
    expect(readFileSync(join(root, REPORT_SCHEMA_FILE), 'utf8')).toBe(reportJsonSchemaText());
  });

  it('ships in the package as segur-sgl-solde/report-schema.json', () => {
    expect(pkg.exports['./report-schema.json']).toBe('./dist/validate-report.schema.json');
  });

  it('refuses a report without its version or with a summary that misses the zip verdict', () => {
    const summary = { requestCount: 1, fileRefused: false, rejectedRequests: [] };
    expect(conforms({ ok: true, issues: [], summary: { ...summary, zipRefused: false, incompleteRequests: [] } })).toBe(false);
    expect(conforms({ reportVersion: 1, ok: true, issues: [], summary })).toBe(false);
    expect(conforms({ reportVersion: 1, ok: false, error: { code: 'NOT_A_CODE', message: 'x' } })).toBe(false);
  });
});

describe.each(CLI_RUNNERS)('%s', (_runner, segurSolde) => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'segur-json-'));
  });

  it('segur-solde --version prints the package version', async () => {
    for (const flag of ['--version', '-V']) {
      const { code, stdout } = await segurSolde([flag]);
      expect(code).toBe(0);
      expect(stdout.trim()).toBe(pkg.version);
    }
    expect((await segurSolde(['--help'])).stdout).toContain('segur-solde --version');
  });

  it('validate --json: reportVersion 1, the summary of a valid deposit', async () => {
    const json = file('ok.json', valid);
    const zip = file('ok.zip', await zipWithout());
    const { code, stdout } = await segurSolde(['validate', json, '--zip', zip, '--deposit-date', '2024-03-20', '--json']);
    expect(code).toBe(0);
    const report = parsed(stdout);
    expect(Object.keys(report)[0]).toBe('reportVersion');
    expect(report).toMatchObject({ reportVersion: 1, ok: true, summary: { requestCount: 3, fileRefused: false, rejectedRequests: [], zipRefused: false, incompleteRequests: [] } });
  });

  it('validate --json: a missing piece makes its request incomplete; a piece that is no piece of the file refuses the zip', async () => {
    const json = file('v.json', valid);
    const missing = file('missing.zip', await zipWithout('BIO-SGL-Va1-VA-00002.pdf'));
    const one = parsed((await segurSolde(['validate', json, '--zip', missing, '--deposit-date', '2024-03-20', '--json'])).stdout);
    expect(one).toMatchObject({ ok: false, summary: { fileRefused: false, rejectedRequests: [], zipRefused: false, incompleteRequests: [1] } });
    const zip = new JSZip();
    zip.file('autre.pdf', PDF);
    const extra = file('extra.zip', await zip.generateAsync({ type: 'uint8array' }));
    const two = parsed((await segurSolde(['validate', json, '--zip', extra, '--deposit-date', '2024-03-20', '--json'])).stdout);
    expect(two).toMatchObject({ ok: false, summary: { zipRefused: true, incompleteRequests: [0, 1, 2] } });
    const notZip = parsed((await segurSolde(['validate', json, '--zip', file('no.zip', 'not a zip'), '--json'])).stdout);
    expect(notZip).toMatchObject({ ok: false, summary: { zipRefused: true } });
  });

  it('validate --json without --zip: zipRefused false, incompleteRequests empty, whatever the file', async () => {
    const bad = file('bad.json', valid.replace('"15/03/2024"', '"31/02/2024"'));
    const { code, stdout } = await segurSolde(['validate', bad, '--deposit-date', '2024-03-20', '--json']);
    expect(code).toBe(1);
    expect(parsed(stdout)).toMatchObject({ ok: false, summary: { rejectedRequests: [0], zipRefused: false, incompleteRequests: [] } });
    const syntax = parsed((await segurSolde(['validate', file('syntax.json', '{'), '--json'])).stdout);
    expect(syntax).toMatchObject({ summary: { fileRefused: true, zipRefused: false } });
  });

  it('validate --json on exit 2 still prints one JSON object with the reason', async () => {
    const cases: [string[], string, string | undefined][] = [
      [['validate', join(dir, 'absent.json'), '--json'], 'FILE_UNREADABLE', 'ENOENT'],
      [['validate', dir, '--json', '--lang', 'en'], 'FILE_UNREADABLE', 'EISDIR'],
      [['validate', '/dev/zero', '--json'], 'FILE_TOO_LARGE', undefined],
      [['validate', file('latin.json', Buffer.from([0xe9])), '--json'], 'FILE_NOT_UTF8', undefined],
      [['validate', '--json', '--bogus'], 'USAGE', undefined],
      [['validate', '--json', '--deposit-date'], 'USAGE', undefined],
      [['validate', '--json'], 'USAGE', undefined],
    ];
    for (const [args, errorCode, errno] of cases) {
      const { code, stdout, stderr } = await segurSolde(args);
      expect(code).toBe(2);
      const out = parsed(stdout);
      expect(out).toMatchObject({ reportVersion: 1, ok: false, error: { code: errorCode } });
      expect((out.error as { errno?: string }).errno).toBe(errno);
      expect(stderr).toContain((out.error as { message: string }).message.split('\n')[0]);
    }
  });

  it('words parseArgs’ own errors in the chosen language', async () => {
    const cases: [string[], string][] = [
      [['validate', '--bogus'], 'segur-solde: option inconnue « --bogus »'],
      [['validate', '--bogus', '--lang', 'en'], 'segur-solde: unknown option "--bogus"'],
      [['simulate', 'x.json', '--out'], 'segur-solde: l’option « --out » attend une valeur'],
      [['build', '--overwrite=oui', '--lang=en'], 'segur-solde: option "--overwrite" takes no value'],
      [['modele', '--help=1'], 'segur-solde: l’option « --help » ne prend pas de valeur'],
    ];
    for (const [args, line] of cases) {
      const { code, stderr } = await segurSolde(args);
      expect(code).toBe(2);
      expect(stderr.trim()).toBe(line);
    }
  });
});
