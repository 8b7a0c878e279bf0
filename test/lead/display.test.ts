import { describe, expect, it } from 'vitest';

import {
  displayName,
  firstWebsite,
  formatAmount,
  formatExactTime,
  formatPhone,
  formatRelativeTime,
  initialsOf,
  mailtoHref,
  primaryEmail,
  primaryPhone,
  safeHref,
  telHref,
} from '@/lib/lead/display';
import type { PhoneNumber } from '@/lib/lead/model';

import { makeLead } from '../components/make-lead';

const phone = (patch: Partial<PhoneNumber>): PhoneNumber => ({
  id: null,
  countryCode: null,
  areaCode: null,
  number: '555-0142',
  extension: null,
  type: null,
  ...patch,
});

// Intl separates an unknown currency code with a no-break space; compare with plain spaces.
const plain = (text: string | null): string | null => text?.replace(/\s/g, ' ') ?? null;

describe('displayName', () => {
  it.each([
    ['the name', { name: ' Ada Linwood ', firstName: 'A', companyName: 'X' }, 'Ada Linwood'],
    ['first and last name', { name: '  ', firstName: 'Ada', lastName: 'Linwood' }, 'Ada Linwood'],
    ['the last name alone', { lastName: 'Linwood' }, 'Linwood'],
    ['the company', { companyName: 'Difference Engine' }, 'Difference Engine'],
    ['nothing at all', {}, null],
    ['the name without bidi controls', { name: 'Ada \u202Eexe.txt' }, 'Ada exe.txt'],
    ['the company without bidi controls', { companyName: '\u2067ACME\u2069' }, 'ACME'],
  ])('uses %s', (_case, patch, expected) => {
    expect(displayName(makeLead(patch))).toBe(expected);
  });
});

describe('initialsOf', () => {
  it.each([
    ['Ada Linwood', 'AL'],
    ['ada byron king linwood', 'AL'],
    ['Émile', 'É'],
    ['<img src=x onerror=alert(1)>', 'IO'],
    ['  ', ''],
    [null, ''],
  ])('%s → %s', (name, expected) => {
    expect(initialsOf(name)).toBe(expected);
  });
});

describe('primaryEmail', () => {
  const email = (address: string | null, type: string | null = null) => ({
    id: null,
    email: address,
    type,
  });

  it.each([
    ['the primary one', [email('a@x.example'), email('b@x.example', 'Primary')], 'b@x.example'],
    ['the first usable one', [email(null, 'primary'), email(' c@x.example ')], 'c@x.example'],
    ['none when all are empty', [email(null), email('  ', 'primary')], null],
    ['none without emails', [], null],
  ])('picks %s', (_case, emails, expected) => {
    expect(primaryEmail(makeLead({ emails }))).toBe(expected);
  });
});

describe('phones', () => {
  it.each([
    [{ countryCode: '1', areaCode: '617', extension: '204' }, '+1 617 555-0142 ext.\u00a0204'],
    [{ countryCode: '+44', areaCode: '20' }, '+44 20 555-0142'],
    [{ areaCode: '617' }, '617 555-0142'],
    [{ countryCode: '1', number: '+44 20 7946 0000' }, '+44 20 7946 0000'],
    [{}, '555-0142'],
  ])('formats %o as %s', (patch, expected) => {
    expect(formatPhone(phone(patch))).toBe(expected);
  });

  it('prefers the primary number and skips numbers without digits', () => {
    const lead = makeLead({
      phoneNumbers: [
        phone({ number: 'n/a', type: 'primary' }),
        phone({ number: '111' }),
        phone({ number: '222', type: 'primary' }),
      ],
    });

    expect(primaryPhone(lead)).toBe('222');
    expect(primaryPhone(makeLead({ phoneNumbers: [phone({ number: 'unknown' })] }))).toBeNull();
  });
});

describe('formatAmount', () => {
  it.each([
    [75000, 'USD', '$75,000.00'],
    [1234.5, 'EUR', '€1,234.50'],
    [75000, 'JPY', '¥75,000'],
    [1.5, 'usd', '$1.50'],
    [2, 'BTC', 'BTC 2.00'],
    [5000, 'UNKNOWN_CURRENCY', '5,000'],
    [10.256, '$$', '10.26'],
    [10, '<b>', '10'],
    [10, 'US', '10'],
    [1e21, 'USD', '$1E21'],
    [-1.234e21, null, '-1.23E21'],
    [999_999_999_999.5, 'USD', '$999,999,999,999.50'],
    [1500, null, '1,500'],
    [1500, '  ', '1,500'],
    [null, 'USD', null],
    [Number.NaN, 'USD', null],
  ])('%s %s → %s', (amount, currency, expected) => {
    expect(plain(formatAmount(amount, currency, 'en-US'))).toBe(expected);
  });

  it('does not throw for a malformed locale', () => {
    expect(formatAmount(5, 'USD', 'not a locale!')).toBe('5');
  });
});

describe('links', () => {
  it.each([
    ['https://crm.example/lead/1', 'https://crm.example/lead/1'],
    ['  http://example.com ', 'http://example.com/'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['ftp://files.example', null],
    ['mailto:a@b.example', null],
    ['/relative/path', null],
    ['example.com', null],
    ['not a url at all', null],
    ['', null],
    [null, null],
  ])('safeHref(%s) → %s', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });

  it.each([
    ['ada@x.example', 'mailto:ada@x.example'],
    [' a+b@x.example ', 'mailto:a%2Bb@x.example'],
    ['a@x.example?cc=eve@evil.example', 'mailto:a%40x.example%3Fcc%3Deve@evil.example'],
    ['<b>x</b>@evil.example', null],
    ['two words@x.example', null],
    ['no-at-sign', null],
    ['@x.example', null],
    ['ada@', null],
    [null, null],
  ])('mailtoHref(%s) → %s', (email, expected) => {
    expect(mailtoHref(email)).toBe(expected);
  });

  it.each([
    [{ countryCode: '1', areaCode: '617', extension: '204' }, 'tel:+16175550142;ext=204'],
    [{ number: '+44 20 7946 0000', countryCode: '1' }, 'tel:+442079460000'],
    [{ number: '(617) 555.0142' }, 'tel:6175550142'],
    [{ number: 'javascript:alert(1)' }, null],
    [{ number: '1-800-FLOWERS' }, null],
    [{ number: ' - ' }, null],
  ])('telHref(%o) → %s', (patch, expected) => {
    expect(telHref(phone(patch))).toBe(expected);
  });

  it('links only the first http(s) website', () => {
    const site = (url: string) => ({ id: null, url, type: null });
    const lead = makeLead({
      websites: [site('javascript:alert(1)'), site('data:,x'), site('https://ok.example')],
    });

    expect(firstWebsite(lead)).toBe('https://ok.example/');
    expect(firstWebsite(makeLead({ websites: [site('javascript:alert(1)')] }))).toBeNull();
  });
});

describe('times', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');

  it.each([
    ['2025-06-01T09:00:00Z', '3 hours ago'],
    ['2025-06-01T11:59:30Z', '30 seconds ago'],
    ['2025-06-01T11:58:00Z', '2 minutes ago'],
    ['2025-05-31T12:00:00Z', 'yesterday'],
    ['2025-05-20T12:00:00Z', '2 weeks ago'],
    ['2024-06-01T12:00:00Z', 'last year'],
    ['2025-06-03T12:00:00Z', 'in 2 days'],
    ['not a date', null],
    ['', null],
    [null, null],
  ])('formatRelativeTime(%s) → %s', (iso, expected) => {
    expect(formatRelativeTime(iso, now, 'en')).toBe(expected);
  });

  it('gives the exact time for a title, and nothing for bad input', () => {
    expect(formatExactTime('2025-06-01T09:00:00Z', 'en-US')).toMatch(/Jun 1, 2025/);
    expect(formatExactTime('31/31/2025', 'en-US')).toBeNull();
    expect(() => formatExactTime('2025-06-01T09:00:00Z', 'not a locale!')).not.toThrow();
    expect(() => formatRelativeTime('2025-06-01T09:00:00Z', now, 'not a locale!')).not.toThrow();
  });
});
