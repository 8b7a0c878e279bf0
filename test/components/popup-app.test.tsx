import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { PopupApp } from '@/components/popup-app';
import { readLaunchParams } from '@/components/popup/launch-params';
import type { ErrorCode } from '@/lib/errors';
import { type Reply, sendMessage } from '@/lib/messages';
import { defaultSettings, toPublicSettings } from '@/lib/settings';

import { answerWith, deferred, type Replies, sent } from './fake-messages';
import { makeFound } from './make-lead';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

const settings = toPublicSettings(defaultSettings);
const ada = makeFound({ name: 'Ada Linwood', companyName: 'Difference Engine' });
const grace = makeFound({ name: 'Grace Holloway' });
const failure = (code: ErrorCode, message: string) => ({
  ok: false as const,
  error: { code, message },
});

function setUp(replies: Replies, launch = { id: '' }): void {
  answerWith({
    getSettings: () => ({ ok: true, settings, configured: true }),
    openOptions: () => ({ ok: true }),
    getLead: () => ({ ok: true, ...ada }),
    ...replies,
  });
  render(<PopupApp launch={launch} />);
}

function lookUp(id: string): void {
  const input = screen.getByLabelText('Lead ID');
  fireEvent.input(input, { target: { value: id } });
  // Enter in a text field submits its form (implicit submission); happy-dom does not emulate it.
  const form = (input as HTMLInputElement).form;
  expect(form?.querySelector('button[type="submit"]')).toBeTruthy();
  fireEvent.submit(form as HTMLFormElement);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockReset();
});

describe('popup lookup', () => {
  it('submits with Enter, shows the loading state, then the profile', async () => {
    const reply = deferred<Reply<'getLead'>>();
    setUp({ getLead: () => reply.promise });

    expect(screen.getByRole('button', { name: 'Look up' })).toBeTruthy();
    lookUp('  00Q5e00000AdLvQEAV ');

    // A disabled default button would block Enter in a browser (implicit submission).
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Looking up…' });
    expect(button.disabled).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Looking up 00Q5e00000AdLvQEAV…');
    expect(sent('getLead')).toEqual([{ id: '00Q5e00000AdLvQEAV' }]);

    reply.resolve({ ok: true, ...ada });
    expect(await screen.findByRole('heading', { name: 'Ada Linwood' })).toBeTruthy();
    expect(screen.getByText('Difference Engine')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Look up' })).toBeTruthy();
  });

  it('lets a new ID typed during a slow lookup replace it; the late answer is ignored', async () => {
    const slow = deferred<Reply<'getLead'>>();
    setUp({
      getLead: (request: { id: string }) =>
        request.id === '00Q5e00000AdLvQEAV'
          ? slow.promise
          : Promise.resolve({ ok: true, ...grace }),
    });
    lookUp('00Q5e00000AdLvQEAV');
    lookUp('00Q5e00000Gh4TqEAJ');

    expect(await screen.findByRole('heading', { name: 'Grace Holloway' })).toBeTruthy();
    slow.resolve({ ok: true, ...ada });
    await Promise.resolve();
    expect(screen.queryByRole('heading', { name: 'Ada Linwood' })).toBeNull();
    expect(sent('getLead')).toEqual([{ id: '00Q5e00000AdLvQEAV' }, { id: '00Q5e00000Gh4TqEAJ' }]);
  });

  it('keeps the typed ID after a lookup even when the session memory could not be read', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('unavailable'));
    setUp({});
    lookUp('00Q5e00000AdLvQEAV');

    expect(await screen.findByRole('heading', { name: 'Ada Linwood' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Lead ID').value).toBe('00Q5e00000AdLvQEAV');
    vi.restoreAllMocks();
  });

  it('explains an empty field and sends nothing', async () => {
    setUp({});
    await waitFor(() => expect(sent('getSettings')).toHaveLength(1));

    lookUp('   ');

    const input = screen.getByLabelText('Lead ID');
    expect(screen.getByText('Type or paste a lead ID first.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
    expect(sent('getLead')).toEqual([]);
  });

  it.each([
    ['not-found', 'No lead with ID 00Q1 in Salesforce.', null],
    ['unauthorized', 'Apideck rejected the API key. Check it in Options.', 'Open options'],
    ['rate-limited', 'Rate limited by Salesforce, retrying in 20 s.', 'Try again'],
    ['timeout', 'Apideck did not answer in time. Try again.', 'Try again'],
    ['network', 'Lead Viewer could not reach Apideck. Check your connection.', 'Try again'],
  ] as const)('shows a %s failure in words', async (code, message, action) => {
    setUp({ getLead: () => failure(code, message) });

    lookUp('00Q1');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(message)).toBeTruthy();
    expect(within(alert).queryByRole('button')?.textContent ?? null).toBe(action);
  });

  it('retries a failed lookup with refresh', async () => {
    setUp({ getLead: () => failure('timeout', 'Apideck did not answer in time.') });
    lookUp('00Q1');

    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));

    await waitFor(() =>
      expect(sent('getLead')).toEqual([{ id: '00Q1' }, { id: '00Q1', refresh: true }]),
    );
  });

  it('keeps the newest lookup when an older reply arrives late', async () => {
    const slow = deferred<Reply<'getLead'>>();
    const replies = [slow.promise, Promise.resolve<Reply<'getLead'>>({ ok: true, ...ada })];
    setUp({ getLead: () => replies.shift() ?? slow.promise });

    lookUp('first');
    lookUp('second');
    await screen.findByRole('heading', { name: 'Ada Linwood' });
    slow.resolve({ ok: true, ...makeFound({ name: 'Stale Lead' }) });

    await new Promise((settle) => setTimeout(settle, 0));
    expect(screen.queryByRole('heading', { name: 'Stale Lead' })).toBeNull();
  });

  it('looks up the ID from the context menu at once', async () => {
    setUp({}, readLaunchParams('?id=%2000Q5e00000AdLvQEAV%20&service=pipedrive'));

    expect(await screen.findByRole('heading', { name: 'Ada Linwood' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Lead ID').value).toBe('00Q5e00000AdLvQEAV');
    expect(sent('getLead')).toEqual([{ id: '00Q5e00000AdLvQEAV', service: 'pipedrive' }]);
  });
});

describe('popup without access to the API origin', () => {
  const proxied = { ...settings, apiBaseUrl: 'https://proxy.example.com:8443/apideck' };
  const noAccess = failure('no-access', 'Lead Viewer has no access to proxy.example.com.');

  it.each([
    [true, [{ id: '00Q1' }, { id: '00Q1', refresh: true }]],
    [false, [{ id: '00Q1' }]],
  ])('asks for it in the click (granted: %s) and looks up again', async (granted, lookups) => {
    const request = vi.fn(async () => granted);
    fakeBrowser.permissions.request = request;
    const replies = [noAccess, { ok: true as const, ...ada }];
    setUp({
      getSettings: () => ({ ok: true, settings: proxied, configured: true }),
      getLead: () => replies.shift() ?? noAccess,
    });
    await waitFor(() => expect(sent('getSettings')).toHaveLength(1));
    lookUp('00Q1');

    fireEvent.click(await screen.findByRole('button', { name: 'Grant access' }));

    expect(request).toHaveBeenCalledWith({ origins: ['https://proxy.example.com/*'] });
    await new Promise((settle) => setTimeout(settle, 10));
    expect(sent('getLead')).toEqual(lookups);
  });
});

describe('popup first run', () => {
  const notConfigured = { getSettings: () => ({ ok: true as const, settings, configured: false }) };

  it('explains the credentials and leads to the options page', async () => {
    setUp(notConfigured);

    const panel = await screen.findByRole('region', { name: 'Connect Lead Viewer to your CRM' });
    expect(panel.textContent).toMatch(/API key, app ID and consumer ID/);
    fireEvent.click(within(panel).getByRole('button', { name: 'Open options' }));
    expect(sent('openOptions')).toEqual([{}]);
  });

  it('shows the not-configured error with the same way out when looking up anyway', async () => {
    const message = 'Lead Viewer is not set up yet. Add your Apideck credentials in Options.';
    setUp({ ...notConfigured, getLead: () => failure('not-configured', message) });
    await screen.findByRole('region', { name: 'Connect Lead Viewer to your CRM' });

    lookUp('00Q1');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(screen.getAllByRole('button', { name: 'Open options' })).toHaveLength(1);
    expect(within(alert).getByRole('button', { name: 'Open options' })).toBeTruthy();
  });

  it('shows no first-run panel once configured', async () => {
    setUp({});
    await waitFor(() => expect(sent('getSettings')).toHaveLength(1));

    expect(screen.queryByRole('region', { name: /Connect Lead Viewer/ })).toBeNull();
  });
});

describe('readLaunchParams', () => {
  it.each([
    ['', { id: '' }],
    ['?id=00Q1', { id: '00Q1' }],
    ['?id=%20lead_abc%20&service=close', { id: 'lead_abc', service: 'close' }],
    ['?id=1&service=Not%20A%20Service', { id: '1' }],
    [`?id=${'x'.repeat(300)}`, { id: 'x'.repeat(200) }],
  ])('reads %s', (search, expected) => {
    expect(readLaunchParams(search)).toEqual(expected);
  });
});
