import type { Lead } from '@/lib/lead/model';
import type { LeadFound } from '@/lib/messages';

/** A lead with only an ID: every other field as the CRM leaves it when it sends nothing. */
export function makeLead(patch: Partial<Lead> = {}): Lead {
  return {
    id: '00Q5e00000AdLvQEAV',
    name: null,
    companyName: null,
    companyId: null,
    contactId: null,
    ownerId: null,
    ownerName: null,
    leadId: null,
    leadSource: null,
    firstName: null,
    lastName: null,
    prefix: null,
    title: null,
    description: null,
    language: null,
    status: null,
    monetaryAmount: null,
    currency: null,
    fax: null,
    emails: [],
    phoneNumbers: [],
    websites: [],
    socialLinks: [],
    addresses: [],
    customFields: [],
    tags: [],
    customMappings: null,
    createdAt: null,
    updatedAt: null,
    ...patch,
  };
}

export function makeFound(lead: Partial<Lead> = {}, extra: Partial<LeadFound> = {}): LeadFound {
  return {
    lead: makeLead(lead),
    service: null,
    cached: false,
    droppedItems: 0,
    fetchedAt: 0,
    ...extra,
  };
}
