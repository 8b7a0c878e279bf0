// @ts-check
// Response bodies shaped like crm.yml's GetLead(s)Response and its shared error envelope.
import { STATUS_CODES } from 'node:http';

/** @typedef {import('./leads.mjs').LeadEntry} LeadEntry */
/**
 * @typedef {{ status_code: number, error: string, type_name: string, message: string,
 *   detail: string | Record<string, unknown>, ref: string }} ErrorBody
 */

/**
 * @param {number} status
 * @param {string} typeName
 * @param {string} message
 * @param {string | Record<string, unknown>} detail
 * @returns {ErrorBody}
 */
export function errorBody(status, typeName, message, detail) {
  return {
    status_code: status,
    error: STATUS_CODES[status] ?? 'Error',
    type_name: typeName,
    message,
    detail,
    ref: `https://developers.apideck.com/errors#${typeName.toLowerCase()}`,
  };
}

export const errors = {
  /** @param {string} header */
  missingHeader: (header) =>
    errorBody(400, 'RequestHeadersValidationError', 'Invalid Params', `Missing Header: ${header}`),
  /** @param {string} detail */
  unauthorized: (detail) => errorBody(401, 'UnauthorizedError', 'Unauthorized Request', detail),
  /** @param {string} id */
  leadNotFound: (id) =>
    errorBody(404, 'EntityNotFoundError', 'Unknown Lead', `Could not find lead with id: '${id}'`),
  /** @param {string} service */
  connectionNotFound: (service) =>
    errorBody(
      404,
      'ConnectionNotFoundError',
      'Connection Not Found',
      `No connection found for service_id '${service}'`,
    ),
  /** @param {string} method @param {string} path */
  routeNotFound: (method, path) =>
    errorBody(404, 'EntityNotFoundError', 'Unknown Route', `No route for ${method} ${path}`),
  /** @param {string} method */
  methodNotAllowed: (method) =>
    errorBody(
      405,
      'MethodNotAllowedError',
      'Method Not Allowed',
      `${method} is not supported by this fake; only GET is`,
    ),
  /** @param {string} detail */
  invalidParams: (detail) => errorBody(400, 'RequestValidationError', 'Invalid Params', detail),
  /** @param {string} cursor */
  invalidCursor: (cursor) =>
    errorBody(
      400,
      'InvalidCursorError',
      'Invalid Cursor',
      `Cursor '${cursor}' was not issued for this resource`,
    ),
  /** @param {string[]} keys */
  unsupportedFilters: (keys) =>
    errorBody(
      400,
      'UnsupportedFiltersError',
      'Unsupported Filters',
      `Unsupported filter(s): ${keys.join(', ')}`,
    ),
  /** @param {string} field */
  unsupportedSort: (field) =>
    errorBody(
      400,
      'UnsupportedSortFieldError',
      'Unsupported Sort Field',
      `Unsupported sort field: ${field}`,
    ),
};

/** @type {Record<number, [string, string]>} */
const FAULT_TYPES = {
  500: ['UnexpectedError', 'Unexpected Error'],
  502: ['ConnectorExecutionError', 'Connector Execution Error'],
  503: ['ServiceUnavailableError', 'Service Unavailable'],
};

/**
 * Error body for an injected 429/5xx fault.
 * @param {number} status
 * @param {string} id
 * @returns {ErrorBody}
 */
export function faultError(status, id) {
  if (status === 429) {
    return errorBody(429, 'ConnectorRateLimitError', 'Connector Rate Limit Error', {
      context: `Downstream connector returned HTTP 429 for lead '${id}'`,
      error: { message: 'Request limit exceeded' },
    });
  }
  const [typeName, message] = FAULT_TYPES[status] ?? ['UnexpectedError', 'Unexpected Error'];
  return errorBody(status, typeName, message, `Injected fault for lead '${id}'`);
}

/**
 * @param {LeadEntry} entry
 * @param {Record<string, unknown>} data
 * @param {Record<string, unknown> | null} raw
 */
export function leadEnvelope(entry, data, raw) {
  const envelope = {
    status_code: 200,
    status: 'OK',
    service: entry.service,
    resource: 'leads',
    operation: 'one',
    data,
  };
  return raw ? { ...envelope, _raw: raw } : envelope;
}

/**
 * @param {string} service
 * @param {Record<string, unknown>[]} data
 * @param {{ meta: Record<string, unknown>, links: Record<string, unknown>,
 *   raw: Record<string, unknown> | null }} extra
 */
export function leadsEnvelope(service, data, extra) {
  const envelope = {
    status_code: 200,
    status: 'OK',
    service,
    resource: 'leads',
    operation: 'all',
    data,
    meta: extra.meta,
    links: extra.links,
  };
  return extra.raw ? { ...envelope, _raw: extra.raw } : envelope;
}

/**
 * Stand-in for the downstream CRM's own record, returned as `_raw` when raw=true.
 * @param {LeadEntry} entry
 */
export function rawRecord(entry) {
  const { id, name } = entry.lead;
  if (entry.service !== 'salesforce') {
    return { id, name, source: entry.service };
  }
  return {
    attributes: { type: 'Lead', url: `/services/data/v60.0/sobjects/Lead/${id}` },
    Id: id,
    Name: name,
  };
}
