import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The shared fixtures sit beside the project root (in CI too); they are read, never copied.
const fixturesDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/apideck/fixtures',
);

export type FixtureName =
  | 'lead-full'
  | 'lead-minimal'
  | 'lead-many-nulls'
  | 'leads-list-page'
  | 'error-401'
  | 'error-404'
  | 'error-429';

export type JsonObject = Record<string, unknown>;

/** A fresh copy of a shared fixture, so a test may change it freely. */
export function loadFixture(name: FixtureName): JsonObject {
  const parsed: unknown = JSON.parse(readFileSync(path.join(fixturesDir, `${name}.json`), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`Fixture ${name} is not a JSON object`);
  }

  return parsed as JsonObject;
}

/** The `data` object of a lead fixture. */
export function loadLeadData(name: 'lead-full' | 'lead-minimal' | 'lead-many-nulls'): JsonObject {
  return loadFixture(name).data as JsonObject;
}

/** A GetLeadResponse envelope around `data`, shaped like the shared fixtures. */
export function leadEnvelope(data: unknown, service = 'salesforce'): JsonObject {
  return { status_code: 200, status: 'OK', service, resource: 'leads', operation: 'one', data };
}

/** The full fixture's envelope with some `data` keys replaced (`undefined` removes a key). */
export function fullLeadWith(patch: JsonObject): JsonObject {
  const data: JsonObject = { ...loadLeadData('lead-full'), ...patch };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      delete data[key];
    }
  }

  return { ...loadFixture('lead-full'), data };
}
