import { z } from '../zod';

// Every enum in Apideck's spec is open in practice: connectors add values before the spec does.
const openEnum = z.string().nullable().optional().catch(null);
// A scalar of the wrong type is dropped rather than failing the whole lead.
const text = z.string().nullable().optional().catch(null);
const requiredText = z.string().min(1);

const EmailWire = z.object({ id: text, email: z.string().nullable(), type: openEnum });
const PhoneNumberWire = z.object({
  id: text,
  country_code: text,
  area_code: text,
  number: requiredText,
  extension: text,
  type: openEnum,
});
const WebsiteWire = z.object({ id: text, url: requiredText, type: openEnum });
const SocialLinkWire = z.object({ id: text, url: requiredText, type: text });

const addressKeys = [
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
] as const;
const AddressWire = z.object(Object.fromEntries(addressKeys.map((key) => [key, text])));

type JsonScalar = string | number | boolean | null;
export type CustomFieldValue = JsonScalar | Record<string, unknown> | CustomFieldValue[];
const CustomFieldValueWire: z.ZodType<CustomFieldValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.record(z.string(), z.unknown()),
    z.array(CustomFieldValueWire),
  ]),
);
const CustomFieldWire = z
  .object({ id: text, name: text, description: text, value: CustomFieldValueWire.optional() })
  .refine((field) => Boolean(field.id ?? field.name), 'A custom field needs an id or a name');

interface ItemList<T> {
  items: T[];
  dropped: number;
}

/** An array in which each malformed item is dropped and counted instead of failing the lead. */
function lenientList<T>(item: z.ZodType<T>) {
  return z
    .array(z.unknown())
    .nullable()
    .optional()
    .catch(null)
    .transform((values): ItemList<T> => {
      const items: T[] = [];
      for (const value of values ?? []) {
        const parsed = item.safeParse(value);
        if (parsed.success) {
          items.push(parsed.data);
        }
      }

      return { items, dropped: (values?.length ?? 0) - items.length };
    });
}

export const LeadWire = z.object({
  // The spec allows `id: ""`: an empty ID reads as absent, so the requested one stands.
  id: z
    .union([
      z.literal('').transform(() => undefined),
      z.string(),
      z.number().int().transform(String),
    ])
    .optional(),
  name: z.string().nullable().optional(),
  company_name: text,
  owner_id: text,
  owner_name: text,
  company_id: text,
  contact_id: text,
  lead_id: text,
  lead_source: text,
  first_name: text,
  last_name: text,
  description: text,
  prefix: text,
  title: text,
  language: text,
  status: text,
  monetary_amount: z.number().finite().nullable().optional().catch(null),
  currency: openEnum,
  fax: text,
  websites: lenientList(WebsiteWire),
  addresses: lenientList(AddressWire),
  social_links: lenientList(SocialLinkWire),
  phone_numbers: lenientList(PhoneNumberWire),
  emails: lenientList(EmailWire),
  custom_fields: lenientList(CustomFieldWire),
  tags: lenientList(z.string()),
  custom_mappings: z.record(z.string(), z.unknown()).nullable().optional().catch(null),
  updated_at: text,
  created_at: text,
});

export const GetLeadResponseWire = z.object({
  status_code: z.number().optional(),
  status: z.string().optional(),
  service: z.string().optional().catch(undefined),
  resource: z.string().optional(),
  operation: z.string().optional(),
  data: LeadWire,
});

/** `GetLeadsResponse`, read leniently: its leads are parsed one by one elsewhere. */
export const GetLeadsResponseWire = z.object({
  service: z.string().optional().catch(undefined),
  data: z.array(z.unknown()),
  meta: z
    .object({ cursors: z.object({ next: z.string().nullable().optional() }).optional() })
    .optional()
    .catch(undefined),
});

export const ErrorEnvelopeWire = z.object({
  status_code: z.number().optional().catch(undefined),
  error: z.string().optional().catch(undefined),
  type_name: z.string().optional().catch(undefined),
  message: z.string().optional().catch(undefined),
  detail: z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .optional()
    .catch(undefined),
  ref: z.string().optional().catch(undefined),
});

export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeWire>;
export type LeadWireData = z.infer<typeof LeadWire>;
