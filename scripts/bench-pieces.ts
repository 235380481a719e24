/**
 * Benchmark of the content inspection (issue 15). Run: `npm run bench:pieces`.
 *
 * A deposit of 200 requests × 2 PDFs (FACTURE, VA), each generated with real text (an
 * invoice's header, lines, total, date and sites on two pages) and a photo-like JPEG (to
 * about 85 kB a piece), zipped by `buildPiecesZip`. Timed in the same run, each in its own
 * child process (peak memory = the child's peak RSS minus its peak before the check):
 *
 * - baseline: `checkPiecesZip` without `inspectContent` (the zip's own checks, CRC included);
 * - inspected: `checkPiecesZip` with `inspectContent: true` (every piece read by pdf.js).
 *
 * Target: the 400 pieces inspected in at most 30 s on this machine; no warning on these
 * honest pieces. Prints pieces per second, the ratio to the baseline and the peak memory.
 *
 * Then a hostile piece, a deflate bomb (390 kB of PDF whose page inflates to 400 MB), timed in
 * the same run, each in its own child process too:
 *
 * - unbounded: read by pdf.js on the calling thread (`readPdf`, as a browser without a worker
 *   does), to its end;
 * - inspected: `inspectPieceContent` in Node (its reader thread, with its memory limit):
 *   target: answered `CONTENT_TIMEOUT` (memory), in less time and memory than unbounded.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encode as encodeJpeg } from 'jpeg-js';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { serializeSoldeFile, type SoldeFile } from '../src/index.js';
import { loadPdfjs } from '../src/pieces/load-pdfjs.js';
import { inspectPieceContent } from '../src/pieces/index.js';
import { readPdf } from '../src/pieces/read-pdf.js';
import { buildPiecesZip, checkPiecesZip } from '../src/zip/index.js';
import { bombPdf } from '../test/pieces/helpers/make-pdf.js';
import { DEPOSIT, validFile } from '../test/helpers/valid-file.js';

const REQUESTS = 200;
const TARGET_MS = 30_000;
/**
 * The process's peak resident memory, in bytes: Linux's VmHWM (of this process image: getrusage's
 * maxRSS would carry the parent's peak across the child's exec), else maxRSS. Counts the worker
 * threads too.
 */
function maxRss(): number {
  const hwm = existsSync('/proc/self/status') ? /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] : undefined;
  return (hwm === undefined ? process.resourceUsage().maxRSS : Number(hwm)) * 1024;
}

/** A photo-like JPEG (smooth gradients and noise), about 82 kB. */
function photo(seed: number): Uint8Array {
  const width = 420;
  const height = 300;
  const data = new Uint8Array(width * height * 4);
  let x = seed * 2654435761;
  for (let i = 0; i < width * height; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    const noise = x >>> 27;
    data[i * 4] = ((i % width) * 255) / width + noise;
    data[i * 4 + 1] = (Math.floor(i / width) * 255) / height + noise;
    data[i * 4 + 2] = 128 + noise;
    data[i * 4 + 3] = 255;
  }
  return new Uint8Array(encodeJpeg({ width, height, data }, 90).data);
}

/** A piece of a request: two pages of text (the invoice's, or the VA's) and a photo. */
async function piece(line: SoldeFile['lignesImport'][number], type: 'FACTURE' | 'VA', image: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const jpg = await doc.embedJpg(image);
  const amount = line.facture.montantSegurHTFacture.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const first = doc.addPage([595, 842]);
  const write = (page: typeof first, y: number, text: string, size = 10): void => {
    page.drawText(text, { x: 50, y, size, font });
  };
  write(first, 800, 'LOGICIELS DE BIOLOGIE SAS - 12 rue des Analyses, 69000 Lyon - SIRET 732 829 320 00074', 9);
  write(first, 770, `${type === 'FACTURE' ? 'FACTURE' : 'VÉRIFICATION D’APTITUDE'} n° ${line.numeroEditeur} — dossier ${line.numeroASP}`, 14);
  write(first, 745, `Date : ${line.facture.dateFacture}`);
  for (let n = 0; n < 30; n++) write(first, 700 - n * 14, `Ligne ${String(n + 1)} — prestation d’intégration du couloir Ségur BIO-SGL, module ${String(n)}`);
  first.drawImage(jpg, { x: 50, y: 60, width: 300, height: 200 });
  const second = doc.addPage([595, 842]);
  write(second, 800, `Sites bénéficiaires (FINESS) : ${line.beneficiaires.join(', ')}`);
  if (type === 'FACTURE') write(second, 770, `Total Ségur HT : ${amount} €`, 12);
  else write(second, 770, 'Vérification d’aptitude prononcée conforme.', 12);
  return doc.save();
}

function child(mode: 'baseline' | 'inspected' | 'bomb-unbounded' | 'bomb-inspected', dir: string): { ms: number; peak: number; issues: string[] } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`${mode}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; peak: number; issues: string[] };
}

async function childMain(mode: string, dir: string): Promise<void> {
  if (mode.startsWith('bomb-')) {
    const bytes = new Uint8Array(readFileSync(join(dir, 'bomb.pdf')));
    const pdfjs = mode === 'bomb-unbounded' ? await loadPdfjs(false) : undefined;
    const base = maxRss();
    const start = performance.now();
    const issues =
      pdfjs === undefined
        ? (await inspectPieceContent({ bytes, nomFichier: 'bomb.pdf', formatFichier: 'PDF', typeFichier: 'VA' }, { facture: { dateFacture: '15/03/2024', montantSegurHTFacture: 1 }, beneficiaires: [] })).map(
            (i) => i.code,
          )
        : [(await readPdf(bytes, { pdfjs, worker: undefined, timeoutMs: 600_000 })).kind];
    const ms = performance.now() - start;
    console.log(JSON.stringify({ ms, peak: maxRss() - base, issues }));
    return;
  }
  const zip = new Uint8Array(readFileSync(join(dir, 'pieces.zip')));
  const json = readFileSync(join(dir, 'demandes.json'), 'utf8');
  const base = maxRss();
  const start = performance.now();
  const report = await checkPiecesZip(zip, json, { depositDate: DEPOSIT, inspectContent: mode === 'inspected' });
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, peak: maxRss() - base, issues: report.issues.map((i) => `${i.code} ${i.path.join('.')}`) }));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'segur-bench-pieces-'));
  try {
    const file = validFile(REQUESTS);
    const pieces: Record<string, Uint8Array> = {};
    const images = [photo(1), photo(2), photo(3), photo(4)];
    for (const [i, line] of file.lignesImport.entries()) {
      for (const p of line.piecesJustificatives) pieces[p.nomFichier] = await piece(line, p.typeFichier, images[i % images.length] as Uint8Array);
    }
    const count = Object.keys(pieces).length;
    const bytes = Object.values(pieces).reduce((n, p) => n + p.length, 0);
    const json = serializeSoldeFile(file);
    writeFileSync(join(dir, 'pieces.zip'), await buildPiecesZip(json, pieces, { depositDate: DEPOSIT }));
    writeFileSync(join(dir, 'demandes.json'), json);
    console.log(`${String(count)} pieces, ${(bytes / 1e6).toFixed(1)} MB (${String(Math.round(bytes / count / 1000))} kB each), zipped`);
    const baseline = child('baseline', dir);
    const inspected = child('inspected', dir);
    const mb = (n: number): string => `${(n / 2 ** 20).toFixed(0)} MiB`;
    console.log(`baseline (zip checks only): ${(baseline.ms / 1000).toFixed(2)} s, peak +${mb(baseline.peak)}`);
    console.log(
      `inspected: ${(inspected.ms / 1000).toFixed(2)} s, ${(count / (inspected.ms / 1000)).toFixed(1)} pieces/s, ${(inspected.ms / baseline.ms).toFixed(1)} × the baseline, peak +${mb(inspected.peak)}`,
    );
    console.log(`warnings and errors on these honest pieces: ${String(inspected.issues.length)}${inspected.issues.length > 0 ? ` (${inspected.issues.slice(0, 5).join('; ')})` : ''}`);
    const ok = inspected.ms <= TARGET_MS && inspected.issues.length === 0;
    console.log(`target (≤ ${String(TARGET_MS / 1000)} s, no issue): ${ok ? 'met' : 'NOT met'}`);
    const bomb = await bombPdf(400_000_000);
    writeFileSync(join(dir, 'bomb.pdf'), bomb);
    console.log(`deflate bomb: ${String(Math.round(bomb.length / 1000))} kB of PDF, 400 MB of page content`);
    const unbounded = child('bomb-unbounded', dir);
    const bounded = child('bomb-inspected', dir);
    console.log(`unbounded (pdf.js on the calling thread, to its end): ${(unbounded.ms / 1000).toFixed(2)} s, peak +${mb(unbounded.peak)}, ${unbounded.issues.join(', ')}`);
    console.log(
      `inspected (Node's reader thread): ${(bounded.ms / 1000).toFixed(2)} s (${(bounded.ms / unbounded.ms).toFixed(2)} × unbounded), peak +${mb(bounded.peak)} (${(bounded.peak / unbounded.peak).toFixed(2)} ×), ${bounded.issues.join(', ')}`,
    );
    const bounds = bounded.issues.join() === 'CONTENT_TIMEOUT (memory)' && bounded.ms < unbounded.ms && bounded.peak < unbounded.peak;
    console.log(`target (the bomb answered CONTENT_TIMEOUT for memory, in less time and memory than unbounded): ${bounds ? 'met' : 'NOT met'}`);
    if (!ok || !bounds) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) await childMain(process.argv[at + 1] ?? '', process.argv[at + 2] ?? '');
else await main();
