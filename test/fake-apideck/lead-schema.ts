// A hand-written check of crm.yml's Lead schema (additionalProperties: false everywhere).
type Obj = Record<string, unknown>;

const NULLABLE_STRINGS = [
  'company_name',
  'owner_id',
  'owner_name',
  'company_id',
  'contact_id',
  'lead_id',
  'lead_source',
  'first_name',
  'last_name',
  'description',
  'prefix',
  'title',
  'language',
  'status',
  'fax',
  'updated_at',
  'created_at',
];
const LISTS = ['websites', 'addresses', 'social_links', 'phone_numbers', 'emails'];
export const LEAD_KEYS = [
  'id',
  'name',
  ...NULLABLE_STRINGS,
  'monetary_amount',
  'currency',
  ...LISTS,
  'custom_fields',
  'tags',
  'custom_mappings',
];
const ADDRESS_KEYS = [
  'id',
  'type',
  'string',
  'name',
  'line1',
  'line2',
  'line3',
  'line4',
  'line5',
  'street_number',
  'city',
  'state',
  'postal_code',
  'country',
  'latitude',
  'longitude',
  'county',
  'contact_name',
  'salutation',
  'phone_number',
  'fax',
  'email',
  'website',
  'notes',
  'row_version',
];

interface ItemRule {
  keys: string[];
  required?: string;
  requiredNullable?: boolean;
  types?: (string | null)[];
  allNullableStrings?: boolean;
}
const ITEM_RULES: Record<string, ItemRule> = {
  emails: {
    keys: ['id', 'email', 'type'],
    required: 'email',
    requiredNullable: true,
    types: ['primary', 'secondary', 'work', 'personal', 'billing', 'other', null],
  },
  phone_numbers: {
    keys: ['id', 'country_code', 'area_code', 'number', 'extension', 'type'],
    required: 'number',
    types: [
      'primary',
      'secondary',
      'home',
      'work',
      'office',
      'mobile',
      'assistant',
      'fax',
      'direct-dial-in',
      'personal',
      'billing',
      'other',
      null,
    ],
  },
  websites: {
    keys: ['id', 'url', 'type'],
    required: 'url',
    types: ['primary', 'secondary', 'work', 'personal', 'other', null],
  },
  social_links: { keys: ['id', 'url', 'type'], required: 'url' },
  addresses: {
    keys: ADDRESS_KEYS,
    allNullableStrings: true,
    types: ['primary', 'secondary', 'home', 'office', 'shipping', 'billing', 'work', 'other', null],
  },
};
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const extraKeys = (value: Obj, allowed: string[]) =>
  Object.keys(value).filter((key) => !allowed.includes(key));

function itemProblems(list: string, item: unknown, rule: ItemRule): string[] {
  if (!isObj(item)) {
    return [`${list}: item is not an object`];
  }
  const problems = extraKeys(item, rule.keys).map((key) => `${list}: unknown key ${key}`);
  const required = rule.required;
  if (required !== undefined) {
    const value = item[required];
    const ok =
      (typeof value === 'string' && value.length > 0) ||
      (rule.requiredNullable === true && value === null);
    if (!ok) {
      problems.push(`${list}: bad ${required}`);
    }
  }
  if ('type' in item && rule.types && !rule.types.includes(item.type as string | null)) {
    problems.push(`${list}: bad type ${String(item.type)}`);
  }
  if (rule.allNullableStrings) {
    for (const [key, value] of Object.entries(item)) {
      if (value !== null && typeof value !== 'string') {
        problems.push(`${list}.${key}: not string`);
      }
    }
  }
  return problems;
}

function customFieldProblems(value: unknown): string[] {
  if (value === null || value === undefined) {
    return [];
  }
  if (!Array.isArray(value)) {
    return ['custom_fields: not an array'];
  }
  return value.flatMap((field: unknown) => {
    if (!isObj(field)) {
      return ['custom_fields: item is not an object'];
    }
    const problems = extraKeys(field, ['id', 'name', 'description', 'value']).map(
      (key) => `custom_fields: unknown key ${key}`,
    );
    if (typeof field.id !== 'string' && typeof field.name !== 'string') {
      problems.push('custom_fields: needs id or name');
    }
    return problems;
  });
}

function scalarProblems(lead: Obj): string[] {
  const problems: string[] = [];
  if (typeof lead.name !== 'string') {
    problems.push('name: not a string');
  }
  if ('id' in lead && typeof lead.id !== 'string') {
    problems.push('id: not a string');
  }
  for (const key of NULLABLE_STRINGS) {
    const value = lead[key];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      problems.push(key);
    }
  }
  for (const key of ['updated_at', 'created_at']) {
    if (typeof lead[key] === 'string' && !DATE.test(lead[key])) {
      problems.push(key);
    }
  }
  const amount = lead.monetary_amount;
  if (amount != null && typeof amount !== 'number') {
    problems.push('monetary_amount');
  }
  const currency = lead.currency;
  if (currency != null && !/^([A-Z]{3}|UNKNOWN_CURRENCY)$/.test(String(currency))) {
    problems.push('currency');
  }
  return problems;
}

/** Every way the value breaks the Lead schema; an empty list means it conforms. */
export function leadProblems(lead: unknown): string[] {
  if (!isObj(lead)) {
    return ['lead is not an object'];
  }
  const problems = extraKeys(lead, LEAD_KEYS).map((key) => `unknown key ${key}`);
  problems.push(...scalarProblems(lead), ...customFieldProblems(lead.custom_fields));
  for (const list of LISTS) {
    const value = lead[list];
    if (value === undefined) {
      continue;
    }
    if (!Array.isArray(value)) {
      problems.push(`${list}: not an array`);
    } else {
      problems.push(...value.flatMap((item) => itemProblems(list, item, ITEM_RULES[list]!)));
    }
  }
  const tags = lead.tags;
  if (tags != null && !(Array.isArray(tags) && tags.every((tag) => typeof tag === 'string'))) {
    problems.push('tags');
  }
  const mappings = lead.custom_mappings;
  if (mappings != null && !isObj(mappings)) {
    problems.push('custom_mappings');
  }
  return problems;
}
