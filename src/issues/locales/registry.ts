/**
 * The locales the library speaks, and the one place a caller's choice is read. Adding a
 * language: one module typed {@link LocaleMessages} beside `fr.ts`, and one line here.
 *
 * @module
 */
import { en } from './en.js';
import { fr } from './fr.js';
import type { LocaleMessages } from './locale-messages.js';
import { SoldeUsageError } from '../usage-error.js';

/**
 * Every locale, by its tag. The first is the default.
 *
 * @example
 * ```ts
 * import { LOCALES } from 'segur-sgl-solde';
 * Object.keys(LOCALES); // ['fr', 'en']
 * ```
 */
export const LOCALES = { fr, en } as const satisfies Readonly<Record<string, LocaleMessages>>;

/**
 * The language of the messages: a tag of {@link LOCALES} (`'fr'`, the default, or `'en'`).
 *
 * @example
 * ```ts
 * import type { Locale } from 'segur-sgl-solde';
 * const locale: Locale = 'en';
 * ```
 */
export type Locale = keyof typeof LOCALES;

/** The default locale. */
const DEFAULT_LOCALE: Locale = 'fr';

/**
 * What a caller may give as a locale: a registered tag, or a locale module of its own
 * (an object typed {@link LocaleMessages}), for a language the package does not ship.
 *
 * @example
 * ```ts
 * import { LOCALES, type LocaleChoice } from 'segur-sgl-solde';
 * const choice: LocaleChoice = { ...LOCALES.en, root: '(top)' };
 * ```
 */
export type LocaleChoice = Locale | LocaleMessages;

/**
 * Whether a value is a registered locale tag.
 *
 * @example
 * ```ts
 * isLocale('en'); // true
 * isLocale('de'); // false
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LOCALES, value);
}

/**
 * The tag a caller asked for: a registered tag as given, the default (`'fr'`) when none is
 * given, or a usage error for anything else — never a silent fall back to French.
 *
 * @param choice - the caller's `locale` option
 * @throws SoldeUsageError (`ARGUMENT_INVALID`) when `choice` is neither `undefined` nor a registered tag
 * @example
 * ```ts
 * resolveLocale(undefined); // 'fr'
 * resolveLocale('en'); // 'en'
 * ```
 */
export function resolveLocale(choice: unknown): Locale {
  if (choice === undefined) return DEFAULT_LOCALE;
  if (isLocale(choice)) return choice;
  throw new SoldeUsageError('ARGUMENT_INVALID', `locale: ${typeof choice === 'string' ? JSON.stringify(choice) : typeof choice} is not one of ${Object.keys(LOCALES).join(', ')}`);
}

/**
 * The words of a locale: a registered one by its tag (the default when none is given), or
 * the caller's own module as it is.
 *
 * @throws SoldeUsageError (`ARGUMENT_INVALID`) when the tag is not registered
 * @example
 * ```ts
 * import { localeMessages } from 'segur-sgl-solde';
 * localeMessages('en').root; // '(root)'
 * ```
 */
export function localeMessages(choice?: LocaleChoice): LocaleMessages {
  return isLocaleModule(choice) ? choice : LOCALES[resolveLocale(choice)];
}

/** Whether a value is a locale module given as such (rather than a tag). */
function isLocaleModule(value: unknown): value is LocaleMessages {
  return typeof value === 'object' && value !== null && 'issues' in value;
}
