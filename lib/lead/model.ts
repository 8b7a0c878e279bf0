import type { CustomFieldValue } from './wire';

export type { CustomFieldValue };

export interface Email {
  id: string | null;
  email: string | null;
  type: string | null;
}

export interface PhoneNumber {
  id: string | null;
  countryCode: string | null;
  areaCode: string | null;
  number: string;
  extension: string | null;
  type: string | null;
}

export interface Link {
  id: string | null;
  url: string;
  type: string | null;
}

export interface Address {
  id: string | null;
  type: string | null;
  /** The whole address on one line, for connectors without structured addresses. */
  string: string | null;
  name: string | null;
  line1: string | null;
  line2: string | null;
  line3: string | null;
  line4: string | null;
  line5: string | null;
  streetNumber: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  country: string | null;
  county: string | null;
  latitude: string | null;
  longitude: string | null;
}

export interface CustomField {
  id: string | null;
  name: string | null;
  description: string | null;
  value: CustomFieldValue | undefined;
}

/** Apideck's `Lead`, camelCased; `null` where the CRM sent nothing, never an invented value. */
export interface Lead {
  id: string;
  name: string | null;
  companyName: string | null;
  companyId: string | null;
  contactId: string | null;
  ownerId: string | null;
  ownerName: string | null;
  leadId: string | null;
  leadSource: string | null;
  firstName: string | null;
  lastName: string | null;
  prefix: string | null;
  title: string | null;
  description: string | null;
  language: string | null;
  status: string | null;
  monetaryAmount: number | null;
  currency: string | null;
  fax: string | null;
  emails: Email[];
  phoneNumbers: PhoneNumber[];
  websites: Link[];
  socialLinks: Link[];
  addresses: Address[];
  customFields: CustomField[];
  tags: string[];
  customMappings: Record<string, unknown> | null;
  createdAt: string | null;
  updatedAt: string | null;
}
