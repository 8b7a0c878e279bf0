import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { Handlers } from '../../lib/messages/listen';
import { defaultPreferences } from '../../lib/preferences';
import { toPublicSettings } from '../../lib/settings';
import { leadFound } from './leads';
import { buildSettings } from './settings';

type Sender = Browser.runtime.MessageSender;

/** A sender as the browser fills it for this extension's own pages and content scripts. */
export const ownSender = (): Sender => ({ id: fakeBrowser.runtime.id });

/**
 * Delivers `raw` to the registered onMessage listeners with the given sender, the way a
 * browser would, and resolves with what they answered through `sendResponse`
 * (`undefined` when no listener claimed the message).
 */
export async function deliverMessage(raw: unknown, sender: Sender = ownSender()): Promise<unknown> {
  let respond: (reply: unknown) => void = () => undefined;
  const replied = new Promise<unknown>((resolve) => {
    respond = resolve;
  });
  const claims: unknown[] = await fakeBrowser.runtime.onMessage.trigger(raw, sender, respond);

  return claims.some((claim) => claim === true) ? replied : undefined;
}

/**
 * fakeBrowser's own `runtime.sendMessage` passes an empty sender (no `id`), which the
 * background rightly ignores; this routes it through `deliverMessage` as a real browser would.
 */
export function routeSendMessageFromExtension() {
  return vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation(async (message: unknown) => {
      if (!fakeBrowser.runtime.onMessage.hasListeners()) {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }

      return deliverMessage(message);
    });
}

/** Handlers that answer every message type successfully; override the ones a test needs. */
export function stubHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const state = { settings: { ...toPublicSettings(buildSettings()) }, configured: true };

  return {
    getLead: vi.fn<Handlers['getLead']>(async () => ({ ok: true, ...leadFound() })),
    testConnection: vi.fn<Handlers['testConnection']>(async () => ({
      ok: true,
      service: 'salesforce',
      leadsSeen: 1,
    })),
    getSettings: vi.fn<Handlers['getSettings']>(async () => ({ ok: true, ...state })),
    saveSettings: vi.fn<Handlers['saveSettings']>(async () => ({ ok: true, ...state })),
    openOptions: vi.fn<Handlers['openOptions']>(async () => ({ ok: true })),
    activateTab: vi.fn<Handlers['activateTab']>(async () => ({ ok: true, injected: true })),
    getPreferences: vi.fn<Handlers['getPreferences']>(async () => ({
      ok: true,
      preferences: defaultPreferences,
    })),
    savePreferences: vi.fn<Handlers['savePreferences']>(async ({ preferences }) => ({
      ok: true,
      preferences,
    })),
    importSettings: vi.fn<Handlers['importSettings']>(async ({ preferences }) => ({
      ok: true,
      ...state,
      preferences,
    })),
    clearCache: vi.fn<Handlers['clearCache']>(async () => ({ ok: true })),
    reportDetections: vi.fn<Handlers['reportDetections']>(async () => ({ ok: true })),
    loadCardKit: vi.fn<Handlers['loadCardKit']>(async () => ({ ok: true })),
    getTabLeads: vi.fn<Handlers['getTabLeads']>(async () => ({
      ok: true,
      reported: false,
      count: 0,
      references: [],
      paused: false,
    })),
    searchLeads: vi.fn<Handlers['searchLeads']>(async () => ({
      ok: true,
      leads: [],
      service: null,
      nextCursor: null,
      droppedLeads: 0,
    })),
    ...overrides,
  };
}
