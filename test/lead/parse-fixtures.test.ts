import { describe, expect, it } from 'vitest';

import { parseLeadResponse } from '../../lib/lead/parse';
import { loadFixture } from '../support/fixtures';

function parseFixture(name: 'lead-full' | 'lead-minimal' | 'lead-many-nulls', id = 'asked-for') {
  const parsed = parseLeadResponse(loadFixture(name), id);
  if (!parsed) {
    throw new Error(`${name} did not parse`);
  }

  return parsed;
}

describe('parseLeadResponse with the shared fixtures', () => {
  it.each([
    ['lead-full', '12345', 'zoho-crm'],
    ['lead-minimal', 'adf21080-0e10-11eb-879b-05d71fb426ec', 'pipedrive'],
    ['lead-many-nulls', '00QB0000000ybNXMAY', 'salesforce'],
  ] as const)('parses %s with its own id and service, dropping nothing', (name, id, service) => {
    const parsed = parseFixture(name);

    expect(parsed.lead.id).toBe(id);
    expect(parsed.service).toBe(service);
    expect(parsed.droppedItems).toBe(0);
  });
});

describe('the full lead, camelCased', () => {
  const { lead } = parseFixture('lead-full');

  it.each([
    ['name', 'Elon Musk'],
    ['companyName', 'Spacex'],
    ['companyId', '2'],
    ['contactId', '3'],
    ['ownerId', '54321'],
    ['ownerName', 'John Doe'],
    ['leadId', '2'],
    ['leadSource', 'Cold Call'],
    ['firstName', 'Elon'],
    ['lastName', 'Musk'],
    ['prefix', 'Sir'],
    ['title', 'CEO'],
    ['description', 'A thinker'],
    ['language', 'EN'],
    ['status', 'New'],
    ['monetaryAmount', 75000],
    ['currency', 'USD'],
    ['fax', '+12129876543'],
    ['createdAt', '2020-09-30T07:43:32.000Z'],
    ['updatedAt', '2020-09-30T07:43:32.000Z'],
  ] as const)('keeps %s as %j', (field, value) => {
    expect(lead[field]).toBe(value);
  });

  it('keeps the phone number with all its parts', () => {
    expect(lead.phoneNumbers).toEqual([
      {
        id: '12345',
        countryCode: '1',
        areaCode: '323',
        number: '111-111-1111',
        extension: '105',
        type: 'primary',
      },
    ]);
  });

  it('keeps the email, website and social link', () => {
    expect(lead.emails).toEqual([{ id: '123', email: 'elon@musk.com', type: 'primary' }]);
    expect(lead.websites).toEqual([{ id: '12345', url: 'http://example.com', type: 'primary' }]);
    expect(lead.socialLinks).toEqual([
      { id: '12345', url: 'https://www.twitter.com/apideck', type: 'twitter' },
    ]);
  });

  it('camelCases the address fields it keeps', () => {
    expect(lead.addresses).toHaveLength(1);
    expect(lead.addresses[0]).toMatchObject({
      id: '123',
      type: 'primary',
      string: '25 Spring Street, Blackburn, VIC 3130',
      name: 'HQ US',
      line1: 'Main street',
      line5: 'Attention: Finance Dept',
      streetNumber: '25',
      city: 'San Francisco',
      state: 'CA',
      postalCode: '94104',
      country: 'US',
      county: 'Santa Clara',
      latitude: '40.759211',
      longitude: '-73.984638',
    });
  });

  it('keeps custom fields, tags and custom mappings', () => {
    expect(lead.customFields).toEqual([
      {
        id: '2389328923893298',
        name: 'employee_level',
        description: 'Employee Level',
        value: 'Uses Salesforce and Marketo',
      },
    ]);
    expect(lead.tags).toEqual(['New']);
    expect(lead.customMappings).toEqual({});
  });

  it('leaves no snake_case key behind', () => {
    expect(Object.keys(lead).filter((key) => key.includes('_'))).toEqual([]);
    expect(Object.keys(lead.addresses[0] ?? {}).filter((key) => key.includes('_'))).toEqual([]);
  });
});

describe('the minimal lead', () => {
  const { lead } = parseFixture('lead-minimal');

  it('keeps its name', () => {
    expect(lead.name).toBe('Jane Doe Lead');
  });

  it.each([
    'emails',
    'phoneNumbers',
    'websites',
    'socialLinks',
    'addresses',
    'customFields',
    'tags',
  ] as const)('reads the missing %s as an empty list', (field) => {
    expect(lead[field]).toEqual([]);
  });

  it.each([
    'companyName',
    'ownerName',
    'title',
    'status',
    'monetaryAmount',
    'currency',
    'customMappings',
    'createdAt',
    'updatedAt',
  ] as const)('reads the missing %s as null, never an invented value', (field) => {
    expect(lead[field]).toBeNull();
  });
});

describe('the lead full of nulls', () => {
  const { lead } = parseFixture('lead-many-nulls');

  it('keeps an email whose address is null as null, not ""', () => {
    expect(lead.emails).toEqual([{ id: null, email: null, type: 'primary' }]);
  });

  it('keeps a phone number that has only its number', () => {
    expect(lead.phoneNumbers).toEqual([
      {
        id: null,
        countryCode: null,
        areaCode: null,
        number: '+44 20 7946 0000',
        extension: null,
        type: null,
      },
    ]);
  });

  it.each(['customFields', 'tags'] as const)('reads %s: null as an empty list', (field) => {
    expect(lead[field]).toEqual([]);
  });

  it('keeps custom_mappings: null as null', () => {
    expect(lead.customMappings).toBeNull();
  });

  it.each([
    'companyName',
    'ownerName',
    'title',
    'monetaryAmount',
    'currency',
    'updatedAt',
  ] as const)('keeps the null %s as null', (field) => {
    expect(lead[field]).toBeNull();
  });

  it('keeps the values that are there', () => {
    expect(lead).toMatchObject({
      name: 'Ada Lovelace',
      ownerId: '005B0000000hNqKIAU',
      status: 'Open - Not Contacted',
      createdAt: '2024-01-15T10:30:00.000Z',
    });
    expect(lead.addresses[0]).toMatchObject({ city: 'London', country: 'GB', line1: null });
  });
});
