// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';

import { checkConnection, fetchLead } from '../../lib/apideck/client';
import { searchLeads } from '../../lib/apideck/search';
import type { Settings } from '../../lib/settings';
import { loadFixture } from '../support/fixtures';
import { callOf, fetchSequence, jsonResponse } from '../support/responses';
import { buildSettings } from '../support/settings';
import {
  type Api,
  compile,
  createAjv,
  explain,
  getOperation,
  loadSpec,
  type Operation,
  type Parameter,
} from './openapi';

interface Built {
  url: URL;
  headers: Headers;
}

// Headers HTTP itself defines; the spec asks for content-type on every call (crm.yml "Headers").
const protocolHeaders = new Set(['accept', 'content-type']);

let api: Api;

/** Calls our client with a fake fetch and returns the request it built. */
async function capture(call: (fetch: ReturnType<typeof fetchSequence>) => Promise<unknown>) {
  const fetch = fetchSequence(jsonResponse(loadFixture('leads-list-page')));
  await call(fetch);
  const { url, headers } = callOf(fetch);

  return { url: new URL(url), headers };
}

/** Query text as the boolean it spells; anything else stays text, for the schema to refuse. */
const booleans: Record<string, boolean> = { true: true, false: false };
const readBoolean = (value: string) => booleans[value] ?? value;

/** `filter[email]=a` → `{ filter: { email: 'a' } }`, as `style: deepObject, explode: true` reads. */
function readQuery(url: URL, parameters: Parameter[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    const deep = /^([^[]+)\[([^\]]+)\]$/.exec(key);
    if (deep?.[1] && deep[2]) {
      const object = (values[deep[1]] ?? {}) as Record<string, string>;
      values[deep[1]] = { ...object, [deep[2]]: value };
      continue;
    }

    const type = parameters.find((parameter) => parameter.name === key)?.schema.type;
    values[key] =
      type === 'integer' ? Number(value) : type === 'boolean' ? readBoolean(value) : value;
  }

  return values;
}

/** Every problem with a request against an operation's parameters and security; [] if none. */
function checkRequest(operation: Operation, route: RegExp, built: Built): string[] {
  const problems: string[] = [];
  const ajv = createAjv();
  const check = (parameter: Parameter, value: unknown) => {
    const validate = compile(ajv, parameter.schema, 'request');
    if (!validate(value)) {
      problems.push(`${parameter.in} ${parameter.name}: ${explain(validate)}`);
    }
  };

  const path = route.exec(built.url.pathname);
  if (!path) {
    return [`path ${built.url.pathname} is not the operation's`];
  }

  const query = readQuery(built.url, operation.parameters);
  for (const parameter of operation.parameters) {
    const value =
      parameter.in === 'path'
        ? decodeURIComponent(path.groups?.[parameter.name] ?? '')
        : parameter.in === 'query'
          ? query[parameter.name]
          : (built.headers.get(parameter.name) ?? undefined);
    if (value === undefined) {
      if (parameter.required) {
        problems.push(`${parameter.in} ${parameter.name} is required`);
      }
    } else {
      check(parameter, value);
    }
  }

  const declaredQuery = new Set(operation.parameters.map((parameter) => parameter.name));
  for (const name of Object.keys(query)) {
    if (!declaredQuery.has(name)) {
      problems.push(`query ${name} is not a parameter of the operation`);
    }
  }

  const declaredHeaders = new Set([
    ...operation.parameters.filter((p) => p.in === 'header').map((p) => p.name),
    ...securityHeaders(operation),
    ...protocolHeaders,
  ]);
  for (const [name] of built.headers) {
    if (!declaredHeaders.has(name)) {
      problems.push(`header ${name} is neither a parameter nor a security scheme`);
    }
  }

  return problems;
}

/** Header names the operation's security schemes use (`Authorization` for `apiKey`). */
function securityHeaders(operation: Operation): string[] {
  const names = (operation.security ?? []).flatMap((requirement) => Object.keys(requirement));

  return names.flatMap((name) => {
    const scheme = api.components.securitySchemes[name];

    return scheme?.in === 'header' && scheme.name ? [scheme.name.toLowerCase()] : [];
  });
}

const leadsOne = () => getOperation(api, '/crm/leads/{id}');
const leadsAll = () => getOperation(api, '/crm/leads');
const onePath = /^\/crm\/leads\/(?<id>[^/]+)$/;
const allPath = /^\/crm\/leads$/;

beforeAll(async () => {
  api = await loadSpec();
}, 60_000);

describe('requests for one lead against leadsOne', () => {
  const settings: [string, Settings][] = [
    ['with a pinned service', buildSettings({ serviceId: 'hubspot' })],
    ['without a service', buildSettings()],
    ['without an API key (a proxy adds it)', buildSettings({ apiKey: '' })],
  ];
  const ids = ['00QB0000000ybNXMAY', 'lead_HcmG4cyICfAIu1J0sRziNKe63cbNaifOxZZ0PppgksW', 'a/b?c'];

  it.each(settings)('validates %s, for every kind of ID', async (_what, chosen) => {
    for (const id of ids) {
      const built = await capture((fetch) =>
        fetchLead(chosen, { id, service: 'salesforce' }, { fetch }),
      );

      expect(checkRequest(leadsOne(), onePath, built)).toEqual([]);
    }
  });

  it('sends the security scheme header and every required header', async () => {
    const built = await capture((fetch) => fetchLead(buildSettings(), { id: 'x' }, { fetch }));

    expect(built.headers.get('authorization')).toMatch(/^Bearer \S+$/);
    for (const parameter of leadsOne().parameters.filter((p) => p.required && p.in === 'header')) {
      expect(built.headers.get(parameter.name)).toBeTruthy();
    }
  });

  it('catches a request that breaks the spec (the check can fail)', () => {
    const headers = new Headers({ 'x-apideck-consumer-id': 'c', 'x-apideck-app-id': '' });
    const url = new URL('https://unify.apideck.com/crm/leads/x?raw=maybe&page=2');

    expect(checkRequest(leadsOne(), onePath, { url, headers })).toEqual([
      'header x-apideck-app-id: / must NOT have fewer than 1 characters',
      'query raw: / must be boolean',
      'query page is not a parameter of the operation',
    ]);
  });
});

describe('requests for a list of leads against leadsAll', () => {
  it.each(['name', 'email', 'phone_number'] as const)(
    'validates a search by %s, first page and next',
    async (field) => {
      for (const cursor of [undefined, 'em9oby1jcm06OnBhZ2U6OjM=']) {
        const search = { field, query: 'Ada +1 (555) & co', cursor, service: 'salesforce' };
        const built = await capture((fetch) => searchLeads(buildSettings(), search, { fetch }));

        expect(checkRequest(leadsAll(), allPath, built)).toEqual([]);
        expect(built.url.searchParams.get(`filter[${field}]`)).toBe(search.query);
      }
    },
  );

  it('validates the connection test', async () => {
    for (const settings of [buildSettings(), buildSettings({ serviceId: 'zoho-crm' })]) {
      const built = await capture((fetch) => checkConnection(settings, { fetch }));

      expect(checkRequest(leadsAll(), allPath, built)).toEqual([]);
    }
  });

  it('catches a filter the spec does not allow (the check can fail)', () => {
    const url = new URL('https://unify.apideck.com/crm/leads?limit=500&filter[company]=x');
    const headers = new Headers({ 'x-apideck-consumer-id': 'c', 'x-apideck-app-id': 'a' });

    expect(checkRequest(leadsAll(), allPath, { url, headers })).toEqual([
      'query limit: / must be <= 200',
      'query filter: / must NOT have additional properties',
    ]);
  });
});
