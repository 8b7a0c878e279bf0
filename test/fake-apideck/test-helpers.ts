// Shared helpers for the fake Apideck tests: credentials and a small JSON fetch wrapper.
import type { FakeApideck } from './server.mjs';

// Loose on purpose: tests inspect wire JSON whose shape is exactly what is under test.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const AUTH: Readonly<Record<string, string>> = {
  Authorization: 'Bearer demo-key',
  'x-apideck-app-id': 'demo-app',
  'x-apideck-consumer-id': 'demo-consumer',
};

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  body: Json;
}

/** GET a path on the fake with the demo credentials (overridable) and parse JSON if possible. */
export async function get(
  fake: FakeApideck,
  path: string,
  headers: Record<string, string> = AUTH,
  init: RequestInit = {},
): Promise<Reply> {
  const response = await fetch(`${fake.url}${path}`, { headers, ...init });
  const text = await response.text();
  let body: Json;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** Path of the one-lead endpoint with the id URL-encoded. */
export const leadPath = (id: string, query = ''): string =>
  `/crm/leads/${encodeURIComponent(id)}${query ? `?${query}` : ''}`;

/** The demo credentials without one header. */
export function without(name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(AUTH).filter(([key]) => key !== name));
}
