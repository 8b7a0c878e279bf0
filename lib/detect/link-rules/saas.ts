import { definePathRule, readCapture, type LinkRule } from './rule';

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const hubspotHost = /^app(?:-[a-z]+[0-9]+)?\.hubspot\.com$/;
// 0-136 is HubSpot's Leads object; 0-1 records are contacts, which are not leads: not counted.
const hubspotPath = /^\/contacts\/[0-9]+\/record\/0-136\/([0-9]{1,20})\/?$/;
const pipedrivePath = new RegExp(`^/leads/inbox/(${uuid})/?$`, 'i');

/** `app.hubspot.com` and regional hosts such as `app-eu1.hubspot.com`. */
export const hubspotRule: LinkRule = {
  service: 'hubspot',
  readId: (url) => (hubspotHost.test(url.hostname) ? readCapture(hubspotPath, url.pathname) : null),
};

/** Pipedrive lead IDs are UUIDs; the API writes them in lower case. */
export const pipedriveRule: LinkRule = {
  service: 'pipedrive',
  readId: (url) => readCapture(pipedrivePath, url.pathname)?.toLowerCase() ?? null,
};

export const closeRule = definePathRule('close', /^\/lead\/(lead_[0-9A-Za-z]{43})\/?$/);

/** Zendesk Sell still serves its app from the old Base CRM host, futuresimple.com. */
export const zendeskSellRule = definePathRule('zendesk-sell', /^\/leads\/([0-9]{1,20})\/?$/);

export const freshsalesRule = definePathRule(
  'freshsales',
  /^\/leads\/(?:view\/)?([0-9]{1,20})\/?$/,
);
