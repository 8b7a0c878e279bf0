// @ts-check
// Lead lookup by id, accepting Salesforce's 15-character and case-folded 18-character forms.
import { toSalesforce18 } from './salesforce-id.mjs';

/** @typedef {import('./leads.mjs').LeadEntry} LeadEntry */
/**
 * @typedef {{ entries: LeadEntry[], services: Set<string>,
 *   find(id: string): LeadEntry | undefined }} LeadStore
 */

const SALESFORCE_18 = /^[0-9A-Za-z]{18}$/;

/** @param {string} id18 */
const foldedKey = (id18) => `sf18:${id18.toUpperCase()}`;

/**
 * @param {LeadEntry[]} entries
 * @returns {LeadStore}
 */
export function createLeadStore(entries) {
  /** @type {Map<string, LeadEntry>} */
  const index = new Map();
  for (const entry of entries) {
    indexEntry(index, entry);
  }
  return {
    entries,
    services: new Set(entries.map((entry) => entry.service)),
    find: (id) => index.get(id) ?? findSalesforce(index, id),
  };
}

/**
 * @param {Map<string, LeadEntry>} index
 * @param {LeadEntry} entry
 */
function indexEntry(index, entry) {
  const id = entry.lead.id;
  if (typeof id !== 'string' || id === '') {
    throw new TypeError('every lead needs a string id');
  }
  if (index.has(id)) {
    throw new Error(`duplicate lead id ${id}`);
  }
  index.set(id, entry);
  if (entry.service === 'salesforce' && SALESFORCE_18.test(id)) {
    index.set(foldedKey(id), entry);
  }
}

/**
 * Salesforce accepts the case-sensitive 15-char id and the case-insensitive 18-char id.
 * @param {Map<string, LeadEntry>} index
 * @param {string} id
 */
function findSalesforce(index, id) {
  const id18 = toSalesforce18(id) ?? (SALESFORCE_18.test(id) ? id : null);
  return id18 ? index.get(foldedKey(id18)) : undefined;
}
