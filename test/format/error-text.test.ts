import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';

import { describeForOptions } from '@/lib/format/error-text';

describe('describeForOptions', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

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
      'Apideck rejected the API key, app ID or consumer ID. Check them in Options.',
      'Apideck rejected the API key, app ID or consumer ID. Check them.',
    ],
    [
      'Apideck is not answering. Try again in a minute.',
      'Apideck is not answering. Try again in a minute.',
    ],
    ['Pick a site in Options menu first.', 'Pick a site in Options menu first.'],
  ])('%j reads %j', (message, expected) => {
    const code = message.includes('no access') ? 'no-access' : 'network';
    expect(describeForOptions(message, code)).toBe(expected);
  });

  it('takes its words from the catalogue, so a translation needs no code change', () => {
    const german: Record<string, string> = {
      optionsPageMention: 'in den Optionen',
      optionsPageBelow: 'unten',
    };
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key) => german[key] ?? '');

    expect(describeForOptions('Prüfen Sie die App-ID in den Optionen.', 'unauthorized')).toBe(
      'Prüfen Sie die App-ID.',
    );
    expect(describeForOptions('Erlauben Sie den Zugriff in den Optionen.', 'no-access')).toBe(
      'Erlauben Sie den Zugriff unten.',
    );
  });

  it('leaves a sentence alone when the catalogue lacks the words', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');

    expect(describeForOptions('Check the app ID in Options.', 'unauthorized')).toBe(
      'Check the app ID in Options.',
    );
  });
});
