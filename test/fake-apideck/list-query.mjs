// @ts-check
// Query parsing for GET /crm/leads: limit, cursor, filter[...] and sort[...].
import { errors } from './envelopes.mjs';

/** @typedef {import('./envelopes.mjs').ErrorBody} ErrorBody */
/** @typedef {{ by: string, direction: 'asc' | 'desc' } | null} Sort */

export const FILTER_KEYS = Object.freeze([
  'name',
  'first_name',
  'last_name',
  'email',
  'phone_number',
]);
export const SORT_FIELDS = Object.freeze([
  'created_at',
  'updated_at',
  'name',
  'first_name',
  'last_name',
  'email',
]);
const CURSOR_TEXT = /^fake-apideck::leads::offset::(\d+)$/;

/**
 * @param {URLSearchParams} params
 * @returns {number | ErrorBody}
 */
export function parseLimit(params) {
  const value = params.get('limit');
  if (value === null) {
    return 20;
  }
  const limit = /^\d+$/.test(value) ? Number(value) : NaN;
  if (limit >= 1 && limit <= 200) {
    return limit;
  }
  return errors.invalidParams(`limit must be an integer from 1 to 200, got '${value}'`);
}

/**
 * `filter[key]=value` pairs; keys outside the LeadsFilter schema are rejected.
 * @param {URLSearchParams} params
 * @returns {Map<string, string> | ErrorBody}
 */
export function parseFilters(params) {
  /** @type {Map<string, string>} */
  const filters = new Map();
  const unsupported = [];
  for (const [key, value] of params) {
    const match = /^filter\[(.*)\]$/.exec(key);
    if (!match) {
      continue;
    }
    const name = match[1] ?? '';
    if (FILTER_KEYS.includes(name)) {
      filters.set(name, value);
    } else {
      unsupported.push(key);
    }
  }
  return unsupported.length ? errors.unsupportedFilters(unsupported) : filters;
}

/**
 * @param {URLSearchParams} params
 * @returns {Sort | ErrorBody}
 */
export function parseSort(params) {
  const by = params.get('sort[by]');
  const direction = params.get('sort[direction]') ?? 'asc';
  if (direction !== 'asc' && direction !== 'desc') {
    return errors.invalidParams(`sort[direction] must be asc or desc, got '${direction}'`);
  }
  if (by === null) {
    return null;
  }
  return SORT_FIELDS.includes(by) ? { by, direction } : errors.unsupportedSort(by);
}

/** @param {number} offset */
export function encodeCursor(offset) {
  return Buffer.from(`fake-apideck::leads::offset::${offset}`).toString('base64url');
}

/**
 * The offset a cursor we issued stands for, or null if we never could have issued it.
 * @param {string} cursor
 * @param {number} total
 * @returns {number | null}
 */
export function decodeCursor(cursor, total) {
  const match = CURSOR_TEXT.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(offset) || encodeCursor(offset) !== cursor) {
    return null;
  }
  return offset === 0 || offset < total ? offset : null;
}
