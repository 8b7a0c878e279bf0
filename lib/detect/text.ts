import { buildCloseRecordUrl } from './record-url';
import { computeSuffixUnchecked } from './salesforce';
import type { TextMatch } from './types';

/** The shortest ID found (a 15-character Salesforce ID): shorter text nodes can be skipped. */
export const minimumIdLength = 15;

// The look-around keeps IDs whole: a bad 18-character ID fails, never shrinks to 15 characters.
// Only ASCII letters and digits glue: CJK text sets IDs against its letters without spaces.
const idPattern =
  /(?<![0-9A-Za-z])(?:00Q[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?|lead_[0-9A-Za-z]{43})(?![0-9A-Za-z])/g;

function toTextMatch(id: string, start: number): TextMatch {
  const end = start + id.length;
  if (id.startsWith('lead_')) {
    const recordUrl = buildCloseRecordUrl(id);
    return { start, end, reference: { id, service: 'close', recordUrl, source: 'text' } };
  }

  return { start, end, reference: { id, service: 'salesforce', source: 'text' } };
}

/** Salesforce lead IDs and Close lead IDs in `text`, with their UTF-16 offsets, in order. */
export function findReferencesInText(text: string): TextMatch[] {
  const matches: TextMatch[] = [];
  // Led by a look-behind the pattern skips ahead as fast as two indexOf calls would.
  idPattern.lastIndex = 0;
  for (let found = idPattern.exec(text); found !== null; found = idPattern.exec(text)) {
    const id = found[0];
    if (id.length !== 18 || id.endsWith(computeSuffixUnchecked(id))) {
      matches.push(toTextMatch(id, found.index));
    }
  }

  return matches;
}
