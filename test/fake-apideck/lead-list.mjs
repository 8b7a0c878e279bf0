// @ts-check
// GET /crm/leads: filtering, sorting and cursor paging over the store.
import { errors, leadsEnvelope, rawRecord } from './envelopes.mjs';
import { parseFields, pickFields } from './fields.mjs';
import { decodeCursor, encodeCursor, parseFilters, parseLimit, parseSort } from './list-query.mjs';

/** @typedef {import('./leads.mjs').LeadEntry} LeadEntry */
/** @typedef {import('./list-query.mjs').Sort} Sort */
/** @typedef {{ status: number, body: Record<string, unknown>, service?: string }} Reply */

/** @param {unknown} value */
const lower = (value) => (typeof value === 'string' ? value.toLowerCase() : '');
/** @param {string} value */
const digits = (value) => value.replace(/\D/g, '');

/**
 * Values a filter key is matched against, as in the LeadsFilter schema.
 * @param {Record<string, unknown>} lead
 * @param {string} key
 * @returns {string[]}
 */
function filterValues(lead, key) {
  /** @param {unknown} list @param {string} prop */
  const items = (list, prop) => (Array.isArray(list) ? list.map((item) => item?.[prop]) : []);
  if (key === 'email') {
    return items(lead.emails, 'email').map(lower);
  }
  if (key === 'phone_number') {
    return items(lead.phone_numbers, 'number').map(lower);
  }
  return [lower(lead[key])];
}

/**
 * Case-insensitive substring match; phone numbers also match on digits alone.
 * @param {Record<string, unknown>} lead
 * @param {Map<string, string>} filters
 */
function matchesFilters(lead, filters) {
  return [...filters].every(([key, wanted]) =>
    filterValues(lead, key).some((value) => {
      if (value.includes(wanted.toLowerCase())) {
        return true;
      }
      const wantedDigits = digits(wanted);
      return key === 'phone_number' && wantedDigits !== '' && digits(value).includes(wantedDigits);
    }),
  );
}

/**
 * Stable sort; leads without the field go last in either direction.
 * @param {LeadEntry[]} entries
 * @param {Sort} sort
 */
function sortEntries(entries, sort) {
  if (!sort) {
    return entries;
  }
  const key = (/** @type {LeadEntry} */ entry) => filterValues(entry.lead, sort.by)[0] ?? '';
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...entries].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (!x || !y) {
      return Number(!x) - Number(!y);
    }
    return sign * x.localeCompare(y);
  });
}

/**
 * @param {string} baseUrl
 * @param {URLSearchParams} params
 * @param {string | null} cursor
 */
function pageLink(baseUrl, params, cursor) {
  const next = new URLSearchParams(params);
  next.delete('cursor');
  if (cursor) {
    next.set('cursor', cursor);
  }
  const query = next.toString();
  return `${baseUrl}/crm/leads${query ? `?${query}` : ''}`;
}

/**
 * @param {unknown} value
 * @returns {value is import('./envelopes.mjs').ErrorBody}
 */
function isErrorBody(value) {
  return typeof value === 'object' && value !== null && 'type_name' in value;
}

/**
 * @param {{ entries: LeadEntry[], services: Set<string> }} store
 * @param {URL} url
 * @param {string | undefined} serviceId
 * @param {string} baseUrl
 * @returns {Reply}
 */
export function listLeads(store, url, serviceId, baseUrl) {
  const params = url.searchParams;
  if (serviceId && !store.services.has(serviceId)) {
    return { status: 404, body: errors.connectionNotFound(serviceId) };
  }
  const [limit, filters, sort] = [parseLimit(params), parseFilters(params), parseSort(params)];
  const invalid = [limit, filters, sort].find(isErrorBody);
  if (invalid) {
    return { status: invalid.status_code, body: invalid };
  }
  const matching = sortEntries(
    store.entries.filter(
      (entry) =>
        (!serviceId || entry.service === serviceId) &&
        matchesFilters(entry.lead, /** @type {Map<string, string>} */ (filters)),
    ),
    /** @type {Sort} */ (sort),
  );
  const cursor = params.get('cursor');
  const offset = cursor ? decodeCursor(cursor, matching.length) : 0;
  if (offset === null) {
    return { status: 400, body: errors.invalidCursor(String(cursor)) };
  }
  return page(matching, offset, /** @type {number} */ (limit), { url, serviceId, baseUrl });
}

/**
 * @param {LeadEntry[]} matching
 * @param {number} offset
 * @param {number} limit
 * @param {{ url: URL, serviceId: string | undefined, baseUrl: string }} request
 * @returns {Reply}
 */
function page(matching, offset, limit, { url, serviceId, baseUrl }) {
  const params = url.searchParams;
  const entries = matching.slice(offset, offset + limit);
  const cursors = {
    previous: offset > 0 ? encodeCursor(Math.max(0, offset - limit)) : null,
    current: encodeCursor(offset),
    next: offset + limit < matching.length ? encodeCursor(offset + limit) : null,
  };
  const links = {
    previous: cursors.previous && pageLink(baseUrl, params, cursors.previous),
    current: pageLink(baseUrl, params, params.get('cursor')),
    next: cursors.next && pageLink(baseUrl, params, cursors.next),
  };
  const meta = { items_on_page: entries.length, cursors, total_count: matching.length };
  const plan = parseFields(params.get('fields'));
  const data = entries.map((entry) => pickFields(structuredClone(entry.lead), plan));
  const raw = params.get('raw') === 'true' ? { records: entries.map(rawRecord) } : null;
  // Without a service header the list spans every connection; report the first lead's service.
  const service = serviceId ?? entries[0]?.service ?? matching[0]?.service ?? 'salesforce';
  return { status: 200, body: leadsEnvelope(service, data, { meta, links, raw }), service };
}
