import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { fail } from '../../lib/messages/contract';
import { type Handlers, listenForMessages } from '../../lib/messages/listen';
import { sendMessage } from '../../lib/messages/send';
import { leadFound } from '../support/leads';
import { routeSendMessageFromExtension, stubHandlers } from '../support/messaging';

const unavailable = {
  ok: false,
  error: {
    code: 'unavailable',
    message:
      'Lead Viewer was restarted or updated. Try again, or reload this page if it keeps failing.',
  },
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('sendMessage to a listening background', () => {
  let handlers: Handlers;

  beforeEach(() => {
    routeSendMessageFromExtension();
    handlers = stubHandlers();
    listenForMessages(handlers);
  });

  it("resolves with the handler's reply", async () => {
    await expect(sendMessage('getLead', { id: 'x' })).resolves.toEqual({
      ok: true,
      ...leadFound(),
    });
    expect(handlers.getLead).toHaveBeenCalledWith({ type: 'getLead', id: 'x' }, expect.anything());
  });

  it('resolves with a typed failure from the handler', async () => {
    handlers.getLead = vi.fn<Handlers['getLead']>(async () => fail('no-access', 'Grant it.'));

    await expect(sendMessage('getLead', { id: 'x' })).resolves.toEqual(
      fail('no-access', 'Grant it.'),
    );
  });

  it('gets invalid-message for a type the background does not know', async () => {
    await expect(fakeBrowser.runtime.sendMessage({ type: 'nope' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  });

  it('gets invalid-message for a request that breaks the schema', async () => {
    await expect(sendMessage('activateTab', { tabId: 1.5 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  });
});

describe('sendMessage when the background cannot answer', () => {
  it('is unavailable when no listener is registered', async () => {
    await expect(sendMessage('getSettings', {})).resolves.toEqual(unavailable);
  });

  it('is unavailable when sendMessage rejects', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Extension context invalidated.'),
    );

    await expect(sendMessage('getLead', { id: 'x' })).resolves.toEqual(unavailable);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'ok'],
    ['an object without ok', { lead: {} }],
    ['ok that is not a boolean', { ok: 'true' }],
  ])('is unavailable when the reply is %s', async (_what, reply) => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => reply);

    await expect(sendMessage('getLead', { id: 'x' })).resolves.toEqual(unavailable);
  });

  it('sends the type together with the request', async () => {
    const spy = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation(async () => ({ ok: true }));
    await sendMessage('getLead', { id: 'x', refresh: true });

    expect(spy).toHaveBeenCalledExactlyOnceWith({ type: 'getLead', id: 'x', refresh: true });
  });
});
