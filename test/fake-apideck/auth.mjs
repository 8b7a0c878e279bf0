// @ts-check
// Apideck's request-header checks: bearer key, application id, consumer id.
import { errors } from './envelopes.mjs';

/** @typedef {import('node:http').IncomingHttpHeaders} IncomingHttpHeaders */
/** @typedef {{ apiKey: string, appId: string, consumerId: string }} Credentials */

const REQUIRED_HEADERS = ['x-apideck-app-id', 'x-apideck-consumer-id'];

/**
 * First value of a (lower-case) header, treating empty strings as absent.
 * @param {IncomingHttpHeaders} headers
 * @param {string} name
 * @returns {string | undefined}
 */
export function headerValue(headers, name) {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === '' ? undefined : first;
}

/**
 * The error envelope for the first failing check, or null when the caller may proceed.
 * @param {Credentials} expected
 * @param {IncomingHttpHeaders} headers
 */
export function checkHeaders(expected, headers) {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headerValue(headers, 'authorization') ?? '');
  if (!bearer) {
    return errors.unauthorized('Missing authentication');
  }
  const missing = REQUIRED_HEADERS.find((name) => !headerValue(headers, name));
  if (missing) {
    return errors.missingHeader(missing);
  }
  if (bearer[1] !== expected.apiKey) {
    return errors.unauthorized('Invalid API key');
  }
  if (headerValue(headers, 'x-apideck-app-id') !== expected.appId) {
    return errors.unauthorized('Invalid application id');
  }
  if (headerValue(headers, 'x-apideck-consumer-id') !== expected.consumerId) {
    return errors.unauthorized('Unknown consumer id');
  }
  return null;
}
