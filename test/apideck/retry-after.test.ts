import { describe, expect, it } from 'vitest';

import { parseRateLimitReset, parseRetryAfter } from '../../lib/apideck/retry-after';

const now = Date.parse('2026-03-01T12:00:00.000Z');
const day = 24 * 60 * 60;

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['1', 1],
    [' 120 ', 120],
    ['86400', day],
    ['999999', day],
  ])('reads delta-seconds %j as %i', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });

  it.each([
    ['Sun, 01 Mar 2026 12:00:30 GMT', 30],
    ['Sun, 01 Mar 2026 12:02:00 GMT', 120],
    ['Sun, 01 Mar 2026 11:59:00 GMT', 0],
    ['Mon, 01 Mar 2027 12:00:00 GMT', day],
  ])('reads the HTTP date %j as %i s from now', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });

  it('rounds a date part of a second away up', () => {
    expect(parseRetryAfter(new Date(now + 1500).toUTCString(), now + 600)).toBe(1);
  });

  it.each([null, '', 'soon', '1.5e3', 'NaN', '120s'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });

  // V8's Date.parse reads '-5' and '5.5' as dates in 2001; they are not HTTP dates.
  it.each(['-5', '5.5', '+7', 'soon-ish, maybe 5', 'x 1', 'junk 2099'])(
    'ignores %j, neither delta-seconds nor an HTTP date',
    (value) => {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    },
  );

  it.each([
    'Sun, 06 Nov 2094 08:49:37 GMT',
    'Sunday, 06-Nov-94 08:49:37 GMT',
    'Sun Nov  6 08:49:37 2094',
  ])('reads the HTTP date form %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeTypeOf('number');
  });
});

describe('parseRateLimitReset', () => {
  const inSeconds = (offset: number) => String(now / 1000 + offset);
  const inMilliseconds = (offset: number) => String(now + offset * 1000);

  it.each([
    ['a Unix time in seconds', inSeconds(30), 30],
    ['a Unix time in milliseconds', inMilliseconds(30), 30],
    ['a fractional Unix time in seconds', String(now / 1000 + 2.2), 3],
    ['a time more than a day away', inSeconds(2 * day), day],
  ])('reads %s', (_what, value, seconds) => {
    expect(parseRateLimitReset(value, now)).toBe(seconds);
  });

  it.each([
    ['a past time in seconds', inSeconds(-10)],
    ['a past time in milliseconds', inMilliseconds(-10)],
    ['now', inSeconds(0)],
    ['nothing', null],
    ['an empty value', ''],
    ['words', 'tomorrow'],
    ['a negative number', '-100'],
  ])('ignores %s', (_what, value) => {
    expect(parseRateLimitReset(value, now)).toBeUndefined();
  });
});
