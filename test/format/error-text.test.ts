import { describe, expect, it } from 'vitest';

import { describeForOptions } from '@/lib/format/error-text';

describe('describeForOptions', () => {
  it.each([
    [
      'Could not reach unify.apideck.com. Check your connection and the API base URL in Options.',
      'Could not reach unify.apideck.com. Check your connection and the API base URL.',
    ],
    [
      'Lead Viewer has no access to unify.apideck.com. Grant access in Options.',
      'Lead Viewer has no access to unify.apideck.com. Grant access below.',
    ],
    [
      'Lead Viewer has no access to the API base URL. Grant it in Options.',
      'Lead Viewer has no access to the API base URL. Grant it below.',
    ],
    [
      'Apideck refused the request as invalid. Check the service ID in Options, then try again.',
      'Apideck refused the request as invalid. Check the service ID, then try again.',
    ],
    [
      'Apideck rejected the API key or app ID. Check them in Options.',
      'Apideck rejected the API key or app ID. Check them.',
    ],
    [
      'Apideck is not answering. Try again in a minute.',
      'Apideck is not answering. Try again in a minute.',
    ],
    ['Pick a site in Options menu first.', 'Pick a site in Options menu first.'],
  ])('%j reads %j', (message, expected) => {
    expect(describeForOptions(message)).toBe(expected);
  });
});
