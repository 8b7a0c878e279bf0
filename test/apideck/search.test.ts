import { describe, expect, it } from 'vitest';

import { searchLeads } from '../../lib/apideck/search';
import { loadFixture } from '../support/fixtures';
import { fetchSequence, jsonResponse } from '../support/responses';
import { buildSettings } from '../support/settings';

const search = { field: 'name' as const, query: 'Ada' };

describe('searchLeads', () => {
  it('returns the page of leads and the next cursor', async () => {
    const fetch = fetchSequence(jsonResponse(loadFixture('leads-list-page')));
    const result = await searchLeads(buildSettings(), search, { fetch });

    expect(result).toMatchObject({ ok: true, droppedLeads: 0 });
    expect(result.ok && result.leads.length).toBe(1);
    expect(result.ok && result.nextCursor).toEqual(expect.any(String));
  });

  it('leaves out a malformed lead without failing the page', async () => {
    const page = loadFixture('leads-list-page') as { data: unknown[] };
    const body = { ...page, data: [...page.data, { name: 42 }, 'junk', { name: 'No id' }] };
    const result = await searchLeads(buildSettings(), search, {
      fetch: fetchSequence(jsonResponse(body)),
    });

    expect(result).toMatchObject({ ok: true, droppedLeads: 3 });
    expect(result.ok && result.leads).toHaveLength(1);
  });

  it('ends paging when the next cursor is null', async () => {
    const body = { data: [], meta: { cursors: { next: null } } };
    const result = await searchLeads(buildSettings(), search, {
      fetch: fetchSequence(jsonResponse(body)),
    });

    expect(result).toMatchObject({ ok: true, nextCursor: null, leads: [] });
  });

  it('calls a body without a data array unreadable', async () => {
    const result = await searchLeads(buildSettings(), search, {
      fetch: fetchSequence(jsonResponse({ data: 'x' })),
    });

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
  });
});
