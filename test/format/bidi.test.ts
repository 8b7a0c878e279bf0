import { describe, expect, it } from 'vitest';

import { stripBidiControls } from '@/lib/format/bidi';

describe('stripBidiControls', () => {
  it.each([
    ['invoice\u202Etxt.exe', 'invoicetxt.exe'],
    ['\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee', 'abcde'],
    ['\u2066x\u2067y\u2068z\u2069', 'xyz'],
    ['Ada Linwood', 'Ada Linwood'],
    ['עדה Linwood', 'עדה Linwood'],
    // Marks (LRM, RLM, ALM) do not reorder text on their own: they stay.
    ['a\u200Eb\u200Fc\u061Cd', 'a\u200Eb\u200Fc\u061Cd'],
    ['', ''],
  ])('%j becomes %j', (input, expected) => {
    expect(stripBidiControls(input)).toBe(expected);
  });
});
