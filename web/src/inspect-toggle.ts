/**
 * The box that turns on the reading of the pieces (segur-sgl-solde/pieces), checked by
 * default, placed under the chosen zip. Its sentences follow the page's language
 * (`data-i18n`).
 *
 * @module
 */
import { h } from './dom.js';

/**
 * Adds the box after `anchor` and returns it.
 *
 * @param anchor - the element the box follows (the zip's "remove" button)
 * @returns the checkbox
 * @example
 * ```ts
 * const inspect = addInspectToggle(byId('remove-zip', HTMLButtonElement));
 * inspect.checked; // true
 * ```
 */
export function addInspectToggle(anchor: HTMLElement): HTMLInputElement {
  const box = h('input', { type: 'checkbox', id: 'inspect-content', 'aria-describedby': 'inspect-content-hint' });
  box.checked = true;
  const field = h(
    'div',
    { class: 'field field--check' },
    h('label', { for: 'inspect-content' }, box, ' ', h('span', { 'data-i18n': 'inspectContent' })),
    h('p', { id: 'inspect-content-hint', class: 'hint', 'data-i18n': 'inspectContentHint' }),
  );
  anchor.after(field);
  return box;
}
