import { recordUrlFor } from './record-url';
import { findReferencesInText, minimumIdLength } from './text';
import type { TextMatch } from './types';

/** Which built-in text patterns run, and the user's own (validated in Options). */
export interface TextPatternChoice {
  salesforce: boolean;
  close: boolean;
  custom: ReadonlyArray<{ pattern: string; service: string }>;
}

/** Finds lead IDs in one text node's text; `minLength` lets shorter nodes be skipped unread. */
export interface TextFinder {
  readonly minLength: number;
  find(text: string): TextMatch[];
}

export const defaultTextFinder: TextFinder = {
  minLength: minimumIdLength,
  find: findReferencesInText,
};

interface CustomMatcher {
  regex: RegExp;
  service: string;
}

function compileCustom(pattern: string, service: string): CustomMatcher | null {
  try {
    // `d`: the capture group's offsets, so only the ID is marked, not its surroundings.
    return { regex: new RegExp(pattern, 'gd'), service };
  } catch {
    return null;
  }
}

function findCustom(text: string, { regex, service }: CustomMatcher, into: TextMatch[]): void {
  regex.lastIndex = 0;
  for (let found = regex.exec(text); found !== null; found = regex.exec(text)) {
    const span = found.indices?.[1];
    const id = found[1];
    if (span !== undefined && id !== undefined && id !== '') {
      const recordUrl = recordUrlFor({ id, service });
      const reference = { id, service, source: 'text' as const, ...(recordUrl && { recordUrl }) };
      into.push({ start: span[0], end: span[1], reference });
    }

    // A zero-width match would otherwise loop forever (Options refuses them, pages stay safe).
    if (found[0] === '') {
      regex.lastIndex++;
    }
  }
}

const overlaps = (a: TextMatch, b: TextMatch): boolean => a.start < b.end && b.start < a.end;

function addCustom(text: string, matchers: CustomMatcher[], builtIn: TextMatch[]): TextMatch[] {
  const custom: TextMatch[] = [];
  matchers.forEach((matcher) => findCustom(text, matcher, custom));
  // A built-in pattern knows its CRM for sure: it wins over a custom one on the same text.
  const kept = custom.filter((match) => !builtIn.some((other) => overlaps(match, other)));

  return kept.length === 0 ? builtIn : [...builtIn, ...kept].sort((a, b) => a.start - b.start);
}

/** A finder for the user's choice; the built-in one when nothing is switched off or added. */
export function createTextFinder(choice: TextPatternChoice): TextFinder {
  const { salesforce, close } = choice;
  const matchers = choice.custom.flatMap(({ pattern, service }) => {
    const matcher = compileCustom(pattern, service);
    return matcher === null ? [] : [matcher];
  });
  if (salesforce && close && matchers.length === 0) {
    return defaultTextFinder;
  }

  const isWanted = (match: TextMatch): boolean =>
    match.reference.service === 'salesforce' ? salesforce : close;
  const findBuiltIn = (text: string): TextMatch[] =>
    salesforce || close ? findReferencesInText(text).filter(isWanted) : [];

  return {
    minLength: matchers.length === 0 ? minimumIdLength : 1,
    find: (text) => addCustom(text, matchers, findBuiltIn(text)),
  };
}
