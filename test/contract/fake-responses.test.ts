// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { defaultLeads } from '../fake-apideck/leads.mjs';
import { type FakeApideck, startFakeApideck } from '../fake-apideck/server.mjs';
import { AUTH, get, leadPath, type Reply } from '../fake-apideck/test-helpers';
import {
  type Api,
  compile,
  createAjv,
  explain,
  getOperation,
  loadSpec,
  responseSchema,
  type Schema,
} from './openapi';

let api: Api;
let fake: FakeApideck;

/** Problems with a reply against the operation's response for its status (or `default`). */
function checkReply(route: string, reply: Reply, schema?: Schema): string {
  const chosen = schema ?? responseSchema(getOperation(api, route), reply.status);
  if (!chosen) {
    return `no response schema for ${reply.status}`;
  }

  const validate = compile(createAjv(), chosen, 'response');

  return validate(reply.body) ? '' : explain(validate);
}

beforeAll(async () => {
  api = await loadSpec();
  fake = await startFakeApideck();
}, 60_000);

afterAll(async () => {
  await fake?.close();
});

describe("the fake's answers against crm.yml", () => {
  it.each(defaultLeads.map((entry) => [entry.lead.id ?? '', entry.service]))(
    'serves lead %s (%s) as a valid GetLeadResponse',
    async (id) => {
      for (const query of ['', '?raw=true', '?fields=id,name,emails']) {
        const reply = await get(fake, leadPath(id, query));

        expect(reply.status).toBe(200);
        expect(checkReply('/crm/leads/{id}', reply)).toBe('');
      }
    },
  );

  it.each([
    ['the first page', '?limit=5'],
    ['a later page', '?limit=2&cursor=ZmFrZS1hcGlkZWNrOjpsZWFkczo6b2Zmc2V0Ojoy'],
    ['a search by name', '?filter[name]=a'],
    ['a search by email', '?filter[email]=example'],
    ['a search by phone', '?filter[phone_number]=555'],
    ['a search with no match', '?filter[name]=nobody-at-all'],
    ['a sorted page with raw', '?sort[by]=name&sort[direction]=desc&raw=true'],
  ])('serves %s as a valid GetLeadsResponse', async (_what, query) => {
    const reply = await get(fake, `/crm/leads${query}`);

    expect(reply.status).toBe(200);
    expect(checkReply('/crm/leads', reply)).toBe('');
  });

  it.each([
    ['no key', '/crm/leads/x', {}, 401],
    ['a wrong key', '/crm/leads/x', { ...AUTH, Authorization: 'Bearer nope' }, 401],
    ['no consumer', '/crm/leads/x', { Authorization: AUTH.Authorization ?? '' }, 400],
    ['an unknown lead', '/crm/leads/00Q000000000000AAA', AUTH, 404],
    ['an unconnected service', '/crm/leads/x', { ...AUTH, 'x-apideck-service-id': 'attio' }, 404],
    ['an unsupported filter', '/crm/leads?filter[company]=x', AUTH, 400],
    ['an unsupported sort', '/crm/leads?sort[by]=status', AUTH, 400],
    ['a foreign cursor', '/crm/leads?cursor=bm9wZQ', AUTH, 400],
    ['a limit out of range', '/crm/leads?limit=500', AUTH, 400],
  ])('answers %s with a valid error envelope', async (_what, path, headers, status) => {
    const reply = await get(fake, path, headers);
    const route = path.startsWith('/crm/leads/') ? '/crm/leads/{id}' : '/crm/leads';

    expect(reply.status).toBe(status);
    expect(checkReply(route, reply)).toBe('');
    expect(reply.headers.get('request-id')).toBeTruthy();
  });

  it.each([429, 500, 502, 503] as const)(
    'answers an injected %i with a valid error envelope',
    async (status) => {
      const id = defaultLeads[0]?.lead.id ?? '';
      fake.setFault(id, { status, retryAfter: '5', times: 1 });
      const reply = await get(fake, leadPath(id));

      expect(reply.status).toBe(status);
      expect(checkReply('/crm/leads/{id}', reply)).toBe('');
    },
  );

  it('answers a 429 that also fits the spec’s own (unreferenced) TooManyRequestsResponse', async () => {
    const id = defaultLeads[0]?.lead.id ?? '';
    fake.setFault(id, { status: 429, times: 1 });
    const reply = await get(fake, leadPath(id));
    const schema =
      api.components.responses.TooManyRequestsResponse?.content?.['application/json']?.schema;

    expect(checkReply('/crm/leads/{id}', reply, schema)).toBe('');
  });

  it.each(['name-number', 'no-data', 'data-array', 'bad-email-item'] as const)(
    'breaks the spec on purpose for the %s fault (the check can fail)',
    async (specViolation) => {
      const id = defaultLeads[0]?.lead.id ?? '';
      fake.setFault(id, { specViolation, times: 1 });
      const reply = await get(fake, leadPath(id));

      expect(reply.status).toBe(200);
      expect(checkReply('/crm/leads/{id}', reply)).not.toBe('');
    },
  );
});
