// @vitest-environment node
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEAD_KEYS, leadProblems } from './lead-schema';
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

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The test's own 15→18 checksum (apideck-api.md §9), independent of the fake's copy. */
function checksum(id15: string): string {
  return [0, 5, 10]
    .map((start) => {
      const chunk = [...id15.slice(start, start + 5)];
      const bits = chunk.reduce((sum, char, i) => sum + (/[A-Z]/.test(char) ? 2 ** i : 0), 0);
      return ALPHABET[bits];
    })
    .join('');
}
const validSalesforceId = (id: string): boolean =>
  /^[0-9A-Za-z]{18}$/.test(id) && checksum(id.slice(0, 15)) === id.slice(15).toUpperCase();

const byId = (id: string): Lead => {
  const entry = defaultLeads.find((candidate) => candidate.lead.id === id);
  if (!entry) {
    throw new Error(`no lead ${id}`);
  }
  return entry.lead;
};
const salesforceEntries = ownLeads.filter((entry) => entry.service === 'salesforce');

describe('Salesforce ids', () => {
  it.each([
    ['0036000000QKv5T', 'AAT'],
    ['a0RE000000IJmcN', 'MAT'],
    ['a01M00000062mPg', 'IAI'],
    ['001M000000qfPyS', 'IAU'],
    ['AbCdEfGhIjKlMnO', 'VKV'],
    ['aBcDEfgHIJKLMNO', '025'],
    ['aaaaaaaaaaaaaaa', 'AAA'],
    ['70130000001tcyI', 'AAQ'],
    ['00558000001N0Ke', 'AAK'],
    ['00Q3y00001QraiX', 'EAR'],
  ])('the test checksum gives %s → %s (research test vectors)', (id15, suffix) => {
    expect(checksum(id15)).toBe(suffix);
  });

  it('every Salesforce-shaped id in our leads has a valid checksum', () => {
    const idFields = ['id', 'owner_id', 'company_id', 'contact_id', 'lead_id'];
    const found = salesforceEntries.flatMap((entry) =>
      idFields.map((field) => entry.lead[field]).filter((v): v is string => typeof v === 'string'),
    );
    expect(salesforceEntries.length).toBeGreaterThanOrEqual(6);
    expect(found.length).toBeGreaterThan(salesforceEntries.length);
    expect(found.filter((id) => !validSalesforceId(id))).toEqual([]);
    expect(salesforceEntries.every((entry) => String(entry.lead.id).startsWith('00Q'))).toBe(true);
  });

  it('exposes the 15-character form of the full lead', () => {
    expect(ids.full15).toBe(ids.full.slice(0, 15));
    expect(ids.full15 + checksum(ids.full15)).toBe(ids.full);
  });
});

describe('lead data follows the spec', () => {
  it.each(defaultLeads.map((entry) => [String(entry.lead.id), entry.lead] as const))(
    '%s conforms to the Lead schema',
    (_id, lead) => expect(leadProblems(lead)).toEqual([]),
  );

  it.each([
    ['an invented key', { name: 'x', nickname: 'y' }],
    ['a missing name', { id: '1' }],
    ['a bad email type', { name: 'x', emails: [{ email: 'a@b.example', type: 'mobile' }] }],
    ['a number name', { name: 42 }],
  ])('the schema check itself rejects %s', (_label, lead) => {
    expect(leadProblems(lead)).not.toEqual([]);
  });

  it('has well-known ids that all resolve', () => {
    const { full15, ...rest } = ids;
    expect(full15).toHaveLength(15);
    for (const id of Object.values(rest)) {
      expect(byId(id).id).toBe(id);
    }
  });

  it('fills every Lead property on the full lead, with every custom-field value type', () => {
    const full = byId(ids.full);
    expect(Object.keys(full).sort()).toEqual([...LEAD_KEYS].sort());
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
    expect(others.length).toBe(LEAD_KEYS.length - 2);
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
