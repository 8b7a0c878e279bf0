// @ts-check
// The richest lead: every Lead property filled, every custom-field value type present.

/** @typedef {import('./leads.mjs').LeadEntry} LeadEntry */

export const FULL_ID = '00Q5e00000AdLvQEAV';

/** @type {Record<string, unknown>} */
const primaryAddress = {
  id: 'addr-ada-hq',
  type: 'primary',
  string: '12 Analytical Row, Suite 4, Cambridge CB2 1TN, GB',
  name: 'Cambridge HQ',
  line1: '12 Analytical Row',
  line2: 'Suite 4',
  line3: 'Engine House',
  line4: 'Ring the brass bell',
  line5: 'Attention: Research Office',
  street_number: '12',
  city: 'Cambridge',
  state: 'Cambridgeshire',
  postal_code: 'CB2 1TN',
  country: 'GB',
  latitude: '52.204267',
  longitude: '0.118227',
  county: 'Cambridgeshire',
  contact_name: 'Ada Linwood',
  salutation: 'Dr',
  phone_number: '+44 20 7946 0321',
  fax: '+44 20 7946 0999',
  email: 'office@difference-engine.example',
  website: 'https://difference-engine.example',
  notes: 'Deliveries via the side gate before noon.',
  row_version: '3-88213',
};

/** @type {Record<string, unknown>} */
const billingAddress = {
  id: 'addr-ada-billing',
  type: 'billing',
  string: '400 Ledger Lane, Boston, MA 02110, US',
  name: 'US billing office',
  line1: '400 Ledger Lane',
  line2: 'Floor 9',
  line3: null,
  line4: null,
  line5: 'Attention: Accounts Payable',
  street_number: '400',
  city: 'Boston',
  state: 'MA',
  postal_code: '02110',
  country: 'US',
  latitude: '42.356010',
  longitude: '-71.053240',
  county: 'Suffolk',
  contact_name: 'Charles Babbington',
  salutation: 'Mr',
  phone_number: '+1 617-555-0117',
  fax: null,
  email: 'ap@difference-engine.example',
  website: null,
  notes: null,
  row_version: '1-40021',
};

const customFields = [
  {
    id: '00N5e00000Ind5g',
    name: 'Industry_Segment__c',
    description: 'Industry segment',
    value: 'Scientific instruments',
  },
  { id: '00N5e00000Sc0rE', name: 'Lead_Score__c', description: 'Lead score', value: 87.5 },
  { id: '00N5e00000Gdpr1', name: 'GDPR_Consent__c', description: 'Marketing consent', value: true },
  {
    id: '00N5e00000Plan1',
    name: 'Plan_Details__c',
    description: 'Requested plan',
    value: { tier: 'gold', seats: 40, annual: true },
  },
  {
    id: '00N5e00000Intr1',
    name: 'Interests__c',
    description: 'Product interests',
    value: ['analytics', 'compute', 3, false, { module: 'mill' }],
  },
  { id: '00N5e00000Nx7Cl', name: 'Next_Call__c', description: 'Next scheduled call', value: null },
];

/** @type {LeadEntry} */
export const fullLead = {
  service: 'salesforce',
  lead: {
    id: FULL_ID,
    name: 'Ada Linwood',
    company_name: 'Difference Engine Analytics Ltd',
    owner_id: '0055e000003GhRpAAK',
    owner_name: 'Charles Babbington',
    company_id: '0015e00000AnEnGAAV',
    contact_id: '0035e00000K7pLqAAJ',
    lead_id: FULL_ID,
    lead_source: 'Partner Referral',
    first_name: 'Ada',
    last_name: 'Linwood',
    description: 'Met at the Computing History summit; wants a pilot for 40 analysts in Q3.',
    prefix: 'Dr',
    title: 'Chief Computation Officer',
    language: 'EN',
    status: 'Working - Contacted',
    monetary_amount: 75000,
    currency: 'USD',
    fax: '+44 20 7946 0999',
    websites: [
      { id: 'web-1', url: 'https://difference-engine.example', type: 'primary' },
      { id: 'web-2', url: 'https://blog.difference-engine.example/notes', type: 'secondary' },
    ],
    addresses: [primaryAddress, billingAddress],
    social_links: [
      { id: 'soc-1', url: 'https://www.linkedin.com/in/ada-linwood-example', type: 'linkedin' },
      { id: 'soc-2', url: 'https://x.com/adalinwood_example', type: 'twitter' },
      { id: null, url: 'https://github.com/adalinwood-example', type: null },
    ],
    phone_numbers: [
      {
        id: 'ph-1',
        country_code: '1',
        area_code: '617',
        number: '555-0142',
        extension: '204',
        type: 'primary',
      },
      {
        id: 'ph-2',
        country_code: '44',
        area_code: null,
        number: '7700 900123',
        extension: null,
        type: 'mobile',
      },
      {
        id: 'ph-3',
        country_code: '44',
        area_code: '20',
        number: '7946 0999',
        extension: null,
        type: 'fax',
      },
    ],
    emails: [
      { id: 'em-1', email: 'ada.linwood@difference-engine.example', type: 'primary' },
      { id: 'em-2', email: 'a.linwood@research.difference-engine.example', type: 'work' },
      { id: 'em-3', email: 'ada@linwood.example', type: 'personal' },
    ],
    custom_fields: customFields,
    tags: ['Hot', 'Summit 2025', 'Pilot'],
    custom_mappings: { rating: 'Hot', territory: 'EMEA North' },
    updated_at: '2025-06-02T16:45:10.000Z',
    created_at: '2025-03-14T09:26:53.589Z',
  },
};
