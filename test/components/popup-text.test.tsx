import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { PopupApp } from '@/components/popup-app';
import { type Reply, sendMessage } from '@/lib/messages';
import { defaultSettings, toPublicSettings } from '@/lib/settings';
import catalogue from '@/public/_locales/en/messages.json';

import { leadFound } from '../support/leads';
import { answerWith, type Replies, sent } from './fake-messages';
import { makeLead } from './make-lead';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

const keys = new Set(Object.keys(catalogue));
// "save" and "remove" are keys and English words too: only a camelCase word is surely a key.
const keyLike = (word: string): boolean => keys.has(word) && /[A-Z_]/.test(word);
const shownAttributes = ['placeholder', 'aria-label', 'title', 'alt', 'value'];

/** Every text and spoken attribute in the popup that reads like a message key, not a message. */
function rawKeys(root: HTMLElement): string[] {
  const shown: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    shown.push(node.textContent ?? '');
  }

  for (const element of root.querySelectorAll('*')) {
    shown.push(...shownAttributes.map((name) => element.getAttribute(name) ?? ''));
  }

  return shown.filter(
    (text) =>
      text.includes('⟦') ||
      keys.has(text.trim()) ||
      (text.match(/[A-Za-z_]\w*/g) ?? []).some(keyLike),
  );
}

const settings = toPublicSettings(defaultSettings);
const searchPage = (count: number): Reply<'searchLeads'> => ({
  ok: true,
  leads: Array.from({ length: count }, (_, at) => makeLead({ id: `l${at}`, name: `Lead ${at}` })),
  service: 'salesforce',
  nextCursor: count > 0 ? 'next' : null,
  droppedLeads: 0,
});

function setUp(replies: Replies = {}): void {
  answerWith({
    getSettings: () => ({ ok: true, settings, configured: true }),
    getLead: () => ({ ok: true, ...leadFound('lead-full') }),
    searchLeads: () => searchPage(2),
    ...replies,
  });
  render(<PopupApp launch={{ id: '' }} />);
}

const input = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

function submit(label: string, value: string): void {
  fireEvent.input(input(label), { target: { value } });
  fireEvent.submit(input(label).form as HTMLFormElement);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockReset();
});

describe('the popup shows messages, never their keys', () => {
  it('finds a raw key when one is shown (the guard itself works)', () => {
    const popup = document.createElement('main');
    popup.innerHTML = '<input placeholder="searchPlaceholderName"><p>⟦nope⟧</p><p>Save</p>';

    expect(rawKeys(popup)).toEqual(['⟦nope⟧', 'searchPlaceholderName']);
  });

  it.each(['name', 'email', 'phone_number'])('in the search form by %s', async (field) => {
    setUp();
    await waitFor(() => expect(sent('getSettings')).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('Search by'), { target: { value: field } });

    expect(input('Search for').placeholder).not.toBe('');
    expect(rawKeys(document.body)).toEqual([]);
  });

  it('on first run', async () => {
    setUp({ getSettings: () => ({ ok: true, settings, configured: false }) });

    await screen.findByRole('region', { name: /Connect Lead Viewer/ });
    expect(rawKeys(document.body)).toEqual([]);
  });

  it('in a full profile, compact and expanded', async () => {
    setUp();
    submit('Lead ID', '00Q5e00000AdLvQEAV');
    fireEvent.click(await screen.findByRole('button', { name: /Show all fields/ }));

    await screen.findByRole('button', { name: /Show fewer fields/ });
    expect(rawKeys(document.body)).toEqual([]);
  });

  it.each([
    ['results with More', searchPage(2)],
    ['no match', searchPage(0)],
    ['a failure', { ok: false as const, error: { code: 'timeout' as const, message: 'Slow.' } }],
  ])('in search %s', async (_, page) => {
    setUp({ searchLeads: () => page });
    submit('Search for', 'Ada');

    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(rawKeys(document.body)).toEqual([]);
  });

  it.each(['', 'ada@example.com', 'x'.repeat(300)])('in the lookup form’s hints (%s)', (id) => {
    setUp();
    submit('Lead ID', id);
    submit('Search for', id);

    expect(rawKeys(document.body)).toEqual([]);
  });
});
