import { describe, expect, it } from 'vitest';

import { findPatternProblem, isSlowOnProbe } from '../../lib/detect/custom-patterns';
import { CustomPatternSchema } from '../../lib/preferences';

describe('findPatternProblem', () => {
  it.each([
    ['a prefixed number', 'CRM-(\\d{4,10})'],
    ['a fixed-width hex id', '\\b([0-9a-f]{24})\\b'],
    ['a named group', 'ticket #(?<id>[0-9]+)'],
    ['non-capturing groups around the id', '(?:lead|prospect)=([A-Z0-9]{8})'],
    ['an optional suffix', 'L-(\\d+)(?:-x)?'],
    ['a character class holding parentheses', 'id\\(([a-z]{5})\\)'],
  ])('accepts %s', (_label, pattern) => {
    expect(findPatternProblem(pattern)).toBeNull();
  });

  it.each([
    ['invalid syntax', 'lead-([0-9]+', /not a valid/],
    ['no capture group', 'lead-[0-9]+', /exactly one capture group/],
    ['two capture groups', '(lead)-([0-9]+)', /exactly one capture group/],
    ['an empty-matching pattern', '(\\d*)', /empty text/],
    ['an optional-only pattern', '(x)?', /empty text/],
    ['nested plus', '(a+)+b', /Repeated groups/],
    ['nested star over any', 'x(.*)*y', /Repeated groups/],
    ['nested counted repeat', '((?:ab){2,})+z', /Repeated groups/],
    ['repeated overlapping alternatives', '(a|aa)+z', /Repeated choices/],
    ['a numbered backreference', '(a)\\1', /Backreferences/],
    ['a named backreference', '(?<x>a)\\k<x>', /Backreferences/],
  ])('refuses %s', (_label, pattern, reason) => {
    expect(findPatternProblem(pattern)).toMatch(reason);
  });

  it('refuses an exponential pattern nested through an outer group, quickly', () => {
    const sneaky = '(?:(?:a|a?)+)+(b)';
    const started = performance.now();

    expect(findPatternProblem(sneaky)).toMatch(/too slow|Repeated/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

const optionalRun = (count: number): string => `(${'a?'.repeat(count)}a{${count}})`;

describe('findPatternProblem on catastrophic shapes', () => {
  it.each([
    ['(a+)+b', /Repeated groups/],
    ['(a|a)*b', /Repeated choices/],
    ['(a|aa)+b', /Repeated choices/],
    ['(?:a|aa)+(b)', /Repeated choices/],
    ['(\\w+\\s?)+$', /Repeated groups/],
    ['(a?){28}a{28}', /Repeated groups/],
    ['(a?){12}a{12}', /Repeated groups/],
    [optionalRun(26), /in a row/],
    [optionalRun(28), /in a row/],
    [optionalRun(40), /in a row/],
    ['(\\d+\\d+)x', /in a row/],
    ['(.*a){12}', /Repeated groups/],
    ['(x+x+)+y', /in a row/],
    ['(\\d+(?:x?)\\d+)!', /in a row/],
    ['(?:-?\\d+)+(x)', /Repeated groups/],
    ['([a-z]+)*=', /Repeated groups/],
    ['(\\w|\\d)+!', /Repeated choices/],
    ['(a|b|ab)*c', /Repeated choices/],
    ['(?:a+|b)+(c)', /Repeated groups/],
    ['^(\\s*\\s*)$', /in a row/],
  ])('refuses %s at once, with its reason', (pattern, reason) => {
    const started = performance.now();

    expect(findPatternProblem(pattern)).toMatch(reason);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('looks inside lookarounds, though they match no text themselves', () => {
    expect(findPatternProblem('(?=(a+)+b)a')).toMatch(/Repeated groups/);
  });
});

describe('isSlowOnProbe', () => {
  it('stops as soon as runs turn slow, long before an exponential pattern hangs', () => {
    const started = performance.now();

    expect(isSlowOnProbe(/^(a+)+$/)).toBe(true);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it.each([/LEAD-(\d{6})/, /\b(\d+)\b/, /(lead_[A-Za-z0-9]{43})/])('passes %s', (regex) => {
    expect(isSlowOnProbe(regex)).toBe(false);
  });
});

describe('findPatternProblem on ordinary lead patterns', () => {
  it.each([
    'LEAD-(\\d{6})',
    'SELL-(\\d{6,12})',
    'CRM\\s*#\\s*([A-Z]{2}\\d{5})',
    '(?:id|ID)=([0-9a-f]{24})',
    '(lead_[A-Za-z0-9]{43})',
    'ticket #(?<id>[0-9]+)',
    '\\b(\\d{1,3}(?:\\.\\d{1,3}){3})\\b',
    'ref:(\\d+(?:-\\d+)*)',
    'Lead:\\s*(\\w+)',
    '(?:a|b)+(c)',
    '(?:[A-Z]|\\d{2})+-(\\d+)',
    '(?:\\b)*(x)',
    'lead=(\\d+).*',
    'https?://[^/]+/leads/(\\d+)',
    '([A-Z]{2,4}-\\d{3,8})',
    '(\\w{3,10}\\d{2,4})!',
  ])('accepts %s', (pattern) => {
    expect(findPatternProblem(pattern)).toBeNull();
  });
});

describe('CustomPatternSchema', () => {
  it('keeps a safe pattern with its service', () => {
    const parsed = CustomPatternSchema.safeParse({ pattern: 'L-(\\d{4,})', service: 'pipedrive' });

    expect(parsed.success).toBe(true);
  });

  it('explains why a catastrophic pattern is refused, on the pattern field', () => {
    const parsed = CustomPatternSchema.safeParse({ pattern: '(a+)+', service: 'close' });

    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['pattern'], expect.stringMatching(/Repeated groups/)],
    ]);
  });
});
