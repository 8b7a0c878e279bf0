import { isSalesforceId } from '../salesforce';
import { readCapture, type LinkRule } from './rule';

// Only the Lead key prefix 00Q; a 15- or 18-character ID, the checksum is verified afterwards.
const leadId = '(00Q[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?)';
const lightningPath = new RegExp(`^/lightning/r/(?:Lead/)?${leadId}/(?:view|edit|related/.+)/?$`);
// Classic `/00Q/o` (list view) and `/00Q/e` (new lead form) fail the 12 characters after 00Q.
const classicPath = new RegExp(`^/${leadId}/?$`);

function readLeadId(pattern: RegExp, pathname: string): string | null {
  const id = readCapture(pattern, pathname);
  return id !== null && isSalesforceId(id) ? id : null;
}

/** `{MyDomain}.lightning.force.com` and `{MyDomain}--{sandbox}.sandbox.lightning.force.com`. */
export const salesforceLightningRule: LinkRule = {
  service: 'salesforce',
  readId: (url) => readLeadId(lightningPath, url.pathname),
};

/** `{MyDomain}.my.salesforce.com`, `{instance}.salesforce.com` and their sandboxes. */
export const salesforceClassicRule: LinkRule = {
  service: 'salesforce',
  readId: (url) => readLeadId(classicPath, url.pathname),
};
