// @ts-check
// GET /crm/leads/{id}: service routing, fields/raw, and the per-lead faults.
import { headerValue } from './auth.mjs';
import { errors, faultError, leadEnvelope, rawRecord } from './envelopes.mjs';
import { truncatedJson, violateSpec } from './faults.mjs';
import { parseFields, pickFields } from './fields.mjs';
import { send } from './respond.mjs';

/** @typedef {import('./routes.mjs').Context} Context */
/** @typedef {import('./faults.mjs').Fault} Fault */
/** @typedef {import('./leads.mjs').LeadEntry} LeadEntry */
/** @typedef {import('./envelopes.mjs').ErrorBody} ErrorBody */
/**
 * @typedef {{ entry: LeadEntry, error?: undefined }
 *   | { entry?: undefined, error: ErrorBody }} Lookup
 */
/** @typedef {{ id: string, lookup: Lookup, url: URL, serviceId: string | undefined }} OneRequest */

/**
 * With a service header the lead must live in that connection; without one any service matches.
 * @param {import('./store.mjs').LeadStore} store
 * @param {string} id
 * @param {string | undefined} serviceId
 * @returns {Lookup}
 */
function lookUp(store, id, serviceId) {
  if (serviceId && !store.services.has(serviceId)) {
    return { error: errors.connectionNotFound(serviceId) };
  }
  const entry = store.find(id);
  if (!entry || (serviceId && entry.service !== serviceId)) {
    return { error: errors.leadNotFound(id) };
  }
  return { entry };
}

/**
 * @param {LeadEntry} entry
 * @param {URL} url
 */
function successBody(entry, url) {
  const data = pickFields(structuredClone(entry.lead), parseFields(url.searchParams.get('fields')));
  const raw = url.searchParams.get('raw') === 'true' ? rawRecord(entry) : null;
  return leadEnvelope(entry, data, raw);
}

/**
 * @param {Context} ctx
 * @param {import('node:http').ServerResponse} res
 * @param {OneRequest} request
 */
function sendNormal(ctx, res, { lookup, url }) {
  if (lookup.error) {
    return send(ctx.rate, res, lookup.error.status_code, lookup.error);
  }
  const { entry } = lookup;
  send(ctx.rate, res, 200, successBody(entry, url), { service: entry.service });
}

/**
 * @param {Context} ctx
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {string} id already URL-decoded
 */
export async function sendOne(ctx, req, res, url, id) {
  const serviceId = headerValue(req.headers, 'x-apideck-service-id');
  const lookup = lookUp(ctx.store, id, serviceId);
  const request = { id, lookup, url, serviceId };
  const fault = ctx.faults.take([id, lookup.entry?.lead.id]);
  if (fault) {
    await sendFaulty(ctx, res, fault, request);
  } else {
    sendNormal(ctx, res, request);
  }
}

/**
 * Retry-After, and for a 429 the downstream reset Apideck derives from it (unified-rate-limits
 * guide: "when the downstream sends retry-after, Apideck computes the reset time from it").
 * @param {Fault} fault
 * @returns {Record<string, string>}
 */
function retryAfterHeader({ status, retryAfter }) {
  if (retryAfter === undefined || (status !== 429 && status !== 503)) {
    return {};
  }
  const seconds = /^\d+$/.test(retryAfter)
    ? Number(retryAfter)
    : Math.max(0, (Date.parse(retryAfter) - Date.now()) / 1000);
  if (status !== 429 || !Number.isFinite(seconds)) {
    return { 'Retry-After': retryAfter };
  }
  const reset = String(Math.ceil(Date.now() / 1000 + seconds));
  return { 'Retry-After': retryAfter, 'x-downstream-ratelimit-reset': reset };
}

/**
 * Applies one fault; body-breaking faults on unknown ids use a stand-in lead.
 * @param {Context} ctx
 * @param {import('node:http').ServerResponse} res
 * @param {Fault} fault
 * @param {OneRequest} request
 */
async function sendFaulty(ctx, res, fault, request) {
  const { id, lookup, url, serviceId } = request;
  if (fault.latencyMs) {
    await ctx.wait(fault.latencyMs);
  }
  // A hung response stays open until the client aborts or close() destroys it.
  if (fault.hang) {
    return;
  }
  const service = lookup.entry?.service;
  if (fault.status) {
    const headers = retryAfterHeader(fault);
    return send(ctx.rate, res, fault.status, faultError(fault.status, id), { service, headers });
  }
  const standIn = { service: serviceId ?? 'salesforce', lead: { id, name: 'Stand-in' } };
  const entry = lookup.entry ?? standIn;
  const body = successBody(entry, url);
  if (fault.malformed) {
    return send(ctx.rate, res, 200, truncatedJson(body), { service });
  }
  if (fault.specViolation) {
    return send(ctx.rate, res, 200, violateSpec(body, fault.specViolation), { service });
  }
  sendNormal(ctx, res, request);
}
