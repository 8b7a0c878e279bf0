// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLeads, ids } from './leads.mjs';
import { startFakeApideck, type FakeApideck } from './server.mjs';
import { AUTH, get, type Json } from './test-helpers';

let fake: FakeApideck;
beforeAll(async () => {
  fake = await startFakeApideck();
});
afterAll(() => fake.close());

const idsOf = (reply: Json): string[] => reply.body.data.map((lead: Json) => lead.id);
const allIds = defaultLeads.map((entry) => entry.lead.id);

/** Follows meta.cursors.next until it is null, returning every page body. */
async function collectPages(query: string, headers = AUTH): Promise<Json[]> {
  const pages: Json[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const reply = await get(fake, `/crm/leads?${query}${suffix}`, headers);
    expect(reply.status).toBe(200);
    pages.push(reply.body);
    cursor = reply.body.meta.cursors.next;
  } while (cursor && pages.length < 50);
  return pages;
}

describe('GET /crm/leads envelope and paging', () => {
  it('returns a GetLeadsResponse with meta and links', async () => {
    const reply = await get(fake, '/crm/leads');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      status_code: 200,
      status: 'OK',
      resource: 'leads',
      operation: 'all',
      links: { previous: null },
    });
    expect(reply.body.meta.items_on_page).toBe(Math.min(20, allIds.length));
    expect(idsOf(reply)).toEqual(allIds.slice(0, 20));
    expect(reply.body.meta.cursors.next === null).toBe(allIds.length <= 20);
  });

  it('pages to the end with cursors, visiting every lead exactly once', async () => {
    const pages = await collectPages('limit=5');
    const sizes = Array.from({ length: Math.ceil(allIds.length / 5) }, (_, page) =>
      Math.min(5, allIds.length - page * 5),
    );
    expect(pages.map((page) => page.meta.items_on_page)).toEqual(sizes);
    expect(pages.flatMap((page) => page.data.map((lead: Json) => lead.id))).toEqual(allIds);
    expect(pages[0].meta.cursors.previous).toBeNull();
    expect(pages[1].meta.cursors.previous).toEqual(pages[0].meta.cursors.current);
    expect(pages.at(-1).meta.cursors.next).toBeNull();
    expect(pages.at(-1).links.next).toBeNull();
  });

  it('gives links.next as a full URL on this server that serves the next page', async () => {
    const first = await get(fake, '/crm/leads?limit=2');
    const next = new URL(first.body.links.next);
    expect(next.origin).toBe(fake.url);
    const second = await get(fake, `${next.pathname}${next.search}`);
    expect(idsOf(second)).toEqual(allIds.slice(2, 4));
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['foreign base64', Buffer.from('zoho-crm::page::2').toString('base64url')],
    ['past the end', Buffer.from('fake-apideck::leads::offset::999').toString('base64url')],
  ])('rejects a %s cursor with InvalidCursorError', async (_label, cursor) => {
    const reply = await get(fake, `/crm/leads?cursor=${encodeURIComponent(cursor)}`);
    expect(reply.status).toBe(400);
    expect(reply.body.type_name).toBe('InvalidCursorError');
  });

  it.each(['0', '201', 'ten', '2.5'])('rejects limit=%s', async (limit) => {
    const reply = await get(fake, `/crm/leads?limit=${limit}`);
    expect(reply.status).toBe(400);
    expect(reply.body.type_name).toBe('RequestValidationError');
  });

  it('accepts the maximum limit of 200', async () => {
    expect((await get(fake, '/crm/leads?limit=200')).body.meta.items_on_page).toBe(allIds.length);
  });
});

describe('GET /crm/leads filters, sort and service', () => {
  it.each([
    ['name', 'LINWOOD', [ids.full]],
    ['first_name', 'haruto', [ids.jpy]],
    ['last_name', 'Raman', [ids.priya]],
    ['email', 'FJORD-analytics', [ids.hubspot]],
    ['phone_number', '5550142', [ids.full]],
    ['phone_number', '7946 0321', []],
    ['name', 'nobody-has-this-name', []],
  ])('filter[%s]=%s matches case-insensitive substrings', async (key, value, expected) => {
    const reply = await get(fake, `/crm/leads?filter[${key}]=${encodeURIComponent(value)}`);
    expect(reply.status).toBe(200);
    expect(idsOf(reply)).toEqual(expected);
  });

  it('combines filters with AND', async () => {
    const reply = await get(fake, '/crm/leads?filter[first_name]=a&filter[last_name]=sakamoto');
    expect(idsOf(reply)).toEqual([ids.jpy]);
  });

  it('rejects a filter key outside LeadsFilter with UnsupportedFiltersError', async () => {
    const reply = await get(fake, '/crm/leads?filter[company_name]=Spacex');
    expect(reply.status).toBe(400);
    expect(reply.body.type_name).toBe('UnsupportedFiltersError');
    expect(reply.body.detail).toContain('filter[company_name]');
  });

  it('sorts by name descending and rejects unknown sort fields', async () => {
    const sorted = await get(fake, '/crm/leads?sort[by]=name&sort[direction]=desc&limit=200');
    const names = sorted.body.data.map((lead: Json) => String(lead.name));
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
    const bad = await get(fake, '/crm/leads?sort[by]=monetary_amount');
    expect(bad.body.type_name).toBe('UnsupportedSortFieldError');
  });

  it('limits the list to the x-apideck-service-id connection', async () => {
    const reply = await get(fake, '/crm/leads?limit=200', {
      ...AUTH,
      'x-apideck-service-id': 'pipedrive',
    });
    expect(reply.body.service).toBe('pipedrive');
    expect(idsOf(reply)).toContain(ids.pipedrive);
    expect(reply.body.data).toHaveLength(
      defaultLeads.filter((entry) => entry.service === 'pipedrive').length,
    );
    const unknown = await get(fake, '/crm/leads', { ...AUTH, 'x-apideck-service-id': 'nope' });
    expect(unknown.body.type_name).toBe('ConnectionNotFoundError');
  });

  it('applies fields to each item and ignores per-lead faults', async () => {
    fake.setFault(ids.full, { status: 500 });
    try {
      const reply = await get(fake, '/crm/leads?fields=id&limit=1');
      expect(reply.status).toBe(200);
      expect(reply.body.data).toEqual([{ id: ids.full }]);
    } finally {
      fake.clearFaults();
    }
  });
});
