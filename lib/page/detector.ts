import type { LeadReference } from '@/lib/detect';
import { createTextFinder, defaultTextFinder, type TextFinder } from '@/lib/detect/text-finder';
import type { Preferences } from '@/lib/preferences';

import { readElementReference } from './element-reference';

/** What detection looks for on this page, as the user's preferences say. */
export interface PageDetector {
  readonly text: TextFinder;
  readElement(element: Element): LeadReference | null;
}

/** Characters of text scanned on one page before detection pauses (a runaway feed or log). */
export const defaultTextBudget = 10_000_000;

/** Text left to scan on this page; shared by every pass until the next route change. */
export interface TextBudget {
  left: number;
}

/** Everything a scan pass needs besides the page: what to find and how much it may read. */
export interface ScanScope {
  readonly detector: PageDetector;
  readonly budget: TextBudget;
}

export const defaultDetector: PageDetector = {
  text: defaultTextFinder,
  readElement: (element) => readElementReference(element, true, true),
};

export function createPageDetector(
  preferences: Pick<Preferences, 'families' | 'customPatterns'>,
): PageDetector {
  const { salesforce, close, links, attributes } = preferences.families;
  const custom = preferences.customPatterns;

  return {
    text: createTextFinder({ salesforce, close, custom }),
    readElement: (element) => readElementReference(element, links, attributes),
  };
}
