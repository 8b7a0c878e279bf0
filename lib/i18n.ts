import { browser } from 'wxt/browser';

// Type-only: the catalogue itself ships as _locales/en/messages.json, never inside a bundle.
import type catalogue from '@/public/_locales/en/messages.json';

/** A key of the English catalogue; a misspelt key is a type error. */
export type MessageKey = keyof typeof catalogue;

/**
 * The sentence for `key` in the browser's language, with `$1`… filled from `substitutions`.
 * A key the catalogue lacks shows as `⟦key⟧`: wrong at a glance, never an empty label.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  // WXT's generated overloads take one literal key each; `key` is already checked as a union.
  const i18n: { getMessage(name: string, values?: string | string[]): string | undefined } =
    browser.i18n;

  return i18n.getMessage(key, substitutions) || `⟦${key}⟧`;
}

/**
 * The `one` or `other` sentence for `count`, by the plural rules of the catalogue's language;
 * both take the number as `$1`, since "one" covers 21 or 0 in some languages.
 */
export function tPlural(count: number, one: MessageKey, other: MessageKey): string {
  const rule = new Intl.PluralRules(t('languageTag')).select(count);

  return t(rule === 'one' ? one : other, String(count));
}

/**
 * The sentence for a one-placeholder `key`, split where the placeholder goes, so a view can put
 * an element (a `<time>`, a link) there while the translation decides the word order.
 */
export function splitAround(key: MessageKey): string[] {
  return t(key, '\0').split('\0');
}

/** The page's title and `lang` from the catalogue; the HTML holds the English ones meanwhile. */
export function localizeDocument(titleKey: MessageKey): void {
  document.documentElement.lang = t('languageTag');
  document.title = t(titleKey);
}
