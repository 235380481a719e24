/**
 * A tiny element builder: text goes in as text (never parsed as HTML), so that nothing
 * from a file can inject markup.
 *
 * @module
 */

/** Attributes: a string sets it, `true` sets it empty, `false` / `undefined` leave it out. */
export type Attributes = Readonly<Record<string, string | boolean | undefined>>;

/** A child: an element, or text. */
export type Child = Node | string;

/**
 * Creates an element with attributes and children.
 *
 * @param tag - the element's tag name
 * @param attributes - its attributes (`class`, `data-code`, `aria-label`, …)
 * @param children - elements or text (text is inserted as text)
 * @returns the element
 * @example
 * ```ts
 * h('li', { class: 'issue', 'data-code': issue.code }, h('code', {}, issue.code), issue.message);
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

/**
 * Finds an element of the page by id, checking its kind.
 *
 * @param id - the element's id
 * @param kind - its class (`HTMLInputElement`, …)
 * @returns the element
 * @throws Error when the page has no such element (a bug of the page, not of the data)
 * @example
 * ```ts
 * const input = byId('json-input', HTMLInputElement);
 * ```
 */
export function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`#${id} is missing from the page`);
  return element;
}
