// @vitest-environment node
import { createGeneratorSync } from 'json-schema-faker';
import { beforeAll, describe, expect, it } from 'vitest';

import { parseLeadResponse } from '../../lib/lead/parse';
import {
  type Api,
  compile,
  createAjv,
  explain,
  loadSpec,
  type Schema,
  toJsonSchema,
} from './openapi';

type Body = Record<string, unknown> & { data?: unknown };
type LeadData = Record<string, unknown>;

const count = 1_200;
const lists = ['websites', 'addresses', 'social_links', 'phone_numbers', 'emails', 'custom_fields'];
// Values no version of the spec lists: connectors add enum values before the spec does.
const unknownEnums: [list: string, field: string, value: string][] = [
  ['emails', 'type', 'pager-email'],
  ['phone_numbers', 'type', 'satellite'],
  ['websites', 'type', 'fediverse'],
  ['addresses', 'type', 'moon-base'],
];

let api: Api;
let bodies: Body[];

/** Variant n of a generated body: as generated, open enums, empty lists, missing lists. */
function vary(body: Body, n: number): Body {
  const data = { ...(body.data as LeadData) };
  if (n % 4 === 1) {
    data.currency = 'XTS_NEW';
    for (const [list, field, value] of unknownEnums) {
      const items = data[list];
      if (Array.isArray(items)) {
        data[list] = items.map((item: LeadData) => ({ ...item, [field]: value }));
      }
    }
  } else if (n % 4 === 2) {
    for (const list of lists) {
      data[list] = [];
    }
  } else if (n % 4 === 3) {
    for (const list of [...lists, 'tags']) {
      delete data[list];
    }
  }

  return { ...body, data };
}

beforeAll(async () => {
  api = await loadSpec();
  const schema = toJsonSchema(api.components.schemas.GetLeadResponse as Schema, 'response');
  const generator = createGeneratorSync({ seed: 4, optionalsProbability: 0.6 });
  bodies = Array.from({ length: count }, () => generator.generate(schema) as Body);
}, 60_000);

describe('GetLeadResponse bodies generated from crm.yml', () => {
  it(`are ${count} spec-valid bodies, with nulls and lists of every length among them`, () => {
    const validate = compile(
      createAjv(),
      api.components.schemas.GetLeadResponse as Schema,
      'response',
    );
    const invalid = bodies.filter((body) => !validate(body));

    expect(invalid, explain(validate)).toHaveLength(0);
    const leads = bodies.map((body) => body.data as LeadData);
    expect(leads.some((lead) => Object.values(lead).includes(null))).toBe(true);
    expect(leads.some((lead) => Array.isArray(lead.emails) && lead.emails.length === 0)).toBe(true);
    expect(leads.some((lead) => !('emails' in lead))).toBe(true);
  });

  it('all parse with the lead schema, in every variant, keeping name and id', () => {
    const failures: unknown[] = [];
    bodies.forEach((generated, n) => {
      const body = vary(generated, n);
      const data = body.data as LeadData;
      const parsed = parseLeadResponse(body, 'requested-id');
      const expectedId = typeof data.id === 'string' && data.id !== '' ? data.id : 'requested-id';
      if (!parsed || parsed.lead.name !== data.name || parsed.lead.id !== expectedId) {
        failures.push(body);
      }
    });

    expect(failures.slice(0, 2)).toEqual([]);
  });

  it('keep every email, phone and website the spec allows, and unknown enum values as text', () => {
    let checked = 0;
    bodies.forEach((generated, n) => {
      const body = vary(generated, n);
      const data = body.data as LeadData;
      const lead = parseLeadResponse(body, 'x')?.lead;
      for (const [list, parsed] of [
        ['emails', lead?.emails],
        ['phone_numbers', lead?.phoneNumbers],
        ['websites', lead?.websites],
      ] as const) {
        const wire = Array.isArray(data[list]) ? data[list] : [];
        expect(parsed).toHaveLength(wire.length);
        checked += wire.length;
      }

      if (n % 4 === 1) {
        expect(lead?.currency).toBe('XTS_NEW');
      }
    });

    expect(checked).toBeGreaterThan(count);
  });
});

describe('the lead schema against what crm.yml forbids', () => {
  const forbidden: [string, (data: LeadData) => unknown][] = [
    ['a numeric name', (data) => ({ ...data, name: 1234567 })],
    ['an object as name', (data) => ({ ...data, name: { first: 'Ada' } })],
    ['a list as name', (data) => ({ ...data, name: ['Ada'] })],
    ['data as a list', (data) => [data]],
    ['data as a string', () => 'lead'],
    ['data as null', () => null],
  ];

  it.each(forbidden)('rejects %s, as the spec does', (_what, breakData) => {
    const validate = compile(
      createAjv(),
      api.components.schemas.GetLeadResponse as Schema,
      'response',
    );
    for (const generated of bodies.slice(0, 50)) {
      const body = { ...generated, data: breakData(generated.data as LeadData) };

      expect(validate(body)).toBe(false);
      expect(parseLeadResponse(body, 'x')).toBeNull();
    }
  });

  it('rejects a body without data, as the spec does', () => {
    const validate = compile(
      createAjv(),
      api.components.schemas.GetLeadResponse as Schema,
      'response',
    );
    const body: Body = { ...bodies[0] };
    delete body.data;

    expect(validate(body)).toBe(false);
    expect(parseLeadResponse(body, 'x')).toBeNull();
  });

  it('drops and counts a list item the spec forbids instead of failing the lead', () => {
    const validate = compile(
      createAjv(),
      api.components.schemas.GetLeadResponse as Schema,
      'response',
    );
    const data = { ...(bodies[0]?.data as LeadData) };
    data.emails = [
      { email: 'ada@example.com', type: 'work' },
      { email: 42, type: 'work' },
    ];
    data.phone_numbers = [{ number: '' }];
    const body = { ...bodies[0], data };

    expect(validate(body)).toBe(false);
    expect(parseLeadResponse(body, 'x')).toMatchObject({
      droppedItems: 2,
      lead: { emails: [{ email: 'ada@example.com' }], phoneNumbers: [] },
    });
  });
});
