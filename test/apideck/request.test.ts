import { describe, expect, it } from 'vitest';

import { buildLeadRequest, buildLeadsRequest, chooseService } from '../../lib/apideck/request';
import { buildSettings, testApiKey } from '../support/settings';

describe('chooseService', () => {
  it.each([
    ['', undefined, undefined],
    ['', 'salesforce', 'salesforce'],
    ['pipedrive', 'salesforce', 'pipedrive'],
    ['pipedrive', undefined, 'pipedrive'],
    ['', '', undefined],
  ])('with pinned %j and detected %j → %j', (serviceId, detected, expected) => {
    expect(chooseService(buildSettings({ serviceId }), detected)).toBe(expected);
  });
});

describe('buildLeadRequest', () => {
  it('addresses GET {base}/crm/leads/{id}', () => {
    const request = buildLeadRequest(buildSettings(), '00QB0000000ybNXMAY', 'salesforce');

    expect(request.url).toBe('https://unify.apideck.com/crm/leads/00QB0000000ybNXMAY');
  });

  it.each([
    ['a/b', 'a%2Fb'],
    ['x?raw=true', 'x%3Fraw%3Dtrue'],
    ['../admin', '..%2Fadmin'],
    ['a#b', 'a%23b'],
    ['é 1', '%C3%A9%201'],
  ])('encodes the id %j as one path segment', (id, encoded) => {
    expect(buildLeadRequest(buildSettings(), id, undefined).url).toBe(
      `https://unify.apideck.com/crm/leads/${encoded}`,
    );
  });

  it('keeps a custom base URL with its path', () => {
    const settings = buildSettings({ apiBaseUrl: 'http://127.0.0.1:4010/apideck' });

    expect(buildLeadRequest(settings, '1', undefined).url).toBe(
      'http://127.0.0.1:4010/apideck/crm/leads/1',
    );
  });

  it('sends the key as a bearer token with the app, consumer and service headers', () => {
    const { headers } = buildLeadRequest(buildSettings(), '1', 'close');

    expect(headers).toMatchObject({
      authorization: `Bearer ${testApiKey}`,
      'x-apideck-app-id': 'app-123',
      'x-apideck-consumer-id': 'test-consumer',
      'x-apideck-service-id': 'close',
      'content-type': 'application/json',
      accept: 'application/json',
    });
  });

  it('sends no authorization header when the key is empty', () => {
    const { headers } = buildLeadRequest(buildSettings({ apiKey: '' }), '1', 'close');

    expect(Object.keys(headers)).not.toContain('authorization');
  });

  it('sends no service header when no service is known', () => {
    const { headers } = buildLeadRequest(buildSettings(), '1', undefined);

    expect(Object.keys(headers)).not.toContain('x-apideck-service-id');
  });
});

describe('buildLeadsRequest', () => {
  it('asks for one page of the given size', () => {
    const request = buildLeadsRequest(buildSettings(), 'hubspot', { limit: 1 });

    expect(request.url).toBe('https://unify.apideck.com/crm/leads?limit=1');
    expect(request.headers['x-apideck-service-id']).toBe('hubspot');
  });

  it('adds one filter and the cursor, encoded', () => {
    const request = buildLeadsRequest(buildSettings(), undefined, {
      limit: 20,
      filter: { field: 'email', value: 'ada+x@example.com' },
      cursor: 'em9oby1jcm06OnBhZ2U6OjI=',
    });
    const url = new URL(request.url);

    expect(url.searchParams.get('filter[email]')).toBe('ada+x@example.com');
    expect(url.searchParams.get('cursor')).toBe('em9oby1jcm06OnBhZ2U6OjI=');
    expect(url.searchParams.get('limit')).toBe('20');
  });
});
