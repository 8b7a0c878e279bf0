import { describe, expect, it } from 'vitest';

import { guessSearchField } from '@/components/popup/guess-search';

describe('guessSearchField', () => {
  it.each([
    ['Ada Linwood', 'name'],
    ['  Ada  ', null],
    ['ada@example.com', 'email'],
    ['+1 617 555 0142', 'phone_number'],
    ['+16175550142', 'phone_number'],
    ['617 555 0142', 'phone_number'],
    ['(617) 555-0142', 'phone_number'],
    ['6175550142', null],
    ['00Q5e00000AdLvQEAV', null],
    ['lead_abc123XYZ', null],
    ['12345', null],
  ])('%j → %s', (text, expected) => {
    expect(guessSearchField(text)).toBe(expected);
  });
});
