// @ts-check
// Request dispatch: logging, CORS preflight, routing, method and header checks.
import { checkHeaders, headerValue } from './auth.mjs';
import { errors } from './envelopes.mjs';
import { listLeads } from './lead-list.mjs';
import { sendOne } from './lead-one.mjs';
import { send, sendPreflight } from './respond.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/**
 * @typedef {{ method: string, path: string, query: Record<string, string>,
 *   headers: Record<string, string | string[] | undefined>, time: number }} LogEntry
 */
/**
 * @typedef {object} Context
 * @property {import('./auth.mjs').Credentials} credentials
 * @property {import('./store.mjs').LeadStore} store
 * @property {ReturnType<typeof import('./faults.mjs').createFaultStore>} faults
 * @property {LogEntry[]} log
 * @property {string} baseUrl
 * @property {import('./respond.mjs').RateWindow} rate
 * @property {(ms: number) => Promise<void>} wait resolves early when the server closes
 */

const LIST_PATH = /^\/crm\/leads\/?$/;
const ONE_PATH = /^\/crm\/leads\/([^/]+)$/;

/**
 * @param {string} path
 * @returns {{ kind: 'list' } | { kind: 'one', rawId: string } | null}
 */
function matchRoute(path) {
  if (LIST_PATH.test(path)) {
    return { kind: 'list' };
  }
  const one = ONE_PATH.exec(path);
  return one ? { kind: 'one', rawId: one[1] ?? '' } : null;
}

/** @param {string} text @returns {string | null} */
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * @param {LogEntry[]} log
 * @param {IncomingMessage} req
 * @param {URL} url
 */
function record(log, req, url) {
  log.push({
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { ...req.headers },
    time: Date.now(),
  });
}

/**
 * @param {Context} ctx
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 */
export async function handleRequest(ctx, req, res) {
  const url = new URL(req.url ?? '/', ctx.baseUrl);
  const method = req.method ?? 'GET';
  record(ctx.log, req, url);
  if (method === 'OPTIONS') {
    return sendPreflight(ctx.rate, req, res);
  }
  const route = matchRoute(url.pathname);
  if (!route) {
    return send(ctx.rate, res, 404, errors.routeNotFound(method, url.pathname));
  }
  if (method !== 'GET') {
    return send(ctx.rate, res, 405, errors.methodNotAllowed(method), {
      headers: { Allow: 'GET, OPTIONS' },
    });
  }
  const denied = checkHeaders(ctx.credentials, req.headers);
  if (denied) {
    return send(ctx.rate, res, denied.status_code, denied);
  }
  if (route.kind === 'one') {
    return dispatchOne(ctx, req, res, url, route.rawId);
  }
  const serviceId = headerValue(req.headers, 'x-apideck-service-id');
  const reply = listLeads(ctx.store, url, serviceId, ctx.baseUrl);
  send(ctx.rate, res, reply.status, reply.body, { service: reply.service });
}

/**
 * @param {Context} ctx
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {URL} url
 * @param {string} rawId
 */
async function dispatchOne(ctx, req, res, url, rawId) {
  const id = safeDecode(rawId);
  if (id === null) {
    return send(ctx.rate, res, 400, errors.invalidParams('Malformed id in path'));
  }
  await sendOne(ctx, req, res, url, id);
}
