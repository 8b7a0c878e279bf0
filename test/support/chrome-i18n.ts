import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One entry of a `_locales/<lang>/messages.json` file, as Chrome reads it. */
export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Catalogue = Record<string, CatalogueEntry>;

// A path, not a URL: happy-dom replaces the global URL in the test environment.
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cataloguePath = resolve(projectRoot, 'public/_locales/en/messages.json');

export function readCatalogue(): Catalogue {
  return JSON.parse(readFileSync(cataloguePath, 'utf8')) as Catalogue;
}

// Chrome matches message and placeholder names case-insensitively.
const lookup = (record: Record<string, unknown>, name: string): string | undefined =>
  Object.keys(record).find((key) => key.toLowerCase() === name.toLowerCase());

/**
 * Chrome's substitution rules: `$name$` becomes its placeholder's content, then `$1`…`$9`
 * become the substitutions (missing ones empty) and `$$` a single `$`.
 */
export function formatMessage(entry: CatalogueEntry, substitutions: string[]): string {
  const placeholders = entry.placeholders ?? {};
  const expanded = entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (token, name?: string) => {
    const found = name === undefined ? undefined : lookup(placeholders, name);

    return found === undefined ? token : (placeholders[found]?.content ?? '');
  });

  return expanded.replace(/\$(\$|[1-9])/g, (_token, what: string) =>
    what === '$' ? '$' : (substitutions[Number(what) - 1] ?? ''),
  );
}

/** `browser.i18n.getMessage` over a catalogue: '' for an unknown name, as browsers answer. */
export function createGetMessage(catalogue: Catalogue) {
  return (name: string, substitutions?: string | (string | number)[]): string => {
    const key = lookup(catalogue, name);
    const entry = key === undefined ? undefined : catalogue[key];
    if (!entry) {
      return '';
    }

    const values = substitutions === undefined ? [] : [substitutions].flat().map(String);

    return formatMessage(entry, values);
  };
}
