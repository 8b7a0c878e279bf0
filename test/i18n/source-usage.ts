import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { projectRoot } from '../support/chrome-i18n';

/** Where the product names message keys: its code, pages and build configuration. */
const sourceDirs = ['components', 'entrypoints', 'lib'];
const sourceFile = /\.(ts|tsx|html)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return listFiles(path);
    }

    return sourceFile.test(entry.name) ? [path] : [];
  });
}

export interface SourceText {
  file: string;
  text: string;
}

export function readSources(): SourceText[] {
  const files = [
    ...sourceDirs.flatMap((dir) => listFiles(join(projectRoot, dir))),
    join(projectRoot, 'wxt.config.ts'),
  ];

  return files.map((path) => ({
    file: relative(projectRoot, path),
    text: readFileSync(path, 'utf8'),
  }));
}

/** Splits a call's array literal into its top-level elements: `[a, f(b, c)]` has two. */
export function countElements(list: string): number {
  let depth = 0;
  let count = list.trim() === '' ? 0 : 1;
  for (const char of list) {
    if ('([{'.includes(char)) {
      depth += 1;
    } else if (')]}'.includes(char)) {
      depth -= 1;
    } else if (char === ',' && depth === 0) {
      count += 1;
    }
  }

  return count;
}

/** The text from `open` (an opening bracket) to its matching close, without either. */
export function readBracketed(text: string, open: number): string {
  let depth = 0;
  for (let at = open; at < text.length; at += 1) {
    const char = text.charAt(at);
    if ('([{'.includes(char)) {
      depth += 1;
    } else if (')]}'.includes(char)) {
      depth -= 1;
      if (depth === 0) {
        return text.slice(open + 1, at);
      }
    }
  }

  return text.slice(open + 1);
}

export interface KeyUse {
  key: string;
  file: string;
  /** How many substitutions the call passes; undefined when the key is only named in a table. */
  arity?: number;
}

/** Direct `t('key', …)` calls and the helpers that call `t` with a known number of values. */
export function findKeyUses(source: SourceText): KeyUse[] {
  const uses: KeyUse[] = [];
  const { file, text } = source;
  for (const match of text.matchAll(/\bt\(\s*'(\w+)'\s*(,\s*)?/g)) {
    const after = match.index + match[0].length;
    const rest = text.slice(after);
    const arity = !match[2]
      ? 0
      : rest.startsWith('[')
        ? countElements(readBracketed(text, after))
        : 1;
    uses.push({ key: match[1] ?? '', file, arity });
  }

  for (const match of text.matchAll(/\bsplitAround\(\s*'(\w+)'/g)) {
    uses.push({ key: match[1] ?? '', file, arity: 1 });
  }

  for (const match of text.matchAll(/\btPlural\(\s*[^,]+,\s*'(\w+)',\s*'(\w+)'/g)) {
    uses.push({ key: match[1] ?? '', file, arity: 1 }, { key: match[2] ?? '', file, arity: 1 });
  }

  for (const match of text.matchAll(/__MSG_(\w+)__/g)) {
    uses.push({ key: match[1] ?? '', file, arity: 0 });
  }

  return uses;
}
