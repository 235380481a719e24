/**
 * The verdict banner: what the portal would do, in one line, and the counts.
 *
 * @module
 */
import { reportVerdict, type ReportVerdictKind } from '../../src/index.js';
import { h } from './dom.js';
import type { PageText } from './i18n.js';
import type { Outcome } from './outcome.js';

type Tone = 'neutral' | 'bad' | 'warn' | 'good';

const TONE: Record<ReportVerdictKind, Tone> = {
  'refused-whole': 'bad',
  'requests-refused': 'bad',
  'deposit-refused': 'warn',
  valid: 'good',
};

const ICON: Record<Tone, string> = { neutral: 'i', bad: '✗', warn: '!', good: '✓' };

function banner(tone: Tone, kind: string, title: string, ...details: string[]): HTMLElement {
  return h(
    'div',
    { class: `verdict verdict--${tone}`, 'data-verdict': kind },
    h('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, ICON[tone]),
    h('div', { class: 'verdict-text' }, h('p', { class: 'verdict-title' }, title), ...details.map((d) => h('p', { class: 'verdict-detail' }, d))),
  );
}

/**
 * The verdict of an outcome, as an element for the live region.
 *
 * @param outcome - the page's outcome
 * @param t - the page's sentences
 * @returns the banner
 * @example
 * ```ts
 * region.replaceChildren(renderVerdict(outcome, pageText('fr')));
 * ```
 */
export function renderVerdict(outcome: Outcome, t: PageText): HTMLElement {
  switch (outcome.kind) {
    case 'idle':
      return banner('neutral', 'idle', t.idle);
    case 'checking':
      return outcome.pieces
        ? banner('neutral', 'checking', t.checking, t.readingPieces(outcome.pieces.done, outcome.pieces.total, outcome.pieces.name))
        : banner('neutral', 'checking', t.checking);
    case 'bad-date':
      return banner('warn', 'bad-date', t.depositDateInvalid);
    case 'unreadable':
      return banner('bad', 'unreadable', t.cannotRead(outcome.file, outcome.reason === 'not-utf8' ? t.notUtf8 : (outcome.detail ?? '')));
    case 'done': {
      const v = reportVerdict(outcome.report);
      const counts = t.counts(v.errors, v.warnings);
      const zip = `${t.depositOn(outcome.depositDay)} ${outcome.zipChecked ? t.zipChecked : t.zipNotChecked}`;
      switch (v.kind) {
        case 'refused-whole':
          return banner(TONE[v.kind], v.kind, t.refusedWhole, t.structureErrors(v.fileErrors), `${counts} ${t.depositOn(outcome.depositDay)}`);
        case 'requests-refused':
          return banner(TONE[v.kind], v.kind, t.requestsRefused(v.refusedCount, v.requestCount), `${counts} ${zip}`, ...(v.depositErrors > 0 ? [t.depositRefused] : []));
        case 'deposit-refused':
          return banner(TONE[v.kind], v.kind, t.depositRefused, `${counts} ${zip}`);
        case 'valid':
          return banner(TONE[v.kind], v.kind, t.valid(v.requestCount), `${counts} ${zip}`);
      }
    }
  }
}
