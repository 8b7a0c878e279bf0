import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { PopupApp } from '@/components/popup-app';
import { sendMessage } from '@/lib/messages';
import { defaultSettings, toPublicSettings } from '@/lib/settings';

import { answerWith, sent } from './fake-messages';
import { makeFound } from './make-lead';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

const settings = toPublicSettings(defaultSettings);

async function setUp(configured = true): Promise<HTMLInputElement> {
  answerWith({
    getSettings: () => ({ ok: true, settings, configured }),
    openOptions: () => ({ ok: true }),
    getLead: () => ({ ok: true, ...makeFound({ name: 'Ada Linwood' }) }),
    searchLeads: () => ({ ok: true, leads: [], service: null, nextCursor: null, droppedLeads: 0 }),
  });
  render(<PopupApp launch={{ id: '' }} />);
  await waitFor(() => expect(sent('getSettings')).toHaveLength(1));

  return screen.getByLabelText<HTMLInputElement>('Lead ID');
}

function submit(input: HTMLInputElement, value: string): void {
  fireEvent.input(input, { target: { value } });
  fireEvent.submit(input.form as HTMLFormElement);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockReset();
});

describe('Lead ID length', () => {
  it('limits typing to 200 characters', async () => {
    expect((await setUp()).maxLength).toBe(200);
  });

  it('explains an over-long ID and sends nothing', async () => {
    const input = await setUp();

    submit(input, ` ${'x'.repeat(10_000)} `);

    expect(screen.getByText(/^A lead ID is at most 200 characters\./)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(sent('getLead')).toEqual([]);
  });

  it('refuses an over-long paste in words instead of cutting it', async () => {
    const input = await setUp();

    const kept = fireEvent.paste(input, {
      clipboardData: { getData: () => 'y'.repeat(201) },
    });

    expect(kept).toBe(false);
    expect(screen.getByText(/^A lead ID is at most 200 characters\./)).toBeTruthy();
  });

  it('looks up an ID of exactly 200 characters', async () => {
    const input = await setUp();

    submit(input, 'z'.repeat(200));

    expect(sent('getLead')).toEqual([{ id: 'z'.repeat(200) }]);
  });
});

describe('popup on open', () => {
  it('puts the cursor in the Lead ID field', async () => {
    await setUp();

    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Lead ID')));
  });

  it('offers Options in the header once configured', async () => {
    await setUp();
    const header = screen.getByRole('banner');

    fireEvent.click(await within(header).findByRole('button', { name: 'Options' }));

    expect(sent('openOptions')).toEqual([{}]);
  });

  it('leaves Options to the first-run panel before setup', async () => {
    await setUp(false);
    await screen.findByRole('region', { name: 'Connect Lead Viewer to your CRM' });

    expect(within(screen.getByRole('banner')).queryByRole('button')).toBeNull();
  });
});

describe('a search typed as a Lead ID', () => {
  it.each([
    ['Ada Linwood', 'name', 'That looks like a name, not a lead ID. Search by name instead?'],
    ['ada@example.com', 'email', 'That looks like an email address, not a lead ID.'],
    ['+1 617 555 0142', 'phone_number', 'That looks like a phone number, not a lead ID.'],
  ])('offers "%s" as a search by %s', async (text, searchField, sentence) => {
    const input = await setUp();

    submit(input, ` ${text} `);

    expect(screen.getByText((content) => content.startsWith(sentence))).toBeTruthy();
    expect(sent('getLead')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /^Search by / }));
    expect(sent('searchLeads')).toEqual([{ field: searchField, query: text }]);
    expect(screen.getByLabelText<HTMLInputElement>('Search for').value).toBe(text);
    expect(screen.getByLabelText<HTMLSelectElement>('Search by').value).toBe(searchField);
  });
});
