import { describe, expect, it } from 'vitest';

import { parseLeadLink } from '../../lib/detect/links';

const sf15 = '00Q3y00001QraiX';
const sf18 = '00Q3y00001QraiXEAR';
const lightning = 'https://acme.lightning.force.com';
const sandboxLightning = 'https://acme--uat.sandbox.lightning.force.com';

describe('parseLeadLink: Salesforce', () => {
  it.each([
    `${lightning}/lightning/r/Lead/${sf18}/view`,
    `${lightning}/lightning/r/Lead/${sf15}/view`,
    `${lightning}/lightning/r/Lead/${sf18}/edit`,
    `${lightning}/lightning/r/Lead/${sf18}/view?ws=%2Flightning%2Fr%2FLead`,
    `${lightning}/lightning/r/Lead/${sf18}/related/Histories/view`,
    `${lightning}/lightning/r/${sf18}/view`,
    `${sandboxLightning}/lightning/r/Lead/${sf18}/view`,
    `https://acme.my.salesforce.com/${sf18}`,
    `https://acme.my.salesforce.com/${sf15}/`,
    `https://na85.salesforce.com/${sf15}`,
    `https://acme--uat.sandbox.my.salesforce.com/${sf18}?retURL=%2F00Q%2Fo`,
    `HTTPS://ACME.MY.SALESFORCE.COM/${sf18}`,
  ])('reads %s', (href) => {
    const id = href.includes(sf18) ? sf18 : sf15;
    expect(parseLeadLink(href)).toEqual({
      id,
      service: 'salesforce',
      recordUrl: new URL(href).href,
      source: 'link',
    });
  });

  it('normalises the record URL (host case, default port)', () => {
    const href = `https://ACME.lightning.force.com:443/lightning/r/Lead/${sf18}/view`;
    expect(parseLeadLink(href)?.recordUrl).toBe(`${lightning}/lightning/r/Lead/${sf18}/view`);
  });

  it.each([
    ['Account in a Lead URL', `${lightning}/lightning/r/Lead/001M000000qfPySIAU/view`],
    ['wrong object type', `${lightning}/lightning/r/Account/${sf18}/view`],
    ['Account 001', `${lightning}/lightning/r/Account/001M000000qfPySIAU/view`],
    ['Contact 003', `${lightning}/lightning/r/Contact/0036000000QKv5TAAT/view`],
    ['User 005', `${lightning}/lightning/r/User/00558000001N0KeAAK/view`],
    ['generic form, Account', `${lightning}/lightning/r/001M000000qfPySIAU/view`],
    ['bad checksum', `${lightning}/lightning/r/Lead/${sf15}EAS/view`],
    ['lower-case checksum', `${lightning}/lightning/r/Lead/${sf15}ear/view`],
    ['14 characters', `${lightning}/lightning/r/Lead/${sf15.slice(0, 14)}/view`],
    ['16 characters', `${lightning}/lightning/r/Lead/${sf15}E/view`],
    ['17 characters', `${lightning}/lightning/r/Lead/${sf15}EA/view`],
    ['list view', `${lightning}/lightning/o/Lead/list?filterName=Recent`],
    ['new lead form', `${lightning}/lightning/o/Lead/new`],
    ['home', `${lightning}/lightning/o/Lead/home`],
    ['no action segment', `${lightning}/lightning/r/Lead/${sf18}`],
    ['unknown action', `${lightning}/lightning/r/Lead/${sf18}/delete`],
    [
      'Lightning path on a Classic host',
      `https://acme.my.salesforce.com/lightning/r/Lead/${sf18}/view`,
    ],
    ['Classic path on a Lightning host', `${lightning}/${sf18}`],
    ['Classic list view', 'https://acme.my.salesforce.com/00Q/o'],
    ['Classic new lead form', 'https://acme.my.salesforce.com/00Q/e'],
    ['Classic list with filter', 'https://acme.my.salesforce.com/00Q?fcf=00B000000000001'],
    ['Classic Account', 'https://acme.my.salesforce.com/001M000000qfPySIAU'],
    ['Classic bad checksum', `https://acme.my.salesforce.com/${sf15}EAS`],
    ['Classic sub-page', `https://acme.my.salesforce.com/${sf18}/e`],
    ['lookalike host', `https://notsalesforce.com/${sf18}`],
    ['lookalike suffix', `https://acme.my.salesforce.com.evil.example/${sf18}`],
    ['bare apex', `https://salesforce.com/${sf18}`],
    [
      'lookalike Lightning',
      `https://lightning.force.com.evil.example/lightning/r/Lead/${sf18}/view`,
    ],
    ['other force.com host', `https://acme.force.com/lightning/r/Lead/${sf18}/view`],
  ])('rejects %s', (_label, href) => {
    expect(parseLeadLink(href)).toBeNull();
  });
});
