import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { PopupApp } from '@/components/popup-app';
import { type Reply, type SearchField, sendMessage } from '@/lib/messages';
import { defaultSettings, toPublicSettings } from '@/lib/settings';

import { answerWith, type Replies, sent } from './fake-messages';
import { makeLead } from './make-lead';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

const settings = toPublicSettings(defaultSettings);
const page = (names: string[]): Reply<'searchLeads'> => ({
  ok: true,
  leads: names.map((name, at) => makeLead({ id: `l${at}`, name })),
  service: null,
  nextCursor: null,
  droppedLeads: 0,
});
const notFound = { ok: false as const, error: { code: 'not-found' as const, message: 'No lead.' } };

async function setUp(replies: Replies = {}): Promise<void> {
  answerWith({
    getSettings: () => ({ ok: true, settings, configured: true }),
    getLead: () => notFound,
    searchLeads: () => page(['Ada Linwood']),
    ...replies,
  });
  render(<PopupApp launch={{ id: '' }} />);
  await waitFor(() => expect(sent('getSettings')).toHaveLength(1));
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

function submit(label: string, value: string): void {
  fireEvent.input(field(label), { target: { value } });
  fireEvent.submit(field(label).form as HTMLFormElement);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockReset();
});

describe('search text length', () => {
  it('stops typing at 200 characters', async () => {
    await setUp();

    expect(field('Search for').maxLength).toBe(200);
  });

  it('explains over-long text in words and sends nothing', async () => {
    await setUp();

    submit('Search for', 'n'.repeat(5_000));

    expect(screen.getByText(/^Search text is limited to 200 characters\./)).toBeTruthy();
    expect(screen.queryByText(/Reload the page/)).toBeNull();
    expect(field('Search for').getAttribute('aria-invalid')).toBe('true');
    expect(sent('searchLeads')).toEqual([]);
  });

  it.each([
    ['refuses a paste that would pass the limit', 'x'.repeat(150), 'y'.repeat(60), false],
    ['takes a paste within the limit', 'x'.repeat(150), 'y'.repeat(50), true],
  ])('%s', async (_, typed, pasted, kept) => {
    await setUp();
    fireEvent.input(field('Search for'), { target: { value: typed } });
    field('Search for').setSelectionRange(typed.length, typed.length);

    const allowed = fireEvent.paste(field('Search for'), {
      clipboardData: { getData: () => pasted },
    });

    expect(allowed).toBe(kept);
    expect(screen.queryByText(/^Search text is limited/) === null).toBe(kept);
  });
});

describe('no match', () => {
  it.each([
    ['name', /Try part of the name\.$/],
    ['email', /Check the whole address, or search by name\.$/],
    ['phone_number', /as your CRM stores it, with fewer spaces or dashes\.$/],
  ] as [SearchField, RegExp][])('gives a %s search its own hint', async (by, hint) => {
    await setUp({ searchLeads: () => page([]) });
    fireEvent.change(screen.getByLabelText('Search by'), { target: { value: by } });

    submit('Search for', 'ada');

    const said = await screen.findByText(/^No lead/);
    expect(said.textContent).toMatch(hint);
    expect(said.textContent).toContain('“ada”');
  });
});

describe('a new hint replaces the old result', () => {
  it('takes a failed lookup away when the next ID looks like an email', async () => {
    await setUp();
    submit('Lead ID', 'xxxx');
    await screen.findByText('No lead.');

    submit('Lead ID', 'ada@example.com');

    expect(screen.getByRole('button', { name: 'Search by email' })).toBeTruthy();
    expect(screen.queryByText('No lead.')).toBeNull();
  });

  it('takes the search results away when Search is pressed with nothing typed', async () => {
    await setUp();
    submit('Search for', 'Ada');
    await screen.findByText('Ada Linwood');

    submit('Search for', '  ');

    expect(screen.getByText('Type a name, email or phone number first.')).toBeTruthy();
    expect(screen.queryByText('Ada Linwood')).toBeNull();
  });

  it('takes a form’s old hint away when the other form acts', async () => {
    await setUp();
    submit('Search for', '');
    expect(screen.getByText('Type a name, email or phone number first.')).toBeTruthy();

    submit('Lead ID', 'xxxx');

    await screen.findByText('No lead.');
    expect(screen.queryByText('Type a name, email or phone number first.')).toBeNull();
  });

  it('takes the search offer away once it was taken', async () => {
    await setUp();
    submit('Lead ID', 'ada@example.com');

    fireEvent.click(screen.getByRole('button', { name: 'Search by email' }));

    await screen.findByText('Ada Linwood');
    expect(screen.queryByRole('button', { name: 'Search by email' })).toBeNull();
  });
});

describe('search retry', () => {
  it('marks "Try again" as the person asking again, so it may pass a quota pause', async () => {
    const limited = { code: 'rate-limited' as const, message: 'Rate limited by Apideck.' };
    await setUp({ searchLeads: () => ({ ok: false, error: limited }) });
    submit('Search for', 'Ada');

    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));

    await waitFor(() =>
      expect(sent('searchLeads')).toEqual([
        { field: 'name', query: 'Ada' },
        { field: 'name', query: 'Ada', retry: true },
      ]),
    );
  });
});
