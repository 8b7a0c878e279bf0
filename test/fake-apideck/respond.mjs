// @ts-check
// Writing responses: JSON bodies, Request-Id, CORS and Apideck's downstream rate-limit headers.
import { randomUUID } from 'node:crypto';

/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {{ limit: number, used: number, resetAt: number }} RateWindow */
/** @typedef {{ service?: string, headers?: Record<string, string> }} SendOptions */

const EXPOSED_HEADERS = [
  'Request-Id',
  'Retry-After',
  'x-downstream-ratelimit-limit',
  'x-downstream-ratelimit-remaining',
  'x-downstream-ratelimit-reset',
].join(', ');
const ALLOWED_HEADERS =
  'authorization, content-type, x-apideck-app-id, ' + 'x-apideck-consumer-id, x-apideck-service-id';

/** @returns {RateWindow} Salesforce-like daily allowance, reset a day after start. */
export function createRateWindow() {
  return { limit: 15000, used: 0, resetAt: Math.floor(Date.now() / 1000) + 86400 };
}

/**
 * Only Salesforce exposes limits in this fake, as Apideck forwards what the downstream sends.
 * @param {RateWindow} rate
 * @param {number} status
 * @returns {Record<string, string>}
 */
function rateLimitHeaders(rate, status) {
  rate.used = Math.min(rate.limit, rate.used + 1);
  const remaining = status === 429 ? 0 : rate.limit - rate.used;
  return {
    'x-downstream-ratelimit-limit': String(rate.limit),
    'x-downstream-ratelimit-remaining': String(remaining),
    'x-downstream-ratelimit-reset': String(rate.resetAt),
  };
}

/**
 * @param {RateWindow} rate
 * @param {number} status
 * @param {string | undefined} service
 * @returns {Record<string, string>}
 */
function commonHeaders(rate, status, service) {
  const headers = {
    'Content-Type': 'application/json',
    'Request-Id': randomUUID(),
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
  };
  return service === 'salesforce' ? { ...headers, ...rateLimitHeaders(rate, status) } : headers;
}

/**
 * Sends a JSON value, or a string body verbatim (for malformed-JSON faults).
 * @param {RateWindow} rate
 * @param {ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {SendOptions} [options]
 */
export function send(rate, res, status, body, options = {}) {
  if (res.destroyed || res.headersSent) {
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...commonHeaders(rate, status, options.service),
    'Content-Length': String(Buffer.byteLength(text)),
    ...options.headers,
  });
  res.end(text);
}

/**
 * Permissive CORS preflight answer; extension background fetches never need it.
 * @param {RateWindow} rate
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 */
export function sendPreflight(rate, req, res) {
  const requested = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    ...commonHeaders(rate, 204, undefined),
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
    'Access-Control-Allow-Headers': requested || ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
  });
  res.end();
}
