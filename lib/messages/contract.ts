import type { LeadError } from '../errors';
import type { LeadReference } from '../detect/types';
import type { Lead } from '../lead/model';
import type { Preferences } from '../preferences';
import type { PublicSettings, Settings } from '../settings';

/** Settings as a page sends them: an absent `apiKey` keeps the stored one, `''` removes it. */
export type SettingsInput = Omit<Settings, 'apiKey'> & { apiKey?: string };

export interface LeadFound {
  lead: Lead;
  /** The connector that answered (`salesforce`, …), when Apideck said. */
  service: string | null;
  cached: boolean;
  /**
   * Older than the cache lifetime: shown at once while the background fetches it again; the next
   * lookup gets the fresh copy.
   */
  stale?: boolean;
  /** Malformed emails, phones and other list items left out of `lead`. */
  droppedItems: number;
  fetchedAt: number;
}

export interface SettingsState {
  settings: PublicSettings;
  configured: boolean;
}

/** Every message between the extension's contexts: its request and its successful reply. */
export interface Protocol {
  getLead: { request: { id: string; service?: string; refresh?: boolean }; reply: LeadFound };
  testConnection: {
    request: { settings?: SettingsInput };
    reply: { service: string | null; leadsSeen: number };
  };
  getSettings: { request: Record<never, never>; reply: SettingsState };
  saveSettings: { request: { settings: SettingsInput }; reply: SettingsState };
  openOptions: { request: Record<never, never>; reply: Record<never, never> };
  activateTab: { request: { tabId: number }; reply: { injected: boolean } };
  getPreferences: { request: Record<never, never>; reply: { preferences: Preferences } };
  savePreferences: { request: { preferences: Preferences }; reply: { preferences: Preferences } };
  /** An imported file: settings (an absent key keeps the stored one) and preferences, or neither. */
  importSettings: {
    request: { settings: SettingsInput; preferences: Preferences };
    reply: SettingsState & { preferences: Preferences };
  };
  clearCache: { request: Record<never, never>; reply: Record<never, never> };
  /** From a content script: the lead references its page holds (badge, popup's page list). */
  reportDetections: {
    request: { count: number; references: LeadReference[]; paused: boolean };
    reply: Record<never, never>;
  };
  /**
   * From a content script about to open a card: inject the card kit (`/card-kit.js`) into its
   * own tab and frame, so pages where nobody hovers never parse the card's renderer.
   */
  loadCardKit: { request: Record<never, never>; reply: Record<never, never> };
  /** What the content script in a tab last reported; `reported: false` if it never did. */
  getTabLeads: {
    request: { tabId: number };
    reply: { reported: boolean; count: number; references: LeadReference[]; paused: boolean };
  };
  /** Search by name, email or phone (`GET /crm/leads?filter[…]`), one page at a time. */
  searchLeads: {
    /** `retry`: the person pressed "Try again"; the page may go out despite a quota pause. */
    request: {
      field: SearchField;
      query: string;
      cursor?: string;
      service?: string;
      retry?: boolean;
    };
    reply: SearchPage;
  };
}

export type SearchField = 'name' | 'email' | 'phone_number';

export interface SearchPage {
  leads: Lead[];
  service: string | null;
  /** Pass back as `cursor` for the next page; `null` at the end. */
  nextCursor: string | null;
  /** Malformed leads left out of this page. */
  droppedLeads: number;
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['request'];
export type Message<K extends MessageType = MessageType> = K extends MessageType
  ? { type: K } & RequestOf<K>
  : never;
export type Failure = { ok: false; error: LeadError };
export type Reply<K extends MessageType> = ({ ok: true } & Protocol[K]['reply']) | Failure;

export function fail(code: LeadError['code'], message: string): Failure {
  return { ok: false, error: { code, message } };
}

/**
 * Messages the background sends to the content script of one tab (`sendToTab`, `listenInTab`).
 * Checked by hand, not with Zod: the content script must stay small (BENCHMARK G6).
 */
export interface TabProtocol {
  /** The `open-lead-card` shortcut: open the card for the ID under the selection or focus. */
  openCardAtSelection: { request: Record<never, never>; reply: { opened: boolean } };
}

export type TabMessageType = keyof TabProtocol;
export type TabMessage<K extends TabMessageType = TabMessageType> = {
  type: K;
} & TabProtocol[K]['request'];
export type TabReply<K extends TabMessageType> = TabProtocol[K]['reply'];
