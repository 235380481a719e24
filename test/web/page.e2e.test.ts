/**
 * End-to-end test of the offline validation page (web/): builds it with Vite's JS API into
 * a temporary folder as the package ships it (`--mode package`: one self-contained HTML file,
 * `segur-solde.html`), opens that file from disk (a `file://` URL, as a depositor who received
 * it by e-mail would) and drives it in the Debian chromium through playwright-core. Skipped
 * (with a message) when /usr/bin/chromium is absent; it never downloads a browser.

 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parisDateValue } from '../../web/src/deposit-date.js';
import { badDateJson, DEPOSIT_DAY, goodDeposit, mixedDeposit, type Deposit } from './deposits.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const WEB_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

if (!HAS_CHROMIUM) {
  console.warn(`test/web/page.e2e.test.ts skipped: ${CHROMIUM} is absent (apt-get install chromium; never \`npx playwright install\`).`);
}

interface SeenRequest {
  url: string;
  afterLoad: boolean;
}

// Generous timeouts: a busy CI machine can be slow to launch chromium; an idle one runs the file in ~5 s.
describe.skipIf(!HAS_CHROMIUM)('the offline validation page, in headless chromium', { timeout: 30_000 }, () => {
  let outDir: string | undefined;
  let pageUrl = '';
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let good: Deposit;
  let loaded = false;
  let dayBeforeLoad = '';
  const requests: SeenRequest[] = [];
  const problems: string[] = [];

  /** What left the page's own memory: every request but the pdf.js workers' scripts (`blob:`). */
  function network(): SeenRequest[] {
    return requests.filter((r) => !r.url.startsWith('blob:'));
  }

  /** Waits for a check to end and returns the verdict's kind and text. */
  async function verdict(kind: string): Promise<string> {
    const banner = page.locator(`#verdict [data-verdict="${kind}"]`);
    await banner.waitFor({ timeout: 20_000 });
    return (await banner.innerText()).replace(/\s+/g, ' ');
  }

  /** Drops files on the drop zone, as a drag from the desktop would. */
  async function drop(files: { name: string; content: string | Buffer; type: string }[]): Promise<void> {
    const list = files.map((f) => ({ name: f.name, type: f.type, bytes: [...(typeof f.content === 'string' ? Buffer.from(f.content) : f.content)] }));
    const dataTransfer = await page.evaluateHandle((items) => {
      const dt = new DataTransfer();
      for (const f of items) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
      return dt;
    }, list);
    await page.dispatchEvent('#dropzone', 'dragenter', { dataTransfer });
    await page.dispatchEvent('#dropzone', 'drop', { dataTransfer });
  }

  async function setDepositDay(day: string): Promise<void> {
    await page.locator('#deposit-date').fill(day);
    await page.locator('#deposit-date').dispatchEvent('change');
  }

  async function screenshot(name: string): Promise<Buffer> {
    await mkdir(ARTIFACTS, { recursive: true });
    await page.mouse.move(0, 0);
    return page.screenshot({ path: join(ARTIFACTS, name), fullPage: true, animations: 'disabled' });
  }

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'segur-web-'));
    await build({ configFile: WEB_CONFIG, mode: 'package', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    pageUrl = pathToFileURL(join(outDir, 'segur-solde.html')).href;
    good = await goodDeposit();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    // A zone far from Paris: the page's default deposit day must still be Paris's.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true, locale: 'fr-FR', timezoneId: 'Pacific/Kiritimati' });
    context.on('request', (request) => requests.push({ url: request.url(), afterLoad: loaded }));
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    dayBeforeLoad = parisDateValue(new Date());
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.locator('html[data-ready="true"]').waitFor();
    loaded = true;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
  });

  it('opens from disk (file://), in French, ready, with Paris’s day as the deposit date and Zod without eval', async () => {
    const value = await page.locator('#deposit-date').inputValue();
    expect([dayBeforeLoad, parisDateValue(new Date())]).toContain(value);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getAttribute('html', 'data-zod-jitless')).toBe('true');
    expect(await page.locator('#verdict').innerText()).toContain('Choisissez un fichier JSON');
    expect(await page.locator('#verdict').getAttribute('aria-live')).toBe('polite');
    await screenshot('page-empty.png');
  });

  it('reads a dropped JSON that is not JSON: the whole file is refused, at the root', async () => {
    await setDepositDay(DEPOSIT_DAY);
    await drop([{ name: 'cassé.json', content: '{"impId": null,', type: 'application/json' }]);
    expect(await verdict('refused-whole')).toContain('Le portail refusera le fichier entier');
    const issue = page.locator('[data-section="errors"] li.issue[data-code="JSON_SYNTAX"]');
    expect(await issue.getAttribute('data-path')).toBe('(racine)');
    expect(await issue.innerText()).toContain('n’est pas du JSON valide');
    expect(await page.locator('#download-return').isDisabled()).toBe(true);
    await screenshot('page-refused-whole.png');
  });

  it('reads a dropped bad file: the located error, its code, path and message, under its request', async () => {
    await drop([{ name: 'JSON-ANS0000001-20240320-001.json', content: badDateJson(), type: 'application/json' }]);
    expect(await verdict('requests-refused')).toContain('1 demande refusée sur 2');
    const group = page.locator('#errors-r0');
    expect(await group.locator('h3').innerText()).toBe('Demande n° 1 — numeroEditeur 00001');
    const issue = group.locator('li.issue[data-code="DATE_INVALID"]');
    expect(await issue.getAttribute('data-path')).toBe('lignesImport[0].facture.dateFacture');
    const text = await issue.innerText();
    expect(text).toContain('DATE_INVALID');
    expect(text).toContain('lignesImport[0].facture.dateFacture');
    expect(text).toContain('dateFacture « 31/02/2024 » n’est pas une date du calendrier.');
    expect(await page.locator('tr[data-request="1"] .status').innerText()).toBe('Refusée');
    expect(await page.locator('tr[data-request="2"] .status').innerText()).toBe('Acceptée');
    await screenshot('page-bad-file.png');
  });

  it('picks a good file (from the keyboard) and its zip: the deposit is accepted, warnings apart', async () => {
    // The JSON's picker is the next stop after the language switch, and opens with Enter.
    await page.focus('button[data-locale="en"]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pick-json');
    // Enter on the button opens the JSON's file input (recorded in the page: waiting for the
    // browser's file-chooser event proved flaky on a busy machine); the file is then given to that input.
    await page.evaluate(() => {
      document.getElementById('json-input')?.addEventListener('click', () => { document.body.setAttribute('data-json-picker-opened', 'yes'); }, { once: true });
    });
    await page.keyboard.press('Enter');
    await page.locator('body[data-json-picker-opened="yes"]').waitFor({ timeout: 5_000 });
    await page.locator('#json-input').setInputFiles({ name: good.jsonName, mimeType: 'application/json', buffer: Buffer.from(good.json) });
    await verdict('valid');
    await page.locator('#zip-input').setInputFiles({ name: good.zipName, mimeType: 'application/zip', buffer: good.zip });
    await page.locator('#zip-name', { hasText: good.zipName }).waitFor();
    const text = await verdict('valid');
    expect(text).toContain('Fichier valide : 4 demandes acceptées');
    expect(text).toContain('Pièces vérifiées dans le zip.');
    expect(text).toContain('Dépôt du 20/03/2024.');
    expect(await page.locator('[data-section="errors"]').innerText()).toContain('Aucune erreur.');
    expect(await page.locator('[data-section="warnings"] li.issue[data-code="FINESS_KEY"]').count()).toBe(3);
    const first = (await page.locator('tr[data-request="1"]').innerText()).replace(/\s+/g, ' ');
    for (const part of ['00001', 'FINBIO000006', '999999991', '999999993', '27 450,00 €', 'BIO-SGL-Va1-FACTURE-00001.pdf', 'BIO-SGL-Va1-VA-00001.pdf', 'Acceptée']) {
      expect(first.replace(/\u202f|\u00a0/g, ' ')).toContain(part);
    }
    // Readable on a laptop: no horizontal scroll at 1280 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await screenshot('page-valid.png');
  });

  it('downloads the simulated return and the list of expected attachments, from memory', async () => {
    const [returned] = await Promise.all([page.waitForEvent('download'), page.click('#download-return')]);
    expect(returned.suggestedFilename()).toBe(`RETOUR-SIMULE-${good.jsonName}`);
    const simulated = JSON.parse(await readFile(await returned.path(), 'utf8')) as { impId: string; lignesImport: { codeTraitement: string }[] };
    expect(simulated.impId).toBe('SIMULATION');
    expect(simulated.lignesImport.map((l) => l.codeTraitement)).toEqual(['OK', 'OK', 'OK', 'OK']);
    const [list] = await Promise.all([page.waitForEvent('download'), page.click('#download-pieces')]);
    expect(list.suggestedFilename()).toBe('PJ-attendues-JSON-ANS0000001-20240320-001.txt');
    expect(await readFile(await list.path(), 'utf8')).toBe(`${good.pieceNames.join('\n')}\n`);
  });

  it('switches to English and back: verdict, headings and messages re-localised', async () => {
    await page.click('button[data-locale="en"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('button[data-locale="en"]', 'aria-pressed')).toBe('true');
    expect(await verdict('valid')).toContain('Valid file: 4 requests accepted');
    const warning = page.locator('[data-section="warnings"] li.issue[data-code="FINESS_KEY"]').first();
    expect(await warning.innerText()).toContain('The FINESS "999999991" has a check digit that does not match (Luhn)');
    expect(await page.locator('#warnings-r0 h3').innerText()).toBe('Request no. 1 — numeroEditeur 00001');
    await screenshot('page-valid-en.png');
    await page.click('button[data-locale="fr"]');
    expect(await page.locator('[data-section="warnings"] li.issue[data-code="FINESS_KEY"]').first().innerText()).toContain('a une clé de contrôle qui ne correspond pas');
  });

  it('forgets the zip on request, then takes a JSON and its zip dropped together', async () => {
    await page.click('#remove-zip');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pick-zip');
    await page.locator('#verdict', { hasText: 'Zip non fourni' }).waitFor();
    expect(await verdict('valid')).toContain('les pièces n’ont pas été vérifiées');
    const mixed = mixedDeposit(good);
    // The zip first: the page sorts the files by kind.
    await drop([
      { name: mixed.zipName, content: mixed.zip, type: 'application/zip' },
      { name: mixed.jsonName, content: mixed.json, type: 'application/json' },
    ]);
    await page.locator('#zip-name', { hasText: mixed.zipName }).waitFor();
    const text = await verdict('requests-refused');
    expect(text).toContain('1 demande refusée sur 4');
    expect(text).toContain('Pièces vérifiées dans le zip.');
    const issue = page.locator('#errors-r1 li.issue[data-code="DATE_AFTER_DEPOSIT"]');
    expect(await issue.getAttribute('data-path')).toBe('lignesImport[1].facture.dateFacture');
    expect(await page.locator('tr[data-request="2"] .status').innerText()).toBe('Refusée');
    await screenshot('page-refused-request.png');
  });

  it('sent no request but the page file itself, none after load, and broke no CSP rule', () => {
    // One file: the script (jszip and pdf.js inlined, never fetched later) and the stylesheet are in it.
    expect(network().map((r) => r.url)).toEqual([pageUrl]);
    // Reading files, checking, re-localising and downloading (Blob URLs) make no request at all;
    // the only other loads are pdf.js's workers, started from the page's own memory (blob:).
    expect(network().filter((r) => r.afterLoad)).toEqual([]);
    expect(requests.filter((r) => !r.url.startsWith('blob:null/')).length).toBe(network().length);
    expect(problems).toEqual([]);
  });

  it('is built as one HTML file: a classic inline script and an inline style, allowed by their hashes', async () => {
    expect(await readdir(outDir ?? '')).toEqual(['segur-solde.html']);
    const html = await readFile(join(outDir ?? '', 'segur-solde.html'), 'utf8');
    expect(html).not.toMatch(/\s(src|href)="\.?\.?\//);
    expect(html).not.toContain('type="module"');
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    expect([scripts.length, styles.length]).toEqual([1, 1]);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`script-src ${hash(scripts[0] ?? '')};`);
    expect(csp).toContain(`style-src ${hash(styles[0] ?? '')};`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain('unsafe');
  });

  it('could not connect anywhere even if it tried: the Content-Security-Policy forbids it', async () => {
    const attempt = await page.evaluate(async () => {
      try {
        await fetch('./', { cache: 'no-store' });
        return 'sent';
      } catch {
        return 'blocked';
      }
    });
    expect(attempt).toBe('blocked');
    expect(network().filter((r) => r.afterLoad)).toEqual([]);
  });
});
