import { readCapture, type LinkRule } from './rule';

// Odoo is self-hosted on any domain, so only these exact path and fragment shapes count.
const modernPath = /^\/odoo\/crm\/([0-9]{1,20})\/?$/;
const integerPattern = /^[0-9]{1,20}$/;

/** Odoo before 17.2 names the record in the fragment: `/web#id=…&model=crm.lead&…`. */
function readLegacyId(url: URL): string | null {
  if (url.pathname !== '/web' && url.pathname !== '/web/') {
    return null;
  }

  const params = new URLSearchParams(url.hash.slice(1));
  const id = params.get('id') ?? '';
  const isLeadForm = params.get('model') === 'crm.lead' && params.get('view_type') === 'form';
  return isLeadForm && integerPattern.test(id) ? id : null;
}

/** Odoo 17.2+ `{base}/odoo/crm/{id}` and the older `{base}/web#…` lead form. */
export const odooRule: LinkRule = {
  service: 'odoo',
  readId: (url) => readCapture(modernPath, url.pathname) ?? readLegacyId(url),
};
