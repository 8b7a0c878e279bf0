import { describe, expect, it } from 'vitest';

import { createTextFinder, defaultTextFinder } from '../../lib/detect/text-finder';

const sf15 = '00Q3y00001QraiX';
const closeId = 'lead_HcmG4cyICfAIu1J0sRziNKe63cbNaifOxZZ0PppgksW';
const both = `${sf15} and ${closeId}`;
const all = { salesforce: true, close: true, custom: [] };

const found = (text: string, choice: Parameters<typeof createTextFinder>[0]): string[] =>
  createTextFinder(choice)
    .find(text)
    .map(({ reference }) => `${reference.service}:${reference.id}`);

describe('createTextFinder', () => {
  it('is the built-in finder when nothing is switched off or added', () => {
    expect(createTextFinder(all)).toBe(defaultTextFinder);
  });

  it.each([
    ['Salesforce off', { ...all, salesforce: false }, [`close:${closeId}`]],
    ['Close off', { ...all, close: false }, [`salesforce:${sf15}`]],
    ['both off', { ...all, salesforce: false, close: false }, []],
  ])('honours %s', (_label, choice, expected) => {
    expect(found(both, choice)).toEqual(expected);
  });

  it.each([
    ['the capture group only', 'Ticket PD-(\\d{4,})', 'see Ticket PD-20931.', ['pipedrive:20931']],
    ['every occurrence', 'PD-(\\d{4,})', 'PD-1234, PD-5678', ['pipedrive:1234', 'pipedrive:5678']],
    ['nothing when the group is empty', 'PD-(\\d*)', 'PD- and more', []],
    ['a Close record URL when the id has its shape', 'C:(\\S+)', `C:${closeId}`, [`x:${closeId}`]],
  ])('custom patterns mark %s', (_label, pattern, text, expected) => {
    const service = expected[0]?.startsWith('x:') ? 'close' : 'pipedrive';
    const ids = found(text, { ...all, custom: [{ pattern, service }] });

    expect(ids).toEqual(expected.map((entry) => entry.replace(/^x:/, 'close:')));
  });

  it('marks the capture group by its offsets, in order with built-in ids', () => {
    const finder = createTextFinder({
      ...all,
      custom: [{ pattern: '#(\\d{3})', service: 'odoo' }],
    });
    const text = `#123 ${sf15}`;

    expect(finder.find(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      '123',
      sf15,
    ]);
    expect(finder.minLength).toBe(1);
  });

  it('lets a built-in id win over a custom pattern on the same text', () => {
    const custom = [{ pattern: '(00Q\\w+)', service: 'hubspot' }];

    expect(found(sf15, { ...all, custom })).toEqual([`salesforce:${sf15}`]);
  });

  it('skips a pattern that does not compile instead of failing the page', () => {
    expect(found(sf15, { ...all, custom: [{ pattern: '(', service: 'x' }] })).toEqual([
      `salesforce:${sf15}`,
    ]);
  });
});
