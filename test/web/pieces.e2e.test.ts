/**
 * End-to-end test of what the offline page shows of the pieces' content: the page built with
 * Vite into a temporary folder as the package ships it (one self-contained HTML file), opened
 * from a `file://` URL and driven in the Debian chromium. The pieces are read by default, PDFs
 * in a pdf.js worker started from a Blob (web/src/pdf-worker.ts).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeSoldeFile } from '../../src/index.js';
import { buildPiecesZip } from '../../src/zip/index.js';
import { validFile } from '../helpers/valid-file.js';
import { imagePdf, textPdf } from '../pieces/helpers/make-pdf.js';
import { DEPOSIT_DATE, DEPOSIT_DAY } from './deposits.js';

const CHROMIUM = '/usr/bin/chromium';
const WEB_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

describe.skipIf(!existsSync(CHROMIUM))('the offline page reads the pieces', { timeout: 60_000 }, () => {
  let outDir: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  // The workers the page starts (pdf.js's, from a Blob).
  const workers: string[] = [];

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'segur-web-pieces-'));
    await build({ configFile: WEB_CONFIG, mode: 'package', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('worker', (w) => workers.push(w.url()));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective}`);
      });
      // Every text the verdict shows, to see the reading's progress go by.
      const seen: string[] = [];
      (window as unknown as { verdictTexts: string[] }).verdictTexts = seen;
      new MutationObserver(() => seen.push(document.getElementById('verdict')?.textContent ?? '')).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(pathToFileURL(join(outDir, 'segur-solde.html')).href, { waitUntil: 'load' });
    await page.locator('html[data-ready="true"]').waitFor();
    await page.locator('#deposit-date').fill(DEPOSIT_DAY);
    await page.locator('#deposit-date').dispatchEvent('change');
  }, 180_000);

  afterAll(async () => {
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('shows each content issue under its request, the piece named, its progress on the way; the box turns it off', async () => {
    const file = validFile(2);
    const invoice = await textPdf([[{ x: 50, y: 700, text: 'Facture du 15/03/2024 — Total Ségur HT 27 450,00 € — sites 750000010, 750000028' }]]);
    const va = await textPdf([[{ x: 50, y: 700, text: 'Vérification d’aptitude — 750000010 — 750000028' }]]);
    const encrypted = await readFile(new URL('../fixtures/pieces/CONTENT_PDF_ENCRYPTED.pdf', import.meta.url));
    const pieces = {
      'BIO-SGL-Va1-FACTURE-00001.pdf': encrypted,
      'BIO-SGL-Va1-VA-00001.pdf': va,
      'BIO-SGL-Va1-FACTURE-00002.pdf': invoice,
      'BIO-SGL-Va1-VA-00002.pdf': await imagePdf(1),
    };
    const json = serializeSoldeFile(file);
    const zip = await buildPiecesZip(json, pieces, { depositDate: DEPOSIT_DATE });
    expect(await page.locator('#inspect-content').isChecked()).toBe(true);
    await page.locator('#json-input').setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await page.locator('#zip-input').setInputFiles({ name: 'd.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await page.locator('#zip-name', { hasText: 'd.zip' }).waitFor();
    await page.locator('#verdict [data-verdict="requests-refused"]').waitFor({ timeout: 30_000 });
    expect((await page.locator('#verdict').innerText()).replace(/\s+/g, ' ')).toContain('1 demande refusée sur 2');
    // PDFs were read off the page's thread, in pdf.js's worker started from a Blob.
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((url) => url.startsWith('blob:'))).toBe(true);
    const error = page.locator('#errors-r0 li.issue[data-code="CONTENT_PDF_ENCRYPTED"]');
    expect(await error.locator('.issue-piece').innerText()).toBe('Pièce : BIO-SGL-Va1-FACTURE-00001.pdf');
    expect(await error.innerText()).toContain('demande un mot de passe');
    const warning = page.locator('#warnings-r1 li.issue[data-code="CONTENT_PDF_NO_TEXT"]');
    expect(await warning.getAttribute('data-path')).toContain('piecesJustificatives[1]');
    expect(await warning.locator('.issue-piece').innerText()).toBe('Pièce : BIO-SGL-Va1-VA-00002.pdf');
    const seen = await page.evaluate(() => (window as unknown as { verdictTexts: string[] }).verdictTexts);
    expect(seen.some((t) => /Lecture des pièces : \d sur 4/.test(t))).toBe(true);
    // Off: the zip's own checks only.
    await page.locator('#inspect-content').uncheck();
    await page.locator('#verdict [data-verdict="valid"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('li.issue[data-code^="CONTENT_"]').count()).toBe(0);
    // English: the sentences of the box follow the page's language.
    await page.click('button[data-locale="en"]');
    expect(await page.locator('label[for="inspect-content"]').innerText()).toContain('Also read what the attachments say');
    expect(problems).toEqual([]);
  });
});
