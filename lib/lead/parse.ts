import type { Address, Lead, PhoneNumber } from './model';
import { GetLeadResponseWire, LeadWire, type LeadWireData } from './wire';

export interface ParsedLead {
  lead: Lead;
  /** The connector that answered, from the envelope's `service`. */
  service: string | null;
  /** Malformed list items (emails, phones, …) that were left out. */
  droppedItems: number;
}

type WireAddress = LeadWireData['addresses']['items'][number];
type WirePhone = LeadWireData['phone_numbers']['items'][number];

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

function toAddress(wire: WireAddress): Address {
  return {
    id: orNull(wire.id),
    type: orNull(wire.type),
    string: orNull(wire.string),
    name: orNull(wire.name),
    line1: orNull(wire.line1),
    line2: orNull(wire.line2),
    line3: orNull(wire.line3),
    line4: orNull(wire.line4),
    line5: orNull(wire.line5),
    streetNumber: orNull(wire.street_number),
    city: orNull(wire.city),
    state: orNull(wire.state),
    postalCode: orNull(wire.postal_code),
    country: orNull(wire.country),
    county: orNull(wire.county),
    latitude: orNull(wire.latitude),
    longitude: orNull(wire.longitude),
  };
}

function toPhone(wire: WirePhone): PhoneNumber {
  return {
    id: orNull(wire.id),
    countryCode: orNull(wire.country_code),
    areaCode: orNull(wire.area_code),
    number: wire.number,
    extension: orNull(wire.extension),
    type: orNull(wire.type),
  };
}

function toLead(wire: LeadWireData, requestedId: string): Lead {
  const link = (item: { id?: string | null; url: string; type?: string | null }) => ({
    id: orNull(item.id),
    url: item.url,
    type: orNull(item.type),
  });

  return {
    // The spec marks `id` read-only and optional; the ID we asked for is the same record.
    id: wire.id ?? requestedId,
    name: orNull(wire.name),
    companyName: orNull(wire.company_name),
    companyId: orNull(wire.company_id),
    contactId: orNull(wire.contact_id),
    ownerId: orNull(wire.owner_id),
    ownerName: orNull(wire.owner_name),
    leadId: orNull(wire.lead_id),
    leadSource: orNull(wire.lead_source),
    firstName: orNull(wire.first_name),
    lastName: orNull(wire.last_name),
    prefix: orNull(wire.prefix),
    title: orNull(wire.title),
    description: orNull(wire.description),
    language: orNull(wire.language),
    status: orNull(wire.status),
    monetaryAmount: orNull(wire.monetary_amount),
    currency: orNull(wire.currency),
    fax: orNull(wire.fax),
    emails: wire.emails.items.map((item) => ({
      id: orNull(item.id),
      email: item.email,
      type: orNull(item.type),
    })),
    phoneNumbers: wire.phone_numbers.items.map(toPhone),
    websites: wire.websites.items.map(link),
    socialLinks: wire.social_links.items.map(link),
    addresses: wire.addresses.items.map(toAddress),
    customFields: wire.custom_fields.items.map((item) => ({
      id: orNull(item.id),
      name: orNull(item.name),
      description: orNull(item.description),
      value: item.value,
    })),
    tags: wire.tags.items,
    customMappings: orNull(wire.custom_mappings),
    createdAt: orNull(wire.created_at),
    updatedAt: orNull(wire.updated_at),
  };
}

function countDropped(wire: LeadWireData): number {
  const lists = [
    wire.emails,
    wire.phone_numbers,
    wire.websites,
    wire.social_links,
    wire.addresses,
    wire.custom_fields,
    wire.tags,
  ];

  return lists.reduce((sum, list) => sum + list.dropped, 0);
}

/** Parses a `GetLeadResponse` body; `null` when it is not one, even leniently. */
export function parseLeadResponse(body: unknown, requestedId: string): ParsedLead | null {
  const parsed = GetLeadResponseWire.safeParse(body);
  if (!parsed.success) {
    return null;
  }

  const { data, service } = parsed.data;

  return {
    lead: toLead(data, requestedId),
    service: service ?? null,
    droppedItems: countDropped(data),
  };
}

/** Parses one lead of a list page; a lead without an ID cannot be looked up and is left out. */
export function parseListedLead(data: unknown): Omit<ParsedLead, 'service'> | null {
  const parsed = LeadWire.safeParse(data);
  if (!parsed.success || parsed.data.id === undefined) {
    return null;
  }

  return { lead: toLead(parsed.data, parsed.data.id), droppedItems: countDropped(parsed.data) };
}
