import { ALL_ISSUE_CODES, ISSUE_CODES, issueMessage } from '../src/index.js';
import { SAMPLE_PARAMS } from './issue-samples.js';
const SCOPE = { file: 'fichier entier / whole file', request: 'la demande / the request', deposit: 'le dépôt (zip) / the deposit (zip)' } as const;

/**
 * A code's source as the README words it: our decisions, `FORMAT.md §N` in `ISSUE_CODES` (the
 * project's specification, which does not ship), are the README's « decision §N ».
 */
export function sourceText(section: string): string {
  return section.replace(/FORMAT\.md §/g, 'decision §');
}

/** The Markdown table of every issue code: severity, what the portal refuses, the guide's section, both messages. */
export function codesTableMarkdown(): string {
  const rows = ALL_ISSUE_CODES.map((code) => {
    const info = ISSUE_CODES[code];
    const cell = (s: string) => s.replaceAll('|', '\\|');
    return `| \`${code}\` | ${info.severity} | ${SCOPE[info.scope]} | ${cell(sourceText(info.section))} | ${cell(issueMessage(code, SAMPLE_PARAMS[code], 'fr'))} | ${cell(issueMessage(code, SAMPLE_PARAMS[code], 'en'))} |`;
  });
  return ['| code | severity | refused | source | message (fr) | message (en) |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
