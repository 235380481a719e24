/**
 * The offline validation page: pick or drop a JSON file (and its zip), see what the portal
 * would do. Everything runs here, in the browser; nothing is sent.
 *
 * @module
 */
// First: Zod must be set up before the library builds its schemas (see the module).
import { ZOD_JITLESS } from './zod-setup.js';
import { isLocale, localizeIssues, simulatePortalReturn, validateSoldeFile, type Locale } from '../../src/index.js';
import { checkPiecesZip } from '../../src/zip/index.js';
import { depositInstant, guideDate, parisDateValue } from './deposit-date.js';
import { byId } from './dom.js';
import { baseName, downloadText, readUtf8, sortDroppedFiles } from './files.js';
import { pageText, type PageText } from './i18n.js';
import { addInspectToggle } from './inspect-toggle.js';
import type { Outcome } from './outcome.js';
import { renderIssues } from './render-issues.js';
import { renderRequests } from './render-requests.js';
import { renderVerdict } from './render-verdict.js';
import { expectedPieceNames } from './requests.js';
import { startPdfWorker } from './pdf-worker.js';

interface State {
  locale: Locale;
  json?: File;
  zip?: File;
  /** The JSON's text and the deposit date of the last complete check (for the downloads). */
  checked?: { text: string; depositDate: Date };
  outcome: Outcome;
  /** Incremented on each check: a slower, older check never overwrites a newer one. */
  run: number;
}

const state: State = { locale: 'fr', outcome: { kind: 'idle' }, run: 0 };

const el = {
  jsonInput: byId('json-input', HTMLInputElement),
  zipInput: byId('zip-input', HTMLInputElement),
  pickJson: byId('pick-json', HTMLButtonElement),
  pickZip: byId('pick-zip', HTMLButtonElement),
  removeZip: byId('remove-zip', HTMLButtonElement),
  jsonName: byId('json-name', HTMLElement),
  zipName: byId('zip-name', HTMLElement),
  date: byId('deposit-date', HTMLInputElement),
  dropzone: byId('dropzone', HTMLElement),
  verdict: byId('verdict', HTMLElement),
  downloadReturn: byId('download-return', HTMLButtonElement),
  downloadPieces: byId('download-pieces', HTMLButtonElement),
  actionsNote: byId('actions-note', HTMLElement),
  results: byId('results', HTMLElement),
  inspect: addInspectToggle(byId('remove-zip', HTMLButtonElement)),
};

/** Puts the page's fixed sentences in the current language. */
function renderStaticText(t: PageText): void {
  document.documentElement.lang = t.lang;
  document.title = `${t.title} — segur-sgl-solde`;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = t[node.dataset.i18n as keyof PageText];
    if (typeof value === 'string') node.textContent = value;
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-locale]')) {
    button.setAttribute('aria-pressed', String(button.dataset.locale === state.locale));
  }
}

function renderChosen(t: PageText): void {
  const show = (node: HTMLElement, file: File | undefined, empty: string): void => {
    node.textContent = file ? file.name : empty;
    node.classList.toggle('is-empty', !file);
  };
  show(el.jsonName, state.json, t.noJson);
  show(el.zipName, state.zip, t.noZip);
  el.removeZip.hidden = !state.zip;
}

function renderActions(t: PageText): void {
  const outcome = state.outcome;
  const done = outcome.kind === 'done' ? outcome : undefined;
  el.downloadReturn.disabled = !done || done.report.summary.fileRefused;
  el.downloadPieces.disabled = !done || expectedPieceNames(done.report).length === 0;
  el.actionsNote.textContent = !done ? '' : done.report.summary.fileRefused ? t.returnUnavailable : t.returnNote;
}

function renderResults(t: PageText): void {
  const outcome = state.outcome;
  if (outcome.kind !== 'done') {
    el.results.replaceChildren();
    return;
  }
  const report = { ...outcome.report, issues: localizeIssues(outcome.report.issues, state.locale) };
  const requests = renderRequests(report, t);
  el.results.replaceChildren(...(requests ? [requests] : []), ...renderIssues(report, t));
}

/** Draws everything from the state. */
function render(): void {
  const t = pageText(state.locale);
  renderStaticText(t);
  renderChosen(t);
  el.verdict.replaceChildren(renderVerdict(state.outcome, t));
  renderActions(t);
  // While a check runs (a few milliseconds), the previous results stay: no flicker, no scroll jump.
  if (state.outcome.kind !== 'checking') renderResults(t);
}

/** Checks the chosen files against the deposit date, then draws the outcome. */
async function check(): Promise<void> {
  const run = ++state.run;
  const json = state.json;
  const zip = state.zip;
  const day = el.date.value;
  const depositDate = depositInstant(day);
  state.checked = undefined;
  if (!json) state.outcome = { kind: 'idle' };
  else if (!depositDate) state.outcome = { kind: 'bad-date' };
  else state.outcome = { kind: 'checking' };
  render();
  if (!json || !depositDate) return;
  let outcome: Outcome;
  try {
    const text = await readUtf8(json);
    if (text === undefined) {
      outcome = { kind: 'unreadable', file: json.name, reason: 'not-utf8' };
    } else {
      // Checked in French; the page re-localises the messages for display.
      const options = { depositDate, locale: 'fr' as const };
      // The pieces are read one at a time, PDFs in a pdf.js worker (terminated past a piece's time
      // limit), the page redrawn between them to show how far the reading is.
      const inspectContent = el.inspect.checked && {
        pdfWorker: startPdfWorker,
        onProgress: (pieces: { done: number; total: number; name: string }): void => {
          if (run !== state.run) return;
          state.outcome = { kind: 'checking', pieces };
          render();
        },
      };
      const report = zip ? await checkPiecesZip(zip, text, { ...options, inspectContent }) : validateSoldeFile(text, options);
      outcome = { kind: 'done', report, zipChecked: zip !== undefined, jsonName: json.name, depositDay: guideDate(day) };
      if (run === state.run) state.checked = { text, depositDate };
    }
  } catch (err) {
    outcome = { kind: 'unreadable', file: zip?.name ?? json.name, reason: 'error', detail: err instanceof Error ? err.message : String(err) };
  }
  if (run !== state.run) return;
  state.outcome = outcome;
  render();
}

function choose(files: { json?: File | undefined; zip?: File | undefined }): void {
  if (files.json) state.json = files.json;
  if (files.zip) state.zip = files.zip;
  void check();
}

function downloadReturn(): void {
  const { outcome, checked } = state;
  if (outcome.kind !== 'done' || !checked) return;
  // The portal answers in French: so does its simulation.
  const simulated = simulatePortalReturn(checked.text, { depositDate: checked.depositDate, locale: 'fr' });
  if (simulated.text !== undefined) downloadText(`RETOUR-SIMULE-${outcome.jsonName}`, simulated.text, 'application/json');
}

function downloadPieces(): void {
  const { outcome } = state;
  if (outcome.kind !== 'done') return;
  const names = expectedPieceNames(outcome.report);
  downloadText(`PJ-attendues-${baseName(outcome.jsonName)}.txt`, `${names.join('\n')}\n`, 'text/plain');
}

function wireDropzone(): void {
  const zone = el.dropzone;
  const over = (event: DragEvent): void => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    zone.classList.add('is-over');
  };
  zone.addEventListener('dragenter', over);
  zone.addEventListener('dragover', over);
  zone.addEventListener('dragleave', (event) => {
    if (!(event.relatedTarget instanceof Node) || !zone.contains(event.relatedTarget)) zone.classList.remove('is-over');
  });
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('is-over');
    const files = [...(event.dataTransfer?.files ?? [])];
    void sortDroppedFiles(files).then(choose);
  });
  // A file dropped beside the zone must not make the browser leave the page to open it.
  for (const type of ['dragover', 'drop'] as const) {
    window.addEventListener(type, (event) => {
      if (!zone.contains(event.target instanceof Node ? event.target : null)) event.preventDefault();
    });
  }
}

function wire(): void {
  el.pickJson.addEventListener('click', () => {
    el.jsonInput.click();
  });
  el.pickZip.addEventListener('click', () => {
    el.zipInput.click();
  });
  el.jsonInput.addEventListener('change', () => {
    const file = el.jsonInput.files?.[0];
    el.jsonInput.value = '';
    if (file) choose({ json: file });
  });
  el.zipInput.addEventListener('change', () => {
    const file = el.zipInput.files?.[0];
    el.zipInput.value = '';
    if (file) choose({ zip: file });
  });
  el.removeZip.addEventListener('click', () => {
    state.zip = undefined;
    el.pickZip.focus();
    void check();
  });
  el.date.addEventListener('change', () => void check());
  el.inspect.addEventListener('change', () => void check());
  el.downloadReturn.addEventListener('click', downloadReturn);
  el.downloadPieces.addEventListener('click', downloadPieces);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-locale]')) {
    button.addEventListener('click', () => {
      if (isLocale(button.dataset.locale)) state.locale = button.dataset.locale;
      render();
    });
  }
  wireDropzone();
}

document.documentElement.dataset.zodJitless = String(ZOD_JITLESS);
el.date.value = parisDateValue(new Date());
wire();
render();
document.documentElement.dataset.ready = 'true';
