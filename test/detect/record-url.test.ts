import { describe, expect, it } from 'vitest';

import { recordUrlFor } from '../../lib/detect/record-url';

const closeId = 'lead_HcmG4cyICfAIu1J0sRziNKe63cbNaifOxZZ0PppgksW';

describe('recordUrlFor', () => {
  it.each([
    ['close', closeId, `https://app.close.com/lead/${closeId}/`],
    ['zendesk-sell', '11866410', 'https://app.futuresimple.com/leads/11866410'],
  ])('%s %s → %s', (service, id, url) => {
    expect(recordUrlFor({ id, service })).toBe(url);
  });

  it.each([
    ['salesforce', '00Q3y00001QraiXEAR'],
    ['hubspot', '12345'],
    ['pipedrive', 'adf21080-0e10-11eb-879b-05d71fb426ec'],
    ['zoho-crm', '1386586000002572002'],
    ['microsoft-dynamics', '0a1b2c3d-0000-4000-8000-00000000abcd'],
    ['freshsales', '5022967942'],
    ['odoo', '42'],
    ['copper', '42'],
    [undefined, closeId],
    ['close', 'lead_tooShort'],
    ['close', `${closeId}/../../evil`],
    ['zendesk-sell', '12/../../evil'],
    ['zendesk-sell', 'abc'],
  ])('has none for %s %s', (service, id) => {
    expect(recordUrlFor({ id, service })).toBeUndefined();
  });
});
