// @ts-check
// Leads from the non-Salesforce connectors, each with its native id shape (apideck-api.md §9).

/** @typedef {import('./leads.mjs').LeadEntry} LeadEntry */

// 19 digits: above Number.MAX_SAFE_INTEGER, so it must stay a string end to end.
export const ZOHO_ID = '4876876000000422019';
export const PIPEDRIVE_ID = '5f0c8a3e-2b7d-11ee-9a41-3b2c5d7e8f90';
export const CLOSE_ID = 'lead_Qm7Tz3VbK1pXw9RcN4yHs2LdF6gJa8UeB0oWiE5tMxv';
export const HUBSPOT_ID = '29384756102';
// Dynamics lead GUIDs are lower case in Apideck's answers; links may carry braces or upper case.
export const DYNAMICS_ID = '7c1e2f9a-3b4d-4e5f-8a6b-0c1d2e3f4a5b';
export const ZENDESK_SELL_ID = '11866410';
export const FRESHSALES_ID = '5022967942';
export const ODOO_ID = '4217';

/** @type {LeadEntry} */
const zohoLead = {
  service: 'zoho-crm',
  lead: {
    id: ZOHO_ID,
    name: 'Rafael Okonkwo',
    first_name: 'Rafael',
    last_name: 'Okonkwo',
    company_name: 'Harbour Freight Analytics',
    owner_id: '4876876000000251001',
    owner_name: 'Ines Albuquerque',
    title: 'Data Platform Manager',
    status: 'Contact in Future',
    lead_source: 'Online Store',
    monetary_amount: 31000,
    currency: 'GBP',
    emails: [{ id: null, email: 'rafael@harbour-freight.example', type: 'primary' }],
    phone_numbers: [{ id: null, number: '4402079460555', type: 'work' }],
    tags: ['Zoho import'],
    created_at: '2025-02-11T10:15:00.000Z',
    updated_at: '2025-02-12T11:00:00.000Z',
  },
};

/** @type {LeadEntry} */
const pipedriveLead = {
  service: 'pipedrive',
  // Pipedrive's lead "name" is the lead title, not a person.
  lead: {
    id: PIPEDRIVE_ID,
    name: 'Northwind Traders — 40 seat expansion',
    company_name: 'Northwind Traders',
    company_id: '812',
    contact_id: '3307',
    owner_id: '14022',
    owner_name: 'Sven Aaltonen',
    monetary_amount: 14400,
    currency: 'EUR',
    tags: ['Expansion'],
    created_at: '2025-07-01T07:45:12.120Z',
    updated_at: '2025-07-03T09:00:00.000Z',
  },
};

/** @type {LeadEntry} */
const closeLead = {
  service: 'close',
  // In Close a lead is an organisation.
  lead: {
    id: CLOSE_ID,
    name: 'Blue Heron Outfitters',
    company_name: 'Blue Heron Outfitters',
    description: 'Outdoor retailer, three stores, evaluating a new POS.',
    status: 'Potential',
    websites: [{ id: null, url: 'https://blue-heron-outfitters.example', type: 'primary' }],
    addresses: [{ id: null, type: 'office', city: 'Portland', state: 'OR', country: 'US' }],
    custom_fields: [{ id: 'cf_Hx1', name: 'Store count', description: null, value: 3 }],
    created_at: '2024-11-30T18:22:05.000Z',
    updated_at: '2025-01-08T13:14:15.000Z',
  },
};

/** @type {LeadEntry} */
const hubspotLead = {
  service: 'hubspot',
  lead: {
    id: HUBSPOT_ID,
    name: 'Sofia Lindqvist',
    first_name: 'Sofia',
    last_name: 'Lindqvist',
    company_name: 'Fjord Analytics AB',
    title: 'CTO',
    status: 'IN_PROGRESS',
    emails: [{ id: null, email: 'sofia@fjord-analytics.example', type: 'work' }],
    social_links: [
      { id: null, url: 'https://www.linkedin.com/in/sofia-lindqvist-example', type: 'linkedin' },
    ],
    created_at: '2025-08-19T06:30:00.000Z',
    updated_at: '2025-08-19T06:30:00.000Z',
  },
};

/**
 * A plain person lead for a connector whose leads look alike on the wire.
 * @param {string} service
 * @param {string} id
 * @param {string} first
 * @param {string} last
 * @param {string} company
 * @returns {LeadEntry}
 */
function personLead(service, id, first, last, company) {
  const domain = company.toLowerCase().replace(/[^a-z]+/g, '-');
  return {
    service,
    lead: {
      id,
      name: `${first} ${last}`,
      first_name: first,
      last_name: last,
      company_name: company,
      emails: [{ id: null, email: `${first.toLowerCase()}@${domain}.example`, type: 'work' }],
      created_at: '2025-05-06T08:00:00.000Z',
      updated_at: '2025-05-07T09:30:00.000Z',
    },
  };
}

/** @type {LeadEntry[]} */
export const otherCrmLeads = [
  zohoLead,
  pipedriveLead,
  closeLead,
  hubspotLead,
  personLead('microsoft-dynamics', DYNAMICS_ID, 'Maren', 'Oyelaran', 'Tidewater Logistics'),
  personLead('zendesk-sell', ZENDESK_SELL_ID, 'Tomasz', 'Wieczorek', 'Vistula Print Works'),
  personLead('freshsales', FRESHSALES_ID, 'Anjali', 'Raghunathan', 'Monsoon Ceramics'),
  personLead('odoo', ODOO_ID, 'Lucien', 'Marchetti', 'Atelier Brume'),
];
