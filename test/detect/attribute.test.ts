import { describe, expect, it } from 'vitest';

import { readLeadAttribute } from '../../lib/detect/attribute';

const closeId = 'lead_HcmG4cyICfAIu1J0sRziNKe63cbNaifOxZZ0PppgksW';

describe('readLeadAttribute', () => {
  it.each([
    ['00Q3y00001QraiXEAR', 'salesforce', { id: '00Q3y00001QraiXEAR', service: 'salesforce' }],
    ['  42 ', ' odoo ', { id: '42', service: 'odoo' }],
    ['42', null, { id: '42' }],
    ['42', 'acme-crm-2', { id: '42', service: 'acme-crm-2' }],
    ['x'.repeat(200), null, { id: 'x'.repeat(200) }],
    ['any id: with spaces', 'hubspot', { id: 'any id: with spaces', service: 'hubspot' }],
  ])('reads %j with service %j', (id, service, expected) => {
    expect(readLeadAttribute(id, service)).toEqual({ ...expected, source: 'attribute' });
  });

  it.each([
    ['Salesforce', 'upper case'],
    ['-crm', 'leading hyphen'],
    ['zoho_crm', 'underscore'],
    ['a'.repeat(65), '65 characters'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['close crm', 'inner space'],
  ])('drops the service %j (%s) but keeps the ID', (service) => {
    expect(readLeadAttribute('42', service)).toEqual({ id: '42', source: 'attribute' });
  });

  it('accepts a 64-character service', () => {
    const service = 'a'.repeat(64);
    expect(readLeadAttribute('42', service)).toEqual({ id: '42', service, source: 'attribute' });
  });

  it.each([
    ['null', null],
    ['empty', ''],
    ['blank', ' \t\n '],
    ['201 characters', 'x'.repeat(201)],
    ['a NUL', '4\u00002'],
    ['a tab inside', '4\t2'],
    ['DEL', '42\u007f'],
    ['a C1 control', '42\u0085'],
  ])('rejects an ID with %s', (_label, id) => {
    expect(readLeadAttribute(id, 'close')).toBeNull();
  });

  it.each([
    ['close', closeId, `https://app.close.com/lead/${closeId}/`],
    ['zendesk-sell', '11866410', 'https://app.futuresimple.com/leads/11866410'],
  ])('adds the %s record URL', (service, id, recordUrl) => {
    expect(readLeadAttribute(id, service)).toEqual({ id, service, recordUrl, source: 'attribute' });
  });

  it('adds no record URL for Salesforce', () => {
    expect(readLeadAttribute('00Q3y00001QraiXEAR', 'salesforce')).not.toHaveProperty('recordUrl');
  });
});
