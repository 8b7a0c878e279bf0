import { buildCloseRecordUrl } from './record-url';
import { computeSuffixUnchecked } from './salesforce';
import type { TextMatch } from './types';

/** The shortest ID found (a 15-character Salesforce ID): shorter text nodes can be skipped. */
export const minimumIdLength = 15;

const salesforcePrefix = '00Q';
const closePrefix = 'lead_';

// The look-aheads make a bad 18-character ID fail whole, never shrink to its first 15 characters.
const idPattern =
  /00Q[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?(?![0-9A-Za-z])|lead_[0-9A-Za-z]{43}(?![0-9A-Za-z])/g;

// Only ASCII letters and digits glue: CJK text sets IDs against its letters without spaces.
function isAlphanumericCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The offset of the first ID prefix in `text`, or -1; cheaper than running the pattern. */
function findFirstPrefix(text: string): number {
  const salesforce = text.indexOf(salesforcePrefix);
  const close = text.indexOf(closePrefix);
  if (salesforce === -1 || close === -1) {
    return Math.max(salesforce, close);
  }

  return Math.min(salesforce, close);
}

function isGluedBefore(text: string, start: number): boolean {
  return start > 0 && isAlphanumericCode(text.charCodeAt(start - 1));
}

function hasValidChecksum(id: string): boolean {
  return id.length !== 18 || id.endsWith(computeSuffixUnchecked(id));
}

function toTextMatch(id: string, start: number): TextMatch {
  const end = start + id.length;
  if (id.startsWith(closePrefix)) {
    const recordUrl = buildCloseRecordUrl(id);
    return { start, end, reference: { id, service: 'close', recordUrl, source: 'text' } };
  }

  return { start, end, reference: { id, service: 'salesforce', source: 'text' } };
}

/** Salesforce lead IDs and Close lead IDs in `text`, with their UTF-16 offsets, in order. */
export function findReferencesInText(text: string): TextMatch[] {
  const matches: TextMatch[] = [];
  const first = findFirstPrefix(text);
  if (first === -1) {
    return matches;
  }

  idPattern.lastIndex = first;
  for (let found = idPattern.exec(text); found !== null; found = idPattern.exec(text)) {
    const id = found[0];
    if (!isGluedBefore(text, found.index) && hasValidChecksum(id)) {
      matches.push(toTextMatch(id, found.index));
    }
  }

  return matches;
}
