import { describe, expect, it } from 'vitest';

import {
  describeFailedResponse,
  describePause,
  type FailedResponse,
} from '../../lib/apideck/describe-error';
import type { ErrorEnvelope } from '../../lib/lead/wire';

const salesforce = { id: '00QB0000000ybNXMAY', service: 'salesforce' };

function failed(status: number, envelope: ErrorEnvelope | null = null): FailedResponse {
  return { status, envelope };
}

const typed = (type_name: string): ErrorEnvelope => ({ type_name, message: 'm' });

describe('describeFailedResponse with Apideck type names', () => {
  it.each([
    [401, 'ConnectorCredentialsError'],
    [400, 'ConnectorCredentialsError'],
    [401, 'OAuthConnectorError'],
    [400, 'OAuthCodeExchangeError'],
    [400, 'OAuthSomethingNewError'],
  ])('sends %i %s to Apideck Vault', (status, typeName) => {
    const error = describeFailedResponse(failed(status, typed(typeName)), salesforce);

    expect(error.code).toBe('crm-sign-in');
    expect(error.message).toBe(
      'Apideck cannot sign in to Salesforce. Reconnect Salesforce in Apideck Vault.',
    );
    expect(error.typeName).toBe(typeName);
  });

  it('says the CRM is not connected for a 404 ConnectionNotFoundError', () => {
    const error = describeFailedResponse(failed(404, typed('ConnectionNotFoundError')), salesforce);

    expect(error.code).toBe('crm-not-connected');
    expect(error.message).toMatch(/^Salesforce is not connected/);
    expect(error.message).toMatch(/Apideck Vault/);
  });

  it('does not mistake a type name that merely contains a Vault error', () => {
    const envelope = typed('NotConnectorCredentialsError');
    const error = describeFailedResponse(failed(401, envelope), salesforce);

    expect(error.message).toMatch(/API key/);
  });
});

describe('describeFailedResponse naming the CRM', () => {
  it.each([
    ['pipedrive', 'No lead with ID 42 in Pipedrive. Check the ID.'],
    ['zoho-crm', 'No lead with ID 42 in Zoho CRM. Check the ID.'],
    ['my-custom-crm', 'No lead with ID 42 in my-custom-crm. Check the ID.'],
    [undefined, 'No lead with ID 42 in your CRM. Check the ID.'],
  ])('with service %j says %j', (service, message) => {
    expect(describeFailedResponse(failed(404), { id: '42', service }).message).toBe(message);
  });

  it('blames the base URL for a 404 that was not a lead lookup', () => {
    expect(describeFailedResponse(failed(404), {}).message).toMatch(/API base URL/);
  });

  it('names Apideck for a rate limit when no CRM is known', () => {
    const error = describeFailedResponse({ status: 429, envelope: null, retryAfterSeconds: 3 }, {});

    expect(error.message).toBe('Rate limited by Apideck. Lead Viewer resumes lookups in 3 s.');
    expect(error.retryAfterSeconds).toBe(3);
  });

  it.each([418, 409, 501, 504])('treats an unlisted status %i as a server problem', (status) => {
    const error = describeFailedResponse(failed(status), salesforce);

    expect(error).toMatchObject({ code: 'server', status });
    expect(error.message).toContain(`HTTP ${status}`);
  });
});

describe('describeFailedResponse details', () => {
  it('leaves out what it was not given', () => {
    expect(describeFailedResponse(failed(500), salesforce)).toEqual({
      code: 'server',
      status: 500,
      message: 'Apideck or Salesforce had a problem (HTTP 500). Try again in a moment.',
    });
  });

  it('keeps the Request-Id', () => {
    const error = describeFailedResponse({ ...failed(500), requestId: 'r-9' }, salesforce);

    expect(error.requestId).toBe('r-9');
  });

  it('joins message and string detail', () => {
    const envelope = { message: 'Unknown Lead', detail: 'Could not find lead' };

    expect(describeFailedResponse(failed(404, envelope), salesforce).detail).toBe(
      'Unknown Lead — Could not find lead',
    );
  });
});

describe('describeFailedResponse for a search', () => {
  it.each([
    [
      'phone_number',
      "Salesforce can't search by phone number through Apideck; try name or email address.",
    ],
    ['email', "Salesforce can't search by email address through Apideck; try name."],
    ['name', "Salesforce can't search by name through Apideck; try email address."],
  ])('says which other field to try when %s is unsupported', (filter, message) => {
    const envelope = typed('UnsupportedFiltersError');
    const error = describeFailedResponse(failed(400, envelope), { service: 'salesforce', filter });

    expect(error).toMatchObject({ code: 'unsupported', message });
  });
});

describe('describePause', () => {
  const resumes = 'Rate limited by Salesforce. Lead Viewer resumes lookups';
  it.each([
    [0.2, 'in 1 s'],
    [30, 'in 30 s'],
    [89, 'in 89 s'],
  ])('says %s seconds as %j', (seconds, words) => {
    expect(describePause('Salesforce', seconds)).toBe(`${resumes} ${words}.`);
  });

  it('gives minutes and the clock time for longer waits', () => {
    expect(describePause('Salesforce', 12 * 60, Date.UTC(2026, 0, 1, 9, 0))).toMatch(
      /^Rate limited by Salesforce\. Lead Viewer resumes lookups in 12 min \(at .+\)\.$/,
    );
  });

  // Local clock times, so the day boundary is the user's midnight in any time zone.
  const at = (hour: number, minute = 0) =>
    new Date(2026, 0, 1, hour, minute).toLocaleTimeString([], {
      hour: '2-digit',
      minute: '2-digit',
    });

  it.each([
    [9, 0, 3 * 3600, `in about 3 h (at ${at(12)})`],
    [9, 0, 100 * 60, `in about 2 h (at ${at(10, 40)})`],
    [20, 13, 24 * 3600, `tomorrow at ${at(20, 13)}`],
    [22, 0, 3 * 3600, `tomorrow at ${at(1)}`],
  ])(
    'from %i:%i, a wait of %i s is said in hours or as tomorrow',
    (hour, minute, seconds, words) => {
      const now = new Date(2026, 0, 1, hour, minute).getTime();

      expect(describePause('Salesforce', seconds, now)).toBe(`${resumes} ${words}.`);
    },
  );
});
