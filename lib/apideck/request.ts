import type { Settings } from '../settings';

export interface ApideckRequest {
  url: string;
  headers: Record<string, string>;
}

/** The connector to address: a service ID pinned in Options wins over the detected CRM. */
export function chooseService(
  settings: Settings,
  detected: string | undefined,
): string | undefined {
  return settings.serviceId || detected || undefined;
}

function buildHeaders(settings: Settings, service: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    // The spec asks every request to carry it, GETs included.
    'content-type': 'application/json',
    'x-apideck-app-id': settings.appId,
    'x-apideck-consumer-id': settings.consumerId,
  };
  if (settings.apiKey) {
    headers.authorization = `Bearer ${settings.apiKey}`;
  }

  if (service) {
    headers['x-apideck-service-id'] = service;
  }

  return headers;
}

/** `GET {base}/crm/leads/{id}` (operation `leadsOne`). */
export function buildLeadRequest(
  settings: Settings,
  id: string,
  service: string | undefined,
): ApideckRequest {
  return {
    url: `${settings.apiBaseUrl}/crm/leads/${encodeURIComponent(id)}`,
    headers: buildHeaders(settings, service),
  };
}

export interface LeadsQuery {
  limit: number;
  /** One `filter[field]=value` pair (`name`, `email` or `phone_number`). */
  filter?: { field: string; value: string };
  cursor?: string;
}

/** `GET {base}/crm/leads?limit=…&filter[…]=…&cursor=…` (operation `leadsAll`). */
export function buildLeadsRequest(
  settings: Settings,
  service: string | undefined,
  leadsQuery: LeadsQuery,
): ApideckRequest {
  const query = new URLSearchParams({ limit: String(leadsQuery.limit) });
  if (leadsQuery.filter) {
    query.set(`filter[${leadsQuery.filter.field}]`, leadsQuery.filter.value);
  }

  if (leadsQuery.cursor) {
    query.set('cursor', leadsQuery.cursor);
  }

  return {
    url: `${settings.apiBaseUrl}/crm/leads?${query}`,
    headers: buildHeaders(settings, service),
  };
}
