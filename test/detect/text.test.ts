import { describe, expect, it } from 'vitest';

import { findReferencesInText, minimumIdLength } from '../../lib/detect/text';

const sf15 = '00Q3y00001QraiX';
const sf18 = '00Q3y00001QraiXEAR';
const sf15b = '00QB0000000ybNX';
const sf18b = '00QB0000000ybNXMAY';
const closeId = 'lead_HcmG4cyICfAIu1J0sRziNKe63cbNaifOxZZ0PppgksW';
const closeUrl = `https://app.close.com/lead/${closeId}/`;

function findIds(text: string): string[] {
  return findReferencesInText(text).map((match) => match.reference.id);
}

const contexts: Array<[string, string]> = [
  ['alone', ''],
  ['spaces', ' '],
  ['parentheses', '()'],
  ['double quotes', '""'],
  ['single quotes', "''"],
  ['brackets', '[]'],
  ['angle brackets', '<>'],
  ['slashes', '//'],
  ['newlines', '\n\n'],
  ['tabs', '\t\t'],
  ['equals and ampersand', '=&'],
  ['colon and period', ':.'],
  ['hash and comma', '#,'],
  ['underscores (not alphanumeric)', '__'],
  ['non-ASCII letters (CJK text has no spaces)', 'はで'],
];

describe('findReferencesInText: boundaries', () => {
  it.each(contexts)('finds a 15-character Salesforce ID between %s', (_label, around) => {
    expect(findIds(`${around.charAt(0)}${sf15}${around.charAt(1)}`)).toEqual([sf15]);
  });

  it.each(contexts)('finds an 18-character Salesforce ID between %s', (_label, around) => {
    expect(findIds(`${around.charAt(0)}${sf18}${around.charAt(1)}`)).toEqual([sf18]);
  });

  it.each(contexts)('finds a Close lead ID between %s', (_label, around) => {
    expect(findIds(`${around.charAt(0)}${closeId}${around.charAt(1)}`)).toEqual([closeId]);
  });

  it.each([
    ['glued before (letter)', `x${sf15}`],
    ['glued before (digit)', `9${sf18}`],
    ['glued after', `${sf15}A`],
    ['16 characters', `${sf15}E`],
    ['17 characters', `${sf15}EA`],
    ['18 characters, bad checksum (no 15-character fallback)', `${sf15}EAS`],
    ['18 characters, lower-case checksum', `${sf15}ear`],
    ['19 characters', `${sf18}A`],
    ['21 characters', `${sf18}EAR`],
    ['14 characters', sf15.slice(0, 14)],
    ['lower-case key prefix', `00q${sf15.slice(3)}`],
    ['Account 001', '001M000000qfPyS'],
    ['Account 001, 18 characters', '001M000000qfPySIAU'],
    ['Contact 003', '0036000000QKv5TAAT'],
    ['User 005', '00558000001N0KeAAK'],
    ['Close ID of 42 characters', closeId.slice(0, -1)],
    ['Close ID of 44 characters', `${closeId}A`],
    ['Close activity prefix', `acti_${closeId.slice(5)}`],
    ['capitalised Lead_ prefix', `Lead_${closeId.slice(5)}`],
    ['Close ID glued before', `x${closeId}`],
    ['Close ID with a hyphen inside', `${closeId.slice(0, 20)}-${closeId.slice(21)}`],
    ['prefixes only', '00Q and lead_ and 00Q00'],
  ])('finds nothing: %s', (_label, text) => {
    expect(findReferencesInText(`see ${text} here`)).toEqual([]);
  });

  it('finds nothing in text without either prefix', () => {
    expect(findReferencesInText('A plain sentence with 001M000000qfPyS in it.')).toEqual([]);
  });
});

describe('findReferencesInText: results', () => {
  it('reports services, record URLs and offsets of several IDs in order', () => {
    const text = `Leads: ${sf18}, ${closeId} and (${sf15b}).`;
    const start18 = text.indexOf(sf18);
    const startClose = text.indexOf(closeId);
    const start15 = text.indexOf(sf15b);
    expect(findReferencesInText(text)).toEqual([
      {
        start: start18,
        end: start18 + 18,
        reference: { id: sf18, service: 'salesforce', source: 'text' },
      },
      {
        start: startClose,
        end: startClose + 48,
        reference: { id: closeId, service: 'close', recordUrl: closeUrl, source: 'text' },
      },
      {
        start: start15,
        end: start15 + 15,
        reference: { id: sf15b, service: 'salesforce', source: 'text' },
      },
    ]);
  });

  it.each([
    ['start and end of the string', `${sf15} ${sf18b}`],
    ['separated by a comma only', `${sf15},${sf18b}`],
    ['after a rejected candidate', `${sf15}EAS ${sf15} x${sf18b} ${sf18b}`],
    ['repeated', `${closeId}\n${closeId}\n${sf15}`],
  ])('slices exactly each ID: %s', (_label, text) => {
    const matches = findReferencesInText(text);
    expect(matches.length).toBeGreaterThan(1);
    for (const match of matches) {
      expect(text.slice(match.start, match.end)).toBe(match.reference.id);
    }
  });

  it('keeps offsets in UTF-16 units after astral characters', () => {
    const text = `😀😀 ${sf18}`;
    expect(findReferencesInText(text)).toMatchObject([{ start: 5, end: 23 }]);
  });

  it('gives no record URL to Salesforce IDs, whose instance is unknown', () => {
    expect(findReferencesInText(sf18)[0]?.reference).not.toHaveProperty('recordUrl');
  });

  it('returns the same result when called again (no state left in the pattern)', () => {
    const text = `${sf15} then ${closeId}`;
    const first = findReferencesInText(text);
    findReferencesInText(`${sf18b} and more text afterwards`);
    expect(findReferencesInText(text)).toEqual(first);
    expect(first).toHaveLength(2);
  });

  it('skips text shorter than the shortest ID', () => {
    expect(minimumIdLength).toBe(15);
    expect(findReferencesInText(sf15.slice(0, minimumIdLength - 1))).toEqual([]);
    expect(findIds(sf15.slice(0, minimumIdLength))).toEqual([sf15]);
  });
});
