// @ts-check
// Ordinary Salesforce leads, including the EUR, JPY and UNKNOWN_CURRENCY amounts.

/** @typedef {import('./leads.mjs').LeadEntry} LeadEntry */

export const EUR_ID = '00Q5e00000EuRo7EAF';
export const JPY_ID = '00Q5e00000JpY3nEAF';
export const UNKNOWN_CURRENCY_ID = '00Q5e00000UnKc9EAF';
export const GRACE_ID = '00Q5e00000Gh4TqEAJ';
export const PRIYA_ID = '00Q5e00000Pr1YaEAJ';
// Ids that the demo page shows only inside form fields, where they must not be detected.
export const INPUT_ID = '00Q5e00000Fm1NpEAJ';
export const TEXTAREA_ID = '00Q5e00000Tx4ArEAJ';
export const EDITABLE_ID = '00Q5e00000Ce8DvEAJ';

const OWNER = { owner_id: '0055e000004TrWxAAK', owner_name: 'Tereza Wexford' };

/** @param {unknown} text ASCII slug, so generated emails stay valid `format: email` values. */
function slug(text) {
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A plausible mid-sized Salesforce lead.
 * @param {Record<string, unknown> & { id: string, first_name: string, last_name: string }} p
 * @returns {LeadEntry}
 */
function salesforceLead(p) {
  const domain = slug(p.company_name ?? 'company');
  const email = `${slug(p.first_name)}.${slug(p.last_name)}@${domain}.example`;
  return {
    service: 'salesforce',
    lead: {
      name: `${p.first_name} ${p.last_name}`,
      ...OWNER,
      language: 'EN',
      emails: [{ id: null, email, type: 'primary' }],
      phone_numbers: [
        {
          id: null,
          country_code: '1',
          area_code: '212',
          number: '555-0188',
          extension: null,
          type: 'work',
        },
      ],
      websites: [{ id: null, url: `https://${domain}.example`, type: 'primary' }],
      tags: [],
      created_at: '2025-05-20T08:00:00.000Z',
      updated_at: '2025-05-21T12:30:00.000Z',
      ...p,
    },
  };
}

/** @type {LeadEntry[]} */
export const salesforceLeads = [
  salesforceLead({
    id: GRACE_ID,
    first_name: 'Grace',
    last_name: 'Holloway',
    company_name: 'Compiler Works',
    title: 'VP Engineering',
    status: 'Open - Not Contacted',
    lead_source: 'Web',
    monetary_amount: 120000,
    currency: 'USD',
  }),
  salesforceLead({
    id: PRIYA_ID,
    first_name: 'Priya',
    last_name: 'Raman',
    company_name: 'Monsoon Logistics',
    title: 'Head of Operations',
    status: 'Qualified',
    lead_source: 'Trade Show',
    monetary_amount: 18500.5,
    currency: 'USD',
    tags: ['Warm'],
  }),
  salesforceLead({
    id: EUR_ID,
    first_name: 'Élodie',
    last_name: 'Marchand',
    company_name: 'Atelier Lumière SARL',
    title: 'Directrice financière',
    language: 'FR',
    status: 'Working - Contacted',
    lead_source: 'Partner',
    monetary_amount: 42000.75,
    currency: 'EUR',
    phone_numbers: [
      {
        id: null,
        country_code: '33',
        area_code: '1',
        number: '99 00 12 34',
        extension: null,
        type: 'office',
      },
    ],
  }),
  salesforceLead({
    id: JPY_ID,
    first_name: 'Haruto',
    last_name: 'Sakamoto',
    company_name: 'Kumo Robotics KK',
    title: '営業部長',
    language: 'JA',
    status: 'New',
    lead_source: 'Email Campaign',
    monetary_amount: 8800000,
    currency: 'JPY',
  }),
  salesforceLead({
    id: UNKNOWN_CURRENCY_ID,
    first_name: 'Kwame',
    last_name: 'Mensah',
    company_name: 'Volta Solar Co-op',
    title: 'Procurement Lead',
    status: 'Nurturing',
    lead_source: 'Cold Call',
    monetary_amount: 5000,
    currency: 'UNKNOWN_CURRENCY',
  }),
  salesforceLead({
    id: INPUT_ID,
    first_name: 'Noor',
    last_name: 'Haddad',
    company_name: 'Cedar Health',
    status: 'New',
    lead_source: 'Web',
  }),
  salesforceLead({
    id: TEXTAREA_ID,
    first_name: 'Oskar',
    last_name: 'Lindgren',
    company_name: 'Nordlys Energi',
    status: 'New',
    lead_source: 'Web',
  }),
  salesforceLead({
    id: EDITABLE_ID,
    first_name: 'Yuki',
    last_name: 'Tanabe',
    company_name: 'Sakura Foods',
    status: 'New',
    lead_source: 'Web',
  }),
];
