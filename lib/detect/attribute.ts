import { serviceIdPattern } from '../service-id';
import { recordUrlFor } from './record-url';
import type { LeadReference } from './types';

const maximumIdLength = 200;
// C0 controls, DEL and C1 controls: page authors can put anything in an attribute.
const controlCharacterPattern = /\p{Cc}/u;

function cleanId(value: string | null): string | null {
  const id = value?.trim() ?? '';
  if (id === '' || id.length > maximumIdLength || controlCharacterPattern.test(id)) {
    return null;
  }

  return id;
}

function cleanService(value: string | null): string | undefined {
  const service = value?.trim() ?? '';
  return serviceIdPattern.test(service) ? service : undefined;
}

/** A lead reference from `data-lead-id` / `data-lead-service` values, or null when unusable. */
export function readLeadAttribute(id: string | null, service: string | null): LeadReference | null {
  const cleanedId = cleanId(id);
  if (cleanedId === null) {
    return null;
  }

  const reference: LeadReference = { id: cleanedId, source: 'attribute' };
  const cleanedService = cleanService(service);
  if (cleanedService !== undefined) {
    reference.service = cleanedService;
  }

  const recordUrl = recordUrlFor(reference);
  if (recordUrl !== undefined) {
    reference.recordUrl = recordUrl;
  }

  return reference;
}
