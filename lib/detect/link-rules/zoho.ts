import { definePathRule, type LinkRule } from './rule';

/** Zoho's data-centre domains; each serves its own `crm.` and `one.` hosts. */
const zohoDomains = ['com', 'eu', 'in', 'com.au', 'jp', 'com.cn', 'ca', 'sa', 'uk'];

// Zoho record IDs are 19-digit strings, beyond Number.MAX_SAFE_INTEGER: never parsed as numbers.
const leadTab = '(?:org[0-9]+/)?tab/Leads/([0-9]{1,25})/?$';
const crmPath = new RegExp(`^/crm/${leadTab}`);
const zohoOnePath = new RegExp(`^/zohoone/[^/]+/home/cxapp/crm/${leadTab}`);

export const zohoCrmRule = definePathRule('zoho-crm', crmPath);
export const zohoOneRule = definePathRule('zoho-crm', zohoOnePath);

/** Exact hosts of Zoho CRM and Zoho One, paired with their rule. */
export function listZohoHosts(): Array<[string, LinkRule]> {
  return zohoDomains.flatMap((domain): Array<[string, LinkRule]> => [
    [`crm.zoho.${domain}`, zohoCrmRule],
    [`one.zoho.${domain}`, zohoOneRule],
  ]);
}
