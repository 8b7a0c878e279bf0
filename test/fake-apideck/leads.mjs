// @ts-check
// Default data for the fake: our own leads (wire format, snake_case) plus the shared fixtures.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FULL_ID, fullLead } from './lead-full.mjs';
import {
  HOSTILE_ID,
  MINIMAL_ID,
  NULLS_ID,
  hostileLead,
  minimalLead,
  nullsLead,
} from './leads-edge.mjs';
import {
  CLOSE_ID,
  DYNAMICS_ID,
  FRESHSALES_ID,
  HUBSPOT_ID,
  ODOO_ID,
  PIPEDRIVE_ID,
  ZENDESK_SELL_ID,
  ZOHO_ID,
  otherCrmLeads,
} from './leads-other-crms.mjs';
import {
  EDITABLE_ID,
  EUR_ID,
  GRACE_ID,
  INPUT_ID,
  JPY_ID,
  PRIYA_ID,
  TEXTAREA_ID,
  UNKNOWN_CURRENCY_ID,
  salesforceLeads,
} from './leads-salesforce.mjs';

/** @typedef {Record<string, unknown> & { id?: string, name: unknown }} Lead */
/** @typedef {{ service: string, lead: Lead }} LeadEntry */

/** Well-known ids for tests and demos. */
export const ids = Object.freeze({
  full: FULL_ID,
  full15: FULL_ID.slice(0, 15),
  minimal: MINIMAL_ID,
  nulls: NULLS_ID,
  hostile: HOSTILE_ID,
  zoho: ZOHO_ID,
  pipedrive: PIPEDRIVE_ID,
  close: CLOSE_ID,
  hubspot: HUBSPOT_ID,
  dynamics: DYNAMICS_ID,
  zendeskSell: ZENDESK_SELL_ID,
  freshsales: FRESHSALES_ID,
  odoo: ODOO_ID,
  eur: EUR_ID,
  jpy: JPY_ID,
  unknownCurrency: UNKNOWN_CURRENCY_ID,
  grace: GRACE_ID,
  priya: PRIYA_ID,
  formInput: INPUT_ID,
  formTextarea: TEXTAREA_ID,
  formEditable: EDITABLE_ID,
});

const FIXTURE_FILES = ['lead-full.json', 'lead-minimal.json', 'lead-many-nulls.json'];

/** Project root is two levels up; the shared folder sits next to it. */
export const fixturesDir = fileURLToPath(
  new URL('../../../shared/apideck/fixtures/', import.meta.url),
);

/**
 * The shared GetLeadResponse fixtures as entries, or [] when the folder is absent.
 * @param {string} [dir]
 * @returns {LeadEntry[]}
 */
export function loadFixtureLeads(dir = fixturesDir) {
  if (!existsSync(dir)) {
    return [];
  }
  return FIXTURE_FILES.filter((file) => existsSync(`${dir}/${file}`)).map((file) => {
    const body = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
    return { service: body.service, lead: body.data };
  });
}

/** @type {LeadEntry[]} */
export const ownLeads = [
  fullLead,
  ...salesforceLeads,
  minimalLead,
  nullsLead,
  hostileLead,
  ...otherCrmLeads,
];

/** @type {LeadEntry[]} */
export const fixtureLeads = loadFixtureLeads();

/** @type {LeadEntry[]} */
export const defaultLeads = [...ownLeads, ...fixtureLeads];
