import { describe, expect, it } from 'vitest';

import { parseLeadLink } from '../../lib/detect/links';

const uuid = 'adf21080-0e10-11eb-879b-05d71fb426ec';
const closeId = 'lead_HcmG4cyICfAIu1J0sRziNKe63cbNaifOxZZ0PppgksW';
const zohoId = '1386586000002572002';
const guid = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const guidUpper = guid.toUpperCase();
const dynamics = 'https://acme.crm4.dynamics.com/main.aspx';

// [service, href, expected id]
const positives: Array<[string, string, string]> = [
  ['hubspot', 'https://app.hubspot.com/contacts/4711/record/0-136/9876543210', '9876543210'],
  ['hubspot', 'https://app-eu1.hubspot.com/contacts/4711/record/0-136/42/', '42'],
  ['hubspot', 'https://app-na2.hubspot.com/contacts/4711/record/0-136/42?tab=all', '42'],
  ['pipedrive', `https://acme.pipedrive.com/leads/inbox/${uuid}`, uuid],
  ['pipedrive', `https://app.pipedrive.com/leads/inbox/${uuid}/`, uuid],
  ['pipedrive', `https://acme.pipedrive.com/leads/inbox/${uuid.toUpperCase()}`, uuid],
  ['zoho-crm', `https://crm.zoho.com/crm/org60001234/tab/Leads/${zohoId}`, zohoId],
  ['zoho-crm', `https://crm.zoho.eu/crm/tab/Leads/${zohoId}`, zohoId],
  ['zoho-crm', `https://crm.zoho.in/crm/org1/tab/Leads/${zohoId}/`, zohoId],
  ['zoho-crm', `https://crm.zoho.com.au/crm/org1/tab/Leads/${zohoId}`, zohoId],
  ['zoho-crm', `https://crm.zoho.jp/crm/org1/tab/Leads/${zohoId}`, zohoId],
  ['zoho-crm', `https://crm.zoho.com.cn/crm/org1/tab/Leads/${zohoId}`, zohoId],
  ['zoho-crm', `https://crm.zoho.ca/crm/org1/tab/Leads/${zohoId}`, zohoId],
  ['zoho-crm', `https://crm.zoho.sa/crm/org1/tab/Leads/${zohoId}`, zohoId],
  ['zoho-crm', `https://crm.zoho.uk/crm/org1/tab/Leads/${zohoId}`, zohoId],
  [
    'zoho-crm',
    'https://crm.zoho.com/crm/org1/tab/Leads/9999999999999999999',
    '9999999999999999999',
  ],
  [
    'zoho-crm',
    `https://one.zoho.com/zohoone/acme/home/cxapp/crm/org60001234/tab/Leads/${zohoId}`,
    zohoId,
  ],
  [
    'zoho-crm',
    `https://one.zoho.eu/zohoone/acme/home/cxapp/crm/org60001234/tab/Leads/${zohoId}`,
    zohoId,
  ],
  ['microsoft-dynamics', `${dynamics}?appid=x&pagetype=entityrecord&etn=lead&id=${guid}`, guid],
  ['microsoft-dynamics', `${dynamics}?etn=lead&pagetype=entityrecord&id=%7B${guidUpper}%7D`, guid],
  ['microsoft-dynamics', `${dynamics}?etn=lead&id={${guid}}`, guid],
  ['microsoft-dynamics', `${dynamics}?etn=LEAD&pagetype=EntityRecord&id=${guidUpper}`, guid],
  ['microsoft-dynamics', `https://acme.crm.dynamics.com/main.aspx?etn=lead&id=${guid}`, guid],
  ['close', `https://app.close.com/lead/${closeId}/`, closeId],
  ['close', `https://app.close.com/lead/${closeId}`, closeId],
  ['zendesk-sell', 'https://app.futuresimple.com/leads/11866410', '11866410'],
  ['freshsales', 'https://acme.freshsales.io/leads/5022967942', '5022967942'],
  ['freshsales', 'https://acme.freshsales.io/leads/view/5022967942', '5022967942'],
  ['odoo', 'https://erp.example.org/odoo/crm/42', '42'],
  ['odoo', 'http://localhost:8069/odoo/crm/42/', '42'],
  ['odoo', 'https://acme.odoo.com/web#id=42&model=crm.lead&view_type=form', '42'],
  ['odoo', 'https://erp.example.org/web?debug=1#model=crm.lead&view_type=form&id=7&cids=1', '7'],
];

describe('parseLeadLink: other CRMs', () => {
  it.each(positives)('%s: %s', (service, href, id) => {
    expect(parseLeadLink(href)).toEqual({
      id,
      service,
      recordUrl: new URL(href).href,
      source: 'link',
    });
  });

  it('keeps a 19-digit Zoho ID exactly, as a string', () => {
    const reference = parseLeadLink(`https://crm.zoho.com/crm/org1/tab/Leads/${zohoId}`);
    expect(reference?.id).toBe('1386586000002572002');
    expect(String(Number(zohoId))).not.toBe(zohoId);
  });

  it.each([
    ['HubSpot contact 0-1', 'https://app.hubspot.com/contacts/4711/record/0-1/42'],
    ['HubSpot company 0-2', 'https://app.hubspot.com/contacts/4711/record/0-2/42'],
    ['HubSpot legacy contact', 'https://app.hubspot.com/contacts/4711/contact/42'],
    ['HubSpot leads list', 'https://app.hubspot.com/contacts/4711/objects/0-136/views/all/list'],
    ['HubSpot marketing host', 'https://www.hubspot.com/contacts/4711/record/0-136/42'],
    ['HubSpot lookalike', 'https://app.hubspot.com.evil.example/contacts/4711/record/0-136/42'],
    ['Pipedrive deal', 'https://acme.pipedrive.com/deal/42'],
    ['Pipedrive inbox', 'https://acme.pipedrive.com/leads/inbox'],
    ['Pipedrive bad UUID', `https://acme.pipedrive.com/leads/inbox/${uuid.slice(0, -1)}`],
    ['Pipedrive lookalike', `https://pipedrive.com.evil.example/leads/inbox/${uuid}`],
    ['Pipedrive suffix lookalike', `https://evilpipedrive.com/leads/inbox/${uuid}`],
    ['Zoho contact', `https://crm.zoho.com/crm/org1/tab/Contacts/${zohoId}`],
    ['Zoho leads list', 'https://crm.zoho.com/crm/org1/tab/Leads/custom-view/1/list'],
    ['Zoho new lead', 'https://crm.zoho.com/crm/org1/tab/Leads/create'],
    ['Zoho unknown TLD', `https://crm.zoho.de/crm/org1/tab/Leads/${zohoId}`],
    ['Zoho lookalike', `https://crm.zoho.com.evil.example/crm/org1/tab/Leads/${zohoId}`],
    ['Zoho One path on crm host', `https://crm.zoho.com/zohoone/a/home/cxapp/crm/tab/Leads/1`],
    ['Dynamics contact', `${dynamics}?pagetype=entityrecord&etn=contact&id=${guid}`],
    ['Dynamics list', `${dynamics}?pagetype=entitylist&etn=lead&id=${guid}`],
    ['Dynamics dashboard', `${dynamics}?pagetype=dashboard&etn=lead&id=${guid}`],
    ['Dynamics no id', `${dynamics}?pagetype=entityrecord&etn=lead`],
    ['Dynamics half brace', `${dynamics}?etn=lead&id=%7B${guid}`],
    ['Dynamics short GUID', `${dynamics}?etn=lead&id=${guid.slice(1)}`],
    ['Dynamics other path', `https://acme.crm4.dynamics.com/other.aspx?etn=lead&id=${guid}`],
    ['Dynamics non-CRM host', `https://acme.dynamics.com/main.aspx?etn=lead&id=${guid}`],
    [
      'Dynamics lookalike',
      `https://acme.crm.dynamics.com.evil.example/main.aspx?etn=lead&id=${guid}`,
    ],
    ['Close 42 characters', `https://app.close.com/lead/${closeId.slice(0, -1)}/`],
    ['Close 44 characters', `https://app.close.com/lead/${closeId}A/`],
    ['Close activity', `https://app.close.com/lead/acti_${closeId.slice(5)}/`],
    ['Close lookalike', `https://close.com/lead/${closeId}/`],
    ['Close list', 'https://app.close.com/leads/'],
    ['Zendesk Sell contact', 'https://app.futuresimple.com/contacts/42'],
    ['Zendesk Sell new', 'https://app.futuresimple.com/leads/new'],
    ['Zendesk Sell lookalike', 'https://futuresimple.com/leads/42'],
    ['Freshsales contact', 'https://acme.freshsales.io/contacts/42'],
    ['Freshsales list', 'https://acme.freshsales.io/leads'],
    ['Freshsales lookalike', 'https://acme.freshsales.io.evil.example/leads/42'],
    ['Odoo partner', 'https://erp.example.org/web#id=42&model=res.partner&view_type=form'],
    ['Odoo list view', 'https://erp.example.org/web#id=42&model=crm.lead&view_type=list'],
    ['Odoo without id', 'https://erp.example.org/web#model=crm.lead&view_type=form'],
    ['Odoo new record', 'https://erp.example.org/odoo/crm/new'],
    ['Odoo pipeline', 'https://erp.example.org/odoo/crm'],
    ['Odoo under a prefix', 'https://erp.example.org/erp/odoo/crm/42'],
    [
      'Odoo fragment on another path',
      'https://erp.example.org/shop#id=42&model=crm.lead&view_type=form',
    ],
    ['UUID with no context', `https://example.org/${uuid}`],
    ['number with no context', 'https://example.org/leads/42'],
  ])('rejects %s', (_label, href) => {
    expect(parseLeadLink(href)).toBeNull();
  });
});

describe('parseLeadLink: garbage', () => {
  it.each([
    'javascript:alert("https://app.close.com/lead/x")',
    `mailto:someone@example.org?subject=${closeId}`,
    `ftp://app.close.com/lead/${closeId}/`,
    `/lead/${closeId}/`,
    `app.close.com/lead/${closeId}/`,
    'https://',
    'http://[::1',
    'https://exa mple.org/odoo/crm/42',
    '',
    '%%%',
    `https://user:pass@app.close.com/lead/${closeId}/`,
    `https://app.close.com@evil.example/lead/${closeId}/`,
    `data:text/html,https://app.close.com/lead/${closeId}/`,
  ])('returns null for %j without throwing', (href) => {
    expect(parseLeadLink(href)).toBeNull();
  });
});
