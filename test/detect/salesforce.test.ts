import { describe, expect, it } from 'vitest';

import {
  computeSalesforceSuffix,
  isSalesforceId,
  toSalesforce18,
} from '../../lib/detect/salesforce';

// Every vector from research/apideck-api.md §9.
const vectors: Array<[string, string]> = [
  ['0036000000QKv5T', 'AAT'],
  ['a0RE000000IJmcN', 'MAT'],
  ['a01M00000062mPg', 'IAI'],
  ['001M000000qfPyS', 'IAU'],
  ['AbCdEfGhIjKlMnO', 'VKV'],
  ['aBcDEfgHIJKLMNO', '025'],
  ['aaaaaaaaaaaaaaa', 'AAA'],
  ['70130000001tcyI', 'AAQ'],
  ['00558000001N0Ke', 'AAK'],
  ['00Q3y00001QraiX', 'EAR'],
  ['00QB0000000ybNX', 'MAY'],
];

// Published online with wrong suffixes (§9): the right answers differ.
const knownWrong: Array<[string, string, string]> = [
  ['a0D30000001n7Pi', 'EAC', 'EAI'],
  ['0015000000Gf1AB', 'AAE', 'AAZ'],
];

describe('computeSalesforceSuffix', () => {
  it.each(vectors)('%s → %s', (id15, suffix) => {
    expect(computeSalesforceSuffix(id15)).toBe(suffix);
  });

  it.each(knownWrong)('%s does not give the published %s but %s', (id15, wrong, right) => {
    expect(computeSalesforceSuffix(id15)).not.toBe(wrong);
    expect(computeSalesforceSuffix(id15)).toBe(right);
  });

  it('maps an all-upper-case chunk to 5 and an all-upper-case ID to 555', () => {
    expect(computeSalesforceSuffix('ABCDEABCDEABCDE')).toBe('555');
  });

  it.each(['', '00Q3y00001Qrai', '00Q3y00001QraiXE', '00Q3y00001Qrai!', '00Q3y00001Qraié'])(
    'throws on %j',
    (id) => {
      expect(() => computeSalesforceSuffix(id)).toThrow(RangeError);
    },
  );
});

describe('isSalesforceId', () => {
  it.each(vectors)('accepts %s and its 18-character form', (id15, suffix) => {
    expect(isSalesforceId(id15)).toBe(true);
    expect(isSalesforceId(id15 + suffix)).toBe(true);
  });

  it.each([
    ['wrong checksum', '00Q3y00001QraiXEAS'],
    ['published wrong suffix', 'a0D30000001n7PiEAC'],
    ['published wrong suffix', '0015000000Gf1ABAAE'],
    ['lower-case suffix', '00Q3y00001QraiXear'],
    ['case changed in the first 15', '00Q3Y00001QraiXEAR'],
    ['14 characters', '00Q3y00001Qrai'],
    ['16 characters', '00Q3y00001QraiXE'],
    ['17 characters', '00Q3y00001QraiXEA'],
    ['19 characters', '00Q3y00001QraiXEARA'],
    ['non-base-62 character', '00Q3y00001Qrai-'],
    ['empty', ''],
  ])('rejects %s: %s', (_label, id) => {
    expect(isSalesforceId(id)).toBe(false);
  });
});

describe('toSalesforce18', () => {
  it.each(vectors)('extends %s with %s', (id15, suffix) => {
    expect(toSalesforce18(id15)).toBe(id15 + suffix);
  });

  it('keeps a valid 18-character ID unchanged', () => {
    expect(toSalesforce18('00Q3y00001QraiXEAR')).toBe('00Q3y00001QraiXEAR');
  });

  it.each(knownWrong)('never produces the published wrong suffix for %s', (id15, wrong) => {
    expect(toSalesforce18(id15)).not.toBe(id15 + wrong);
  });

  it.each(['00Q3y00001QraiXEAS', '00Q3y00001Qrai', 'not an id'])('throws on %j', (id) => {
    expect(() => toSalesforce18(id)).toThrow(RangeError);
  });
});
