// @ts-check
// Edge-case Salesforce leads: bare minimum, all-null, and hostile content for escaping tests.

/** @typedef {import('./leads.mjs').LeadEntry} LeadEntry */

export const MINIMAL_ID = '00Q5e00000Mn1mLEAR';
export const NULLS_ID = '00Q5e00000NuLL5EAN';
export const HOSTILE_ID = '00Q5e00000Xs5HtEAJ';

/** @type {LeadEntry} */
export const minimalLead = { service: 'salesforce', lead: { id: MINIMAL_ID, name: 'Mina Tobias' } };

/** @type {LeadEntry} */
export const nullsLead = {
  service: 'salesforce',
  lead: {
    id: NULLS_ID,
    name: 'Nils Nullberg',
    company_name: null,
    owner_id: null,
    owner_name: null,
    company_id: null,
    contact_id: null,
    lead_id: null,
    lead_source: null,
    first_name: null,
    last_name: null,
    description: null,
    prefix: null,
    title: null,
    language: null,
    status: null,
    monetary_amount: null,
    currency: null,
    fax: null,
    websites: [],
    addresses: [],
    social_links: [],
    phone_numbers: [],
    emails: [],
    custom_fields: null,
    tags: null,
    custom_mappings: null,
    updated_at: null,
    created_at: null,
  },
};

const HOSTILE_NAME = 'Mallory <img src=x onerror=alert(1)>';
const RTL_COMPANY = 'شركة الاختبار للتقنية \u202eexe.txt';

/** Exactly 2,000 characters of markup-looking filler. */
function longDescription() {
  const unit = 'Line <b>bold?</b> & <script>alert("d")</script> \u05e9\u05dc\u05d5\u05dd — ';
  return unit.repeat(Math.ceil(2000 / unit.length)).slice(0, 2000);
}

/** @type {LeadEntry} */
export const hostileLead = {
  service: 'salesforce',
  lead: {
    id: HOSTILE_ID,
    name: HOSTILE_NAME,
    company_name: RTL_COMPANY,
    owner_name: '<svg onload=alert(2)>',
    first_name: 'Mallory',
    last_name: '<img src=x onerror=alert(1)>',
    description: longDescription(),
    title: '"><script>alert(3)</script>',
    status: 'Open - Not Contacted',
    lead_source: 'מקור: ${7*7} {{constructor.constructor("alert(4)")()}}',
    currency: 'USD',
    monetary_amount: 1e21,
    websites: [
      { id: 'w-js', url: 'javascript:alert(1)', type: 'primary' },
      { id: 'w-data', url: 'data:text/html,<script>alert(1)</script>', type: 'secondary' },
      { id: 'w-vb', url: ' JaVaScRiPt:alert(5)', type: 'other' },
    ],
    // Hostile yet valid `format: email` (crm.yml): the fake serves only spec-valid leads.
    emails: [
      { id: 'e-q', email: 'x?cc=eve&body=pwned@evil.example', type: 'primary' },
      { id: 'e-t', email: "'-alert`6`-'/*@evil.example", type: 'other' },
    ],
    phone_numbers: [{ id: null, number: 'javascript:alert(7)', type: 'mobile' }],
    social_links: [{ id: null, url: 'javascript:alert(8)', type: '<b>x</b>' }],
    custom_fields: [
      {
        id: 'cf-html',
        name: '<i>html</i>',
        description: null,
        value: '<img src=x onerror=alert(9)>',
      },
    ],
    tags: ['<script>alert(10)</script>', '\u202eRTL override'],
    created_at: '2025-04-01T00:00:00.000Z',
    updated_at: '2025-04-01T00:00:00.000Z',
  },
};
