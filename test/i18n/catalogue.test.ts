import { describe, expect, it } from 'vitest';

import { type CatalogueEntry, readCatalogue } from '../support/chrome-i18n';
import { findKeyUses, readSources } from './source-usage';

const catalogue = readCatalogue();
const keys = Object.keys(catalogue);
const sources = readSources();
const uses = sources.flatMap(findKeyUses);

/** How many substitutions (`$1`…) a message takes: the highest its placeholders name. */
function arityOf(entry: CatalogueEntry): number {
  const contents = Object.values(entry.placeholders ?? {}).map((place) => place.content);

  return Math.max(0, ...contents.map((content) => Number(/^\$([1-9])$/.exec(content)?.[1] ?? 0)));
}

// Keys chosen from a table and passed to `t` with values: the arity the call site gives them.
const tableArity: Record<string, number> = {
  errorUnsupportedFilterName: 1,
  errorUnsupportedFilterEmail: 1,
  errorUnsupportedFilterPhone: 1,
  errorUnsupportedFilterFirstName: 1,
  errorUnsupportedFilterLastName: 1,
  errorUnsupportedFilterOther: 1,
  settingsApiKeyTooLong: 1,
  settingsAppIdTooLong: 1,
  settingsConsumerIdTooLong: 1,
};

// error-types.ts: aboutCrm(code, key) fills in the CRM's name; fixed(code, key) fills in nothing.
for (const { text } of sources) {
  for (const [, helper, key] of text.matchAll(/\b(aboutCrm|fixed)\('[\w-]+', '(\w+)'\)/g)) {
    tableArity[key ?? ''] = helper === 'aboutCrm' ? 1 : 0;
  }
}

describe('the English catalogue, by Chrome’s rules', () => {
  it.each(keys)('%s has a valid name, a message and a description', (key) => {
    const entry = catalogue[key];
    expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(key.startsWith('@@')).toBe(false);
    expect(typeof entry?.message).toBe('string');
    expect(entry?.message.trim()).not.toBe('');
    expect(entry?.description?.trim().length ?? 0).toBeGreaterThan(10);
  });

  it('has no two keys that differ only in case (Chrome reads names case-insensitively)', () => {
    const lower = keys.map((key) => key.toLowerCase());
    expect(lower.filter((key, at) => lower.indexOf(key) !== at)).toEqual([]);
  });

  it.each(keys)(
    '%s uses exactly the placeholders it defines, each a numbered substitution',
    (key) => {
      const entry = catalogue[key] as CatalogueEntry;
      const defined = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase());
      const used = [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
      expect([...new Set(used)].sort()).toEqual([...defined].sort());
      for (const [name, place] of Object.entries(entry.placeholders ?? {})) {
        expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(place.content).toMatch(/^\$[1-9]$/);
        expect(place.example?.trim().length ?? 0).toBeGreaterThan(0);
      }

      // Any other dollar sign would be read as a substitution; a literal one is written `$$`.
      const rest = entry.message.replace(/\$\w+\$|\$\$/g, '');
      expect(rest).not.toContain('$');
    },
  );
});

describe('the catalogue and the code agree', () => {
  it('finds the product’s message keys (the scan itself works)', () => {
    expect(uses.length).toBeGreaterThan(100);
    expect(uses.map((use) => use.key)).toContain('extensionName');
  });

  it('names no key the catalogue lacks', () => {
    const missing = uses.filter((use) => !Object.hasOwn(catalogue, use.key));
    expect(missing).toEqual([]);
  });

  it('uses every key in the catalogue', () => {
    const text = sources.map((source) => source.text).join('\n');
    const unused = keys.filter((key) => !new RegExp(`['"]${key}['"]|__MSG_${key}__`).test(text));
    expect(unused).toEqual([]);
  });

  it('passes each message as many values as its placeholders take', () => {
    const wrong = uses
      .filter((use) => Object.hasOwn(catalogue, use.key))
      .map((use) => ({ ...use, takes: arityOf(catalogue[use.key] as CatalogueEntry) }))
      .filter((use) => use.arity !== use.takes);
    expect(wrong).toEqual([]);
  });

  it('gives keys picked from tables the values their call sites pass', () => {
    const direct = new Set(uses.map((use) => use.key));
    const text = sources.map((source) => source.text).join('\n');
    const picked = keys.filter((key) => !direct.has(key) && text.includes(`'${key}'`));
    const wrong = picked
      .map((key) => ({ key, gets: tableArity[key] ?? 0 }))
      .filter(({ key, gets }) => arityOf(catalogue[key] as CatalogueEntry) !== gets);
    expect(picked.length).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
});
