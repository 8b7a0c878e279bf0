import { describe, expect, it } from 'vitest';

import { type MessageKey, splitAround, t, tPlural } from '@/lib/i18n';

import { formatMessage } from '../support/chrome-i18n';

describe('t', () => {
  it('reads the English catalogue and fills in named placeholders', () => {
    expect(t('siteOn', ['example.com'])).toBe('Lead Viewer is on for example.com.');
    expect(t('errorLeadNotFound', ['00Q1', 'Salesforce'])).toBe(
      'No lead with ID 00Q1 in Salesforce. Check the ID.',
    );
  });

  it('shows a missing key as a marked key, never as empty text', () => {
    expect(t('noSuchMessage' as MessageKey)).toBe('⟦noSuchMessage⟧');
  });
});

describe('tPlural', () => {
  it.each([
    [1, '1 lead found.'],
    [0, '0 leads found.'],
    [21, '21 leads found.'],
  ])('chooses by the plural rules of the catalogue language: %i', (count, text) => {
    expect(tPlural(count, 'searchCountOne', 'searchCountOther')).toBe(text);
  });
});

describe('splitAround', () => {
  it('splits a sentence where its one placeholder goes', () => {
    expect(splitAround('profileUpdated')).toEqual(['Updated ', '']);
    expect(splitAround('patternHint')).toEqual([
      'A regular expression with one capture group around the lead ID, e.g. ',
      '.',
    ]);
  });
});

describe('the test double of Chrome’s getMessage', () => {
  const entry = {
    message: 'Pay $$5 to $WHO$ ($Who$) by $when$',
    placeholders: { who: { content: '$1' }, when: { content: '$2' } },
  };

  it('applies placeholders case-insensitively, then numbered values and `$$`', () => {
    expect(formatMessage(entry, ['Ada', 'noon'])).toBe('Pay $5 to Ada (Ada) by noon');
  });

  it('leaves missing values empty, as Chrome does', () => {
    expect(formatMessage(entry, ['Ada'])).toBe('Pay $5 to Ada (Ada) by ');
  });
});
