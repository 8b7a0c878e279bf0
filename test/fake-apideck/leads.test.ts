// @vitest-environment node
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

import { computeSalesforceSuffix, isSalesforceId } from '../../lib/detect';
import { loadSpec, type Schema } from '../contract/openapi';
import {
  defaultLeads,
  fixtureLeads,
  fixturesDir,
  ids,
  loadFixtureLeads,
  ownLeads,
  type Lead,
} from './leads.mjs';
import { startFakeApideck } from './server.mjs';
import { get, leadPath } from './test-helpers';

let leadKeys: string[] = [];

beforeAll(async () => {
  const { properties = {} } = (await loadSpec()).components.schemas.Lead ?? {};
  // pass_through's items are write-only: the API never returns it.
  const writeOnly = (schema: Schema | undefined): boolean =>
    Boolean(schema?.writeOnly) || Boolean((schema?.items as Schema | undefined)?.writeOnly);
  leadKeys = Object.keys(properties).filter((key) => !writeOnly(properties[key]));
}, 60_000);

const byId = (id: string): Lead => {
  const entry = defaultLeads.find((candidate) => candidate.lead.id === id);
  if (!entry) {
    throw new Error(`no lead ${id}`);
  }
  return entry.lead;
};
const salesforceEntries = ownLeads.filter((entry) => entry.service === 'salesforce');

describe('Salesforce ids', () => {
  it('every Salesforce-shaped id in our leads has a valid checksum', () => {
    const idFields = ['id', 'owner_id', 'company_id', 'contact_id', 'lead_id'];
    const found = salesforceEntries.flatMap((entry) =>
      idFields.map((field) => entry.lead[field]).filter((v): v is string => typeof v === 'string'),
    );
    expect(salesforceEntries.length).toBeGreaterThanOrEqual(6);
    expect(found.length).toBeGreaterThan(salesforceEntries.length);
    expect(found.filter((id) => id.length !== 18 || !isSalesforceId(id))).toEqual([]);
    expect(salesforceEntries.every((entry) => String(entry.lead.id).startsWith('00Q'))).toBe(true);
  });

  it('exposes the 15-character form of the full lead', () => {
    expect(ids.full15).toBe(ids.full.slice(0, 15));
    expect(ids.full15 + computeSalesforceSuffix(ids.full15)).toBe(ids.full);
  });
});

describe('lead data', () => {
  it('has well-known ids that all resolve', () => {
    const { full15, ...rest } = ids;
    expect(full15).toHaveLength(15);
    for (const id of Object.values(rest)) {
      expect(byId(id).id).toBe(id);
    }
  });

  it('fills every Lead property on the full lead, with every custom-field value type', () => {
    const full = byId(ids.full);
    expect(Object.keys(full).sort()).toEqual([...leadKeys].sort());
    const values = (full.custom_fields as { value: unknown }[]).map((field) => field.value);
    const kinds = values.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v));
    expect(new Set(kinds)).toEqual(
      new Set(['string', 'number', 'boolean', 'object', 'array', 'null']),
    );
    expect((full.emails as { type: string }[])[0]?.type).toBe('primary');
  });

  it('keeps the minimal lead to id and name, and nulls every nullable field', () => {
    expect(Object.keys(byId(ids.minimal)).sort()).toEqual(['id', 'name']);
    const nulls = byId(ids.nulls);
    const others = Object.entries(nulls).filter(([key]) => key !== 'id' && key !== 'name');
    expect(others.length).toBe(leadKeys.length - 2);
    expect(
      others.every(([, value]) => value === null || (Array.isArray(value) && !value.length)),
    ).toBe(true);
  });

  it('carries hostile content in the hostile lead', () => {
    const lead = byId(ids.hostile);
    const text = JSON.stringify(lead);
    expect(lead.name).toContain('<img src=x onerror=alert(1)>');
    expect(lead.description).toHaveLength(2000);
    expect(text).toMatch(/javascript:alert\(1\)/);
    expect(text).toMatch(/data:text\/html,/);
    expect(text).toContain('\\"><script>');
    expect(text).toMatch(/[\u0590-\u08ff]/);
  });

  it.each([
    ['zoho', /^\d{19}$/],
    ['pipedrive', /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/],
    ['close', /^lead_[0-9A-Za-z]{43}$/],
    ['hubspot', /^\d+$/],
  ] as const)('gives the %s lead its native id shape', (key, shape) => {
    expect(ids[key]).toMatch(shape);
  });

  it('keeps the Zoho id beyond safe-integer range, as a string', () => {
    expect(BigInt(ids.zoho) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it.each([
    ['eur', 'EUR'],
    ['jpy', 'JPY'],
    ['unknownCurrency', 'UNKNOWN_CURRENCY'],
  ] as const)('the %s lead is in %s', (key, currency) =>
    expect(byId(ids[key]).currency).toBe(currency),
  );
});

describe('shared fixtures', () => {
  it('returns no fixtures for a missing folder', () => {
    expect(loadFixtureLeads('/nonexistent/fixtures')).toEqual([]);
  });

  it.runIf(existsSync(fixturesDir))('serves each fixture under its id and service', async () => {
    expect(fixtureLeads).toHaveLength(3);
    const fake = await startFakeApideck();
    try {
      for (const { service, lead } of fixtureLeads) {
        const reply = await get(fake, leadPath(String(lead.id)));
        expect(reply.body).toMatchObject({ service, data: lead });
      }
    } finally {
      await fake.close();
    }
  });
});
