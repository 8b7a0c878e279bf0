import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { type Reply, sendMessage } from '@/lib/messages';

import { deferred, sent } from './fake-messages';
import { fakePermissions } from './fake-permissions';
import { field, open, stored, type } from './options-harness';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockReset();
  fakePermissions(true);
});

const ready = stored({ hasApiKey: true, appId: 'app', consumerId: 'c' });

describe('Test connection', () => {
  it('says who answered without a lead count', async () => {
    await open(ready, {
      testConnection: () => ({ ok: true, service: 'salesforce', leadsSeen: 1 }),
    });

    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));

    const status = await screen.findByText(/^Connected\./);
    expect(status.textContent).toBe('Connected. Apideck answered for Salesforce.');
  });

  it('says only that Apideck answered when no service is known', async () => {
    await open(ready, { testConnection: () => ({ ok: true, service: null, leadsSeen: 0 }) });

    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));

    expect((await screen.findByText(/^Connected\./)).textContent).toBe(
      'Connected. Apideck answered.',
    );
  });

  it('keeps keyboard focus on the button while testing and after', async () => {
    const reply = deferred<Reply<'testConnection'>>();
    await open(ready, { testConnection: () => reply.promise });
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Test connection' });
    button.focus();

    fireEvent.click(button);

    await waitFor(() => expect(button.textContent).toBe('Testing…'));
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent('testConnection')).toHaveLength(1);
    expect(sent('saveSettings')).toHaveLength(0);

    reply.resolve({ ok: true, service: null, leadsSeen: 1 });
    await screen.findByText(/^Connected\./);
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBe('false');
  });

  it('drops "in Options" from errors shown on the options page', async () => {
    const message =
      'Could not reach x.example. Check your connection and the API base URL in Options.';
    await open(ready, {
      testConnection: () => ({ ok: false, error: { code: 'network', message } }),
    });

    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/^Could not reach/).textContent).toBe(
      'Could not reach x.example. Check your connection and the API base URL.',
    );
  });
});

describe('Save', () => {
  it.each([
    [stored(), 'the API key, the app ID, and the consumer ID'],
    [stored({ hasApiKey: true, consumerId: 'c' }), 'the app ID'],
    [stored({ appId: 'app' }), 'the API key and the consumer ID'],
  ])('names only the credentials still missing after a save', async (settings, missing) => {
    await open(settings, {
      saveSettings: () => ({ ok: true, settings, configured: false }),
    });

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByText(/^Saved/)).textContent).toBe(
      `Saved, but Lead Viewer still needs ${missing} before it can look leads up.`,
    );
  });
});

describe('field errors', () => {
  it('take the hint’s place, so no gap is reserved and nothing below moves', async () => {
    await open(ready);
    const slot = document.getElementById('settings-apiBaseUrl-error');
    const hint = document.getElementById('settings-apiBaseUrl-hint');
    expect(slot?.textContent).toBe('');
    expect(slot?.parentElement).toBe(hint?.parentElement);
    expect(hint?.hasAttribute('data-covered')).toBe(false);

    type('API base URL', 'ftp://x');

    expect(document.getElementById('settings-apiBaseUrl-error')).toBe(slot);
    expect(slot?.textContent).toMatch(/must start with https:\/\//);
    expect(hint?.hasAttribute('data-covered')).toBe(true);

    type('API base URL', 'https://unify.apideck.com');
    expect(hint?.hasAttribute('data-covered')).toBe(false);
  });

  it('wait for Save when the field is left for the Save button', async () => {
    await open(ready);
    fireEvent.input(field('API base URL'), { target: { value: 'ftp://x' } });

    fireEvent.blur(field('API base URL'), {
      relatedTarget: screen.getByRole('button', { name: 'Save' }),
    });

    expect(document.getElementById('settings-apiBaseUrl-error')?.textContent).toBe('');
  });

  it('wait when the field is left for any button, which an error could move mid-click', async () => {
    await open(ready);
    fireEvent.input(field('API base URL'), { target: { value: 'ftp://x' } });

    fireEvent.blur(field('API base URL'), {
      relatedTarget: screen.getByRole('button', { name: 'Export settings' }),
    });

    expect(document.getElementById('settings-apiBaseUrl-error')?.textContent).toBe('');
  });
});
