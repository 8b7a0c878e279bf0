import { dynamicsRule } from './link-rules/dynamics';
import { odooRule } from './link-rules/odoo';
import { isSubdomainOf, type LinkRule } from './link-rules/rule';
import { salesforceClassicRule, salesforceLightningRule } from './link-rules/salesforce';
import {
  closeRule,
  freshsalesRule,
  hubspotRule,
  pipedriveRule,
  zendeskSellRule,
} from './link-rules/saas';
import { listZohoHosts } from './link-rules/zoho';
import type { LeadReference } from './types';

const httpSchemePattern = /^https?:/i;

const rulesByHost = new Map<string, LinkRule>([
  ['app.close.com', closeRule],
  ['app.futuresimple.com', zendeskSellRule],
  ...listZohoHosts(),
]);

// Disjoint suffixes: a host matches at most one, so their order does not matter.
const rulesBySuffix: ReadonlyArray<readonly [string, LinkRule]> = [
  ['.lightning.force.com', salesforceLightningRule],
  ['.salesforce.com', salesforceClassicRule],
  ['.hubspot.com', hubspotRule],
  ['.pipedrive.com', pipedriveRule],
  ['.dynamics.com', dynamicsRule],
  ['.freshsales.io', freshsalesRule],
];

/** The rule for a host: a known CRM's, or Odoo's for any other host (Odoo is self-hosted). */
function findRule(host: string): LinkRule {
  const exact = rulesByHost.get(host);
  if (exact !== undefined) {
    return exact;
  }

  const bySuffix = rulesBySuffix.find(([suffix]) => isSubdomainOf(host, suffix));
  return bySuffix?.[1] ?? odooRule;
}

function parseHttpUrl(href: string): URL | null {
  if (!httpSchemePattern.test(href)) {
    return null;
  }

  try {
    const url = new URL(href);
    // Credentials in a link are a phishing shape (`https://app.close.com@evil.example`-like).
    const isPlain = url.username === '' && url.password === '';
    return isPlain && (url.protocol === 'http:' || url.protocol === 'https:') ? url : null;
  } catch {
    return null;
  }
}

/** The lead behind a link to a CRM's lead record page, or null; never throws. */
export function parseLeadLink(href: string): LeadReference | null {
  const url = parseHttpUrl(href);
  if (url === null) {
    return null;
  }

  const rule = findRule(url.hostname);
  const id = rule.readId(url);
  if (id === null) {
    return null;
  }

  return { id, service: rule.service, recordUrl: url.href, source: 'link' };
}
