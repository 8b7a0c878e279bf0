import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { fail } from '../../lib/messages/contract';
import { type Handlers, listenForMessages } from '../../lib/messages/listen';
import { leadFound } from '../support/leads';
import { deliverMessage, ownSender, stubHandlers } from '../support/messaging';

let handlers: Handlers;

beforeEach(() => {
  fakeBrowser.reset();
  handlers = stubHandlers();
  listenForMessages(handlers);
});

describe('listenForMessages', () => {
  it("answers with the handler's reply", async () => {
    await expect(deliverMessage({ type: 'getLead', id: 'x' })).resolves.toEqual({
      ok: true,
      ...leadFound(),
    });
  });

  it('passes the parsed message and the sender to the handler', async () => {
    await deliverMessage({ type: 'getLead', id: '  00QB0000000ybNX ', refresh: true, junk: 1 });

    expect(handlers.getLead).toHaveBeenCalledExactlyOnceWith(
      { type: 'getLead', id: '00QB0000000ybNX', refresh: true },
      ownSender(),
    );
  });

  it.each([
    [{ type: 'getSettings' }, 'getSettings'],
    [{ type: 'openOptions' }, 'openOptions'],
    [{ type: 'loadCardKit' }, 'loadCardKit'],
    [{ type: 'activateTab', tabId: 3 }, 'activateTab'],
    [{ type: 'testConnection' }, 'testConnection'],
  ] as const)('routes %j to its handler', async (message, type) => {
    await deliverMessage(message);

    expect(handlers[type]).toHaveBeenCalledTimes(1);
  });

  it('leaves an absent API key absent, so the background keeps the stored one', async () => {
    const settings = { appId: 'a', consumerId: 'c', serviceId: '', apiBaseUrl: '' };
    await deliverMessage({ type: 'saveSettings', settings });

    const [message] = vi.mocked(handlers.saveSettings).mock.calls[0] ?? [];
    expect(message?.settings).not.toHaveProperty('apiKey');
  });

  it("answers a handler's failure as it is", async () => {
    const failure = fail('not-found', 'No lead with ID x in Salesforce.');
    handlers.getLead = vi.fn<Handlers['getLead']>(async () => failure);

    await expect(deliverMessage({ type: 'getLead', id: 'x' })).resolves.toEqual(failure);
  });
});

describe('listenForMessages with a bad request', () => {
  it.each([
    ['an unknown type', { type: 'nope' }],
    ['no type', { id: 'x' }],
    ['a numeric id', { type: 'getLead', id: 5 }],
    ['an empty id', { type: 'getLead', id: '' }],
    ['a blank id', { type: 'getLead', id: '   ' }],
    ['an id too long', { type: 'getLead', id: 'x'.repeat(201) }],
    ['a service with capitals', { type: 'getLead', id: 'x', service: 'Salesforce' }],
    ['a refresh that is not a boolean', { type: 'getLead', id: 'x', refresh: 'yes' }],
    ['a negative tab id', { type: 'activateTab', tabId: -1 }],
    [
      'settings with a bad base URL',
      {
        type: 'saveSettings',
        settings: { appId: 'a', consumerId: 'c', serviceId: '', apiBaseUrl: 'ftp://x' },
      },
    ],
    ['null', null],
    ['a string', 'getLead'],
    ['an array', [{ type: 'getLead', id: 'x' }]],
  ])('answers %s with invalid-message and calls no handler', async (_what, raw) => {
    const reply = await deliverMessage(raw);

    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(reply).toHaveProperty('error.message', expect.stringMatching(/^[A-Z].*\.$/));
    for (const handler of Object.values(handlers)) {
      expect(handler).not.toHaveBeenCalled();
    }
  });
});

describe('listenForMessages when a handler breaks', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it.each([
    [
      'throws',
      vi.fn<Handlers['getLead']>(() => {
        throw new Error('boom');
      }),
    ],
    [
      'rejects',
      vi.fn<Handlers['getLead']>(async () => {
        throw new Error('boom');
      }),
    ],
  ])('answers internal with a sentence when the handler %s', async (_what, getLead) => {
    handlers.getLead = getLead;

    await expect(deliverMessage({ type: 'getLead', id: 'x' })).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Lead Viewer. Try again.' },
    });
  });
});

describe('listenForMessages and senders', () => {
  it.each([
    ['another extension', { id: 'some-other-extension' }],
    ['a sender without an id', {}],
    ['a web page', { url: 'https://evil.example/', origin: 'https://evil.example' }],
  ])('does not answer %s and calls no handler', async (_what, sender) => {
    await expect(deliverMessage({ type: 'getLead', id: 'x' }, sender)).resolves.toBeUndefined();
    expect(handlers.getLead).not.toHaveBeenCalled();
  });

  it('claims the reply synchronously by returning true', async () => {
    const claims = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'getSettings' },
      ownSender(),
      () => undefined,
    );

    expect(claims).toEqual([true]);
  });

  it('returns false for a foreign sender, leaving the channel to others', async () => {
    const claims = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'getSettings' },
      { id: 'other' },
      () => undefined,
    );

    expect(claims).toEqual([false]);
  });

  it("answers this extension's content scripts", async () => {
    const sender = { ...ownSender(), frameId: 0, url: 'https://crm.example/' };

    await expect(deliverMessage({ type: 'getSettings' }, sender)).resolves.toMatchObject({
      ok: true,
    });
  });

  // fakeBrowser 2.0.1 hands listeners `sender = {}`, so its own sendMessage never reaches us.
  it("stays silent for fakeBrowser's own sendMessage, which sends no sender id", async () => {
    await expect(fakeBrowser.runtime.sendMessage({ type: 'getSettings' })).resolves.toBeUndefined();
    expect(handlers.getSettings).not.toHaveBeenCalled();
  });
});
