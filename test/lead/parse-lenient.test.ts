import { describe, expect, it } from 'vitest';

import { type ParsedLead, parseLeadResponse } from '../../lib/lead/parse';
import { fullLeadWith, type JsonObject, leadEnvelope, loadFixture } from '../support/fixtures';

const goodEmail = { id: 'e1', email: 'ada@example.com', type: 'work' };

function parseWith(patch: JsonObject, requestedId = 'requested-id'): ParsedLead {
  const parsed = parseLeadResponse(fullLeadWith(patch), requestedId);
  if (!parsed) {
    throw new Error(`The lead with ${JSON.stringify(patch)} was rejected`);
  }

  return parsed;
}

describe('parseLeadResponse keeps what it does not know', () => {
  it('drops unknown lead keys instead of failing', () => {
    const { lead } = parseWith({ favourite_colour: 'blue', _raw: { secret: 1 } });

    expect(lead.name).toBe('Elon Musk');
    expect(lead).not.toHaveProperty('favourite_colour');
    expect(lead).not.toHaveProperty('favouriteColour');
    expect(lead).not.toHaveProperty('_raw');
  });

  it('drops unknown keys inside list items', () => {
    const { lead, droppedItems } = parseWith({ emails: [{ ...goodEmail, verified: true }] });

    expect(lead.emails).toEqual([goodEmail]);
    expect(droppedItems).toBe(0);
  });

  it('accepts unknown envelope keys', () => {
    const body = { ...loadFixture('lead-full'), meta: { x: 1 }, _raw: null, surprise: [1] };

    expect(parseLeadResponse(body, 'x')?.lead.id).toBe('12345');
  });

  it.each([
    ['an email type', { emails: [{ ...goodEmail, type: 'pager' }] }, 'emails.0.type'],
    ['a phone type', { phone_numbers: [{ number: '1', type: 'pager' }] }, 'phoneNumbers.0.type'],
    ['a website type', { websites: [{ url: 'https://a.io', type: 'pager' }] }, 'websites.0.type'],
    ['an address type', { addresses: [{ type: 'pager' }] }, 'addresses.0.type'],
    ['a currency', { currency: 'pager' }, 'currency'],
  ])('keeps %s it has never seen as the string sent', (_what, patch, path) => {
    expect(parseWith(patch).lead).toHaveProperty(path, 'pager');
  });

  it('keeps the unknown currency XYZ', () => {
    expect(parseWith({ currency: 'XYZ' }).lead.currency).toBe('XYZ');
  });
});

describe('parseLeadResponse drops and counts malformed list items', () => {
  const phone = { number: '+1 555' };
  const site = { url: 'https://a.example' };

  it.each([
    ['emails', { email: 42 }, goodEmail, 'emails'],
    ['emails', { id: 'no address key' }, goodEmail, 'emails'],
    ['phone_numbers', { type: 'work' }, phone, 'phoneNumbers'],
    ['phone_numbers', { number: '' }, phone, 'phoneNumbers'],
    ['websites', { url: '' }, site, 'websites'],
    ['social_links', { type: 'x' }, site, 'socialLinks'],
    ['addresses', 'Main St', { city: 'Oslo' }, 'addresses'],
    ['custom_fields', { value: 1 }, { id: 'cf', value: 2 }, 'customFields'],
    ['tags', 7, 'vip', 'tags'],
  ] as const)('drops the bad %s item %j and keeps the good one', (key, bad, good, field) => {
    const { lead, droppedItems } = parseWith({ [key]: [bad, good] });

    expect(lead[field]).toHaveLength(1);
    expect(droppedItems).toBe(1);
  });

  it('keeps the good email itself, not just a count', () => {
    expect(parseWith({ emails: [{ email: 42 }, goodEmail] }).lead.emails).toEqual([goodEmail]);
    expect(parseWith({ tags: [7, 'vip'] }).lead.tags).toEqual(['vip']);
  });

  it('adds up dropped items across every list', () => {
    const { droppedItems } = parseWith({
      emails: [null, 1],
      phone_numbers: [{}],
      websites: [{ url: 5 }],
      social_links: [[]],
      addresses: [true],
      custom_fields: [{ description: 'no id or name' }],
      tags: [{}],
    });

    expect(droppedItems).toBe(8);
  });

  it.each([
    ['only an id', { id: 'cf1', value: 'x' }],
    ['only a name', { name: 'Budget', value: 'x' }],
  ])('keeps a custom field with %s', (_what, field) => {
    expect(parseWith({ custom_fields: [field] }).lead.customFields).toHaveLength(1);
  });

  it.each([
    ['a string', 'text'],
    ['a number', 12.5],
    ['a boolean', false],
    ['null', null],
    ['an object', { currency: 'EUR', amount: 3 }],
    ['an array', [1, 'two', true, { three: 3 }]],
  ])('keeps a custom field value that is %s', (_what, value) => {
    const [field] = parseWith({ custom_fields: [{ id: 'cf', value }] }).lead.customFields;

    expect(field?.value).toEqual(value);
  });
});

describe('parseLeadResponse reads missing or wrong lists as empty', () => {
  it.each([
    ['null', null],
    ['missing', undefined],
    ['a string', 'x'],
    ['an object', { email: 'a@b.example' }],
  ])('reads emails that are %s as [] and counts nothing', (_what, emails) => {
    const { lead, droppedItems } = parseWith({ emails });

    expect(lead.emails).toEqual([]);
    expect(droppedItems).toBe(0);
  });

  it('reads custom_fields: null as []', () => {
    expect(parseWith({ custom_fields: null }).lead.customFields).toEqual([]);
  });
});

describe('parseLeadResponse never coerces or invents scalars', () => {
  it.each([
    ['title', 5, 'title'],
    ['company_name', { name: 'Spacex' }, 'companyName'],
    ['status', true, 'status'],
    ['created_at', 1700000000, 'createdAt'],
    ['monetary_amount', '75000', 'monetaryAmount'],
    ['monetary_amount', true, 'monetaryAmount'],
    ['custom_mappings', 'x', 'customMappings'],
  ] as const)('reads %s = %j as null', (key, value, field) => {
    expect(parseWith({ [key]: value }).lead[field]).toBeNull();
  });

  it('keeps a negative, fractional amount as sent', () => {
    expect(parseWith({ monetary_amount: -1.5 }).lead.monetaryAmount).toBe(-1.5);
  });

  it('keeps an empty email address as sent rather than dropping or filling it', () => {
    expect(parseWith({ emails: [{ email: '' }] }).lead.emails).toEqual([
      { id: null, email: '', type: null },
    ]);
  });
});

describe('parseLeadResponse and the lead id', () => {
  it('keeps a 19-digit Zoho id as the exact string', () => {
    expect(parseWith({ id: '1386586000002572002' }).lead.id).toBe('1386586000002572002');
  });

  it('uses the requested id when the lead has none', () => {
    expect(parseWith({ id: undefined }, '00QB0000000ybNXMAY').lead.id).toBe('00QB0000000ybNXMAY');
  });

  it('prefers the id the API sent over the requested one', () => {
    expect(parseWith({ id: '12345' }, 'other').lead.id).toBe('12345');
  });

  it('turns a safe integer id into its string', () => {
    expect(parseWith({ id: 9007199254740991 }).lead.id).toBe('9007199254740991');
  });

  it.each([
    ['beyond safe integers', 2 ** 53 + 2],
    ['fractional', 1.5],
    ['an object', { value: 1 }],
  ])('rejects an id that is %s rather than inventing digits', (_what, id) => {
    expect(parseLeadResponse(fullLeadWith({ id }), 'x')).toBeNull();
  });
});

describe('parseLeadResponse and the name', () => {
  it.each([
    ['missing', undefined],
    ['null', null],
  ])('reads a %s name as null, never ""', (_what, name) => {
    expect(parseWith({ name }).lead.name).toBeNull();
  });

  it('rejects the whole lead when the name is a number', () => {
    expect(parseLeadResponse(fullLeadWith({ name: 42 }), 'x')).toBeNull();
  });
});

describe('parseLeadResponse rejects what is not a lead response', () => {
  it.each([
    ['an envelope without data', { status_code: 200, status: 'OK', service: 'close' }],
    ['data that is an array', leadEnvelope([])],
    ['data that is a string', leadEnvelope('x')],
    ['data that is null', leadEnvelope(null)],
    ['a list page', loadFixture('leads-list-page')],
    ['an error envelope', loadFixture('error-404')],
    ['null', null],
    ['a string', 'lead'],
    ['a number', 200],
    ['an array', [loadFixture('lead-full')]],
  ])('returns null for %s', (_what, body) => {
    expect(parseLeadResponse(body, 'x')).toBeNull();
  });

  it('reads a service that is not a string as null', () => {
    const body = { ...loadFixture('lead-minimal'), service: 7 };

    expect(parseLeadResponse(body, 'x')?.service).toBeNull();
  });
});

describe('parseLeadResponse and markup', () => {
  it('keeps HTML in fields as literal text', () => {
    const html = '<img src=x onerror="alert(1)"><b>Ada</b>';
    const { lead } = parseWith({ name: html, company_name: html, tags: [html] });

    expect(lead.name).toBe(html);
    expect(lead.companyName).toBe(html);
    expect(lead.tags).toEqual([html]);
  });
});
