// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ids } from './leads.mjs';
import { startFakeApideck, type FakeApideck } from './server.mjs';
import { AUTH, get, leadPath, without } from './test-helpers';

let fake: FakeApideck;
beforeAll(async () => {
  fake = await startFakeApideck();
});
afterAll(() => fake.close());
beforeEach(() => fake.resetLog());

describe('GET /crm/leads/{id} success', () => {
  it('returns the GetLeadResponse envelope with exactly the spec keys', async () => {
    const reply = await get(fake, leadPath(ids.full));
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json');
    expect(Object.keys(reply.body).sort()).toEqual([
      'data',
      'operation',
      'resource',
      'service',
      'status',
      'status_code',
    ]);
    expect(reply.body).toMatchObject({
      status_code: 200,
      status: 'OK',
      service: 'salesforce',
      resource: 'leads',
      operation: 'one',
    });
    expect(reply.body.data).toMatchObject({
      id: ids.full,
      monetary_amount: 75000,
      currency: 'USD',
    });
  });

  it.each([
    ['15-character form', ids.full15],
    ['lower-cased 18-character form', ids.full.toLowerCase()],
  ])('finds the Salesforce lead by its %s', async (_label, id) => {
    const reply = await get(fake, leadPath(id));
    expect(reply.status).toBe(200);
    expect(reply.body.data.id).toBe(ids.full);
  });

  it('does not case-fold the case-sensitive 15-character form', async () => {
    expect((await get(fake, leadPath(ids.full15.toLowerCase()))).status).toBe(404);
  });

  it('URL-decodes the id', async () => {
    const reply = await get(fake, `/crm/leads/${ids.close.replace('_', '%5F')}`);
    expect(reply.body.data.id).toBe(ids.close);
  });

  it('honours fields, including one level of dot notation', async () => {
    const reply = await get(fake, leadPath(ids.full, 'fields=id,name,addresses.city'));
    expect(reply.body.data).toEqual({
      id: ids.full,
      name: 'Ada Linwood',
      addresses: [{ city: 'Cambridge' }, { city: 'Boston' }],
    });
  });

  it.each([
    ['raw=true', true],
    ['raw=false', false],
  ])('adds _raw only for %s', async (query, present) => {
    const reply = await get(fake, leadPath(ids.zoho, query));
    expect('_raw' in reply.body).toBe(present);
  });
});

describe('request headers', () => {
  it.each([
    [
      'no Authorization',
      without('Authorization'),
      401,
      'UnauthorizedError',
      'Missing authentication',
    ],
    [
      'a non-Bearer Authorization',
      { ...AUTH, Authorization: 'Basic demo-key' },
      401,
      'UnauthorizedError',
      'Missing authentication',
    ],
    [
      'no app id',
      without('x-apideck-app-id'),
      400,
      'RequestHeadersValidationError',
      'Missing Header: x-apideck-app-id',
    ],
    [
      'no consumer id',
      without('x-apideck-consumer-id'),
      400,
      'RequestHeadersValidationError',
      'Missing Header: x-apideck-consumer-id',
    ],
    [
      'a wrong key',
      { ...AUTH, Authorization: 'Bearer nope' },
      401,
      'UnauthorizedError',
      'Invalid API key',
    ],
    [
      'a wrong app id',
      { ...AUTH, 'x-apideck-app-id': 'other' },
      401,
      'UnauthorizedError',
      'Invalid application id',
    ],
    [
      'an unknown consumer',
      { ...AUTH, 'x-apideck-consumer-id': 'x' },
      401,
      'UnauthorizedError',
      'Unknown consumer id',
    ],
  ])('rejects %s', async (_label, headers, status, typeName, detail) => {
    const reply = await get(fake, leadPath(ids.full), headers);
    expect(reply.status).toBe(status);
    expect(reply.body).toEqual({
      status_code: status,
      error: expect.any(String),
      type_name: typeName,
      message: expect.any(String),
      detail,
      ref: `https://developers.apideck.com/errors#${typeName.toLowerCase()}`,
    });
  });

  it('honours custom credentials', async () => {
    const other = await startFakeApideck({ apiKey: 'k2', appId: 'a2', consumerId: 'c2' });
    const headers = {
      Authorization: 'Bearer k2',
      'x-apideck-app-id': 'a2',
      'x-apideck-consumer-id': 'c2',
    };
    try {
      expect((await get(other, leadPath(ids.full), headers)).status).toBe(200);
      expect((await get(other, leadPath(ids.full))).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('service routing', () => {
  it.each([
    ['salesforce', ids.full, 200, undefined],
    ['zoho-crm', ids.zoho, 200, undefined],
    ['pipedrive', ids.full, 404, 'EntityNotFoundError'],
    ['hubspot', ids.zoho, 404, 'EntityNotFoundError'],
    ['no-such-crm', ids.full, 404, 'ConnectionNotFoundError'],
  ])('with x-apideck-service-id %s', async (service, id, status, typeName) => {
    const reply = await get(fake, leadPath(id), { ...AUTH, 'x-apideck-service-id': service });
    expect(reply.status).toBe(status);
    if (typeName) {
      expect(reply.body.type_name).toBe(typeName);
    } else {
      expect(reply.body.service).toBe(service);
    }
  });

  it('answers an unknown id with the 404 envelope', async () => {
    const reply = await get(fake, leadPath('00Q000000000000AAA'));
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({
      status_code: 404,
      error: 'Not Found',
      type_name: 'EntityNotFoundError',
    });
  });
});

describe('HTTP surface', () => {
  it.each([
    ['an unknown path', 'GET', '/crm/contacts', 404],
    ['a non-GET method', 'DELETE', leadPath(ids.full), 405],
    ['POST on the list', 'POST', '/crm/leads', 405],
  ])('answers %s with a JSON envelope', async (_label, method, path, status) => {
    const reply = await get(fake, path, AUTH, { method });
    expect(reply.status).toBe(status);
    expect(reply.body.status_code).toBe(status);
    expect(reply.headers.get('content-type')).toBe('application/json');
  });

  it('answers a CORS preflight permissively', async () => {
    const reply = await get(
      fake,
      leadPath(ids.full),
      {
        Origin: 'http://127.0.0.1:1',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,x-apideck-app-id',
      },
      { method: 'OPTIONS' },
    );
    expect(reply.status).toBe(204);
    expect(reply.headers.get('access-control-allow-origin')).toBe('*');
    expect(reply.headers.get('access-control-allow-headers')).toContain('x-apideck-app-id');
    expect(reply.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('gives every response its own Request-Id', async () => {
    const replies = await Promise.all(
      [leadPath(ids.full), '/nowhere', leadPath('x')].map((path) => get(fake, path)),
    );
    const requestIds = replies.map((reply) => reply.headers.get('request-id'));
    expect(requestIds.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(requestIds).size).toBe(3);
  });

  it('sends downstream rate-limit headers for Salesforce leads only', async () => {
    const before = Math.floor(Date.now() / 1000);
    const salesforce = await get(fake, leadPath(ids.full));
    const limit = Number(salesforce.headers.get('x-downstream-ratelimit-limit'));
    const remaining = Number(salesforce.headers.get('x-downstream-ratelimit-remaining'));
    expect(limit).toBeGreaterThan(0);
    expect(remaining).toBeLessThan(limit);
    expect(Number(salesforce.headers.get('x-downstream-ratelimit-reset'))).toBeGreaterThan(before);
    const zoho = await get(fake, leadPath(ids.zoho));
    expect(zoho.headers.get('x-downstream-ratelimit-limit')).toBeNull();
  });

  it('logs each request with lower-cased headers, and resetLog empties the log', async () => {
    const headers = { ...AUTH, 'X-Apideck-Service-Id': 'salesforce' };
    await get(fake, leadPath(ids.full, 'fields=id'), headers);
    await get(fake, '/nowhere');
    expect(fake.log.map((entry) => entry.path)).toEqual([leadPath(ids.full), '/nowhere']);
    const [first] = fake.log;
    expect(first).toMatchObject({ method: 'GET', query: { fields: 'id' } });
    expect(first?.headers).toMatchObject({
      authorization: 'Bearer demo-key',
      'x-apideck-service-id': 'salesforce',
    });
    expect(typeof first?.time).toBe('number');
    fake.resetLog();
    expect(fake.log).toHaveLength(0);
  });

  it('refuses to listen anywhere but loopback', async () => {
    await expect(startFakeApideck({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });
});
