import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { sendMessage } from '@/lib/messages';

import { sent } from './fake-messages';
import { fakePermissions } from './fake-permissions';
import { field, open, stored, type } from './options-harness';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockReset();
  fakePermissions(false);
});

describe('saving', () => {
  it('saves trimmed settings and says "Saved"', async () => {
    await open();
    type('API key', '  key-1 ');
    type('App ID', ' app ');
    type('Consumer ID', 'consumer');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/^Saved\./)).toBeTruthy();
    expect(sent('saveSettings')).toEqual([
      {
        settings: {
          apiKey: 'key-1',
          appId: 'app',
          consumerId: 'consumer',
          serviceId: '',
          apiBaseUrl: 'https://unify.apideck.com',
        },
      },
    ]);
    expect(field('API key').value).toBe('');
    expect(field('API key').placeholder).toBe('A key is saved — type a new one to replace it');
  });

  it('keeps the stored key when the key field is left empty', async () => {
    await open(stored({ hasApiKey: true, appId: 'app', consumerId: 'c' }));

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText(/^Saved\./);
    expect(sent('saveSettings')[0]?.settings).not.toHaveProperty('apiKey');
  });

  it('refuses an ftp:// base URL, focuses it and sends nothing', async () => {
    const request = fakePermissions(false);
    await open();
    fireEvent.input(field('API base URL'), { target: { value: 'ftp://x' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByText(/The API base URL must start with https:\/\//)).toBeTruthy();
    expect(document.activeElement).toBe(field('API base URL'));
    expect(sent('saveSettings')).toEqual([]);
    expect(request).not.toHaveBeenCalled();
  });

  it('shows every error on Save, even in fields not yet visited', async () => {
    await open();
    fireEvent.input(field('Service ID'), { target: { value: 'Bad Id' } });
    expect(screen.queryByText(/A service ID looks like/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByText(/A service ID looks like/)).toBeTruthy();
    expect(document.activeElement).toBe(field('Service ID'));
  });

  it('asks for a custom base URL origin first and saves nothing when refused', async () => {
    const request = fakePermissions(false, false);
    await open();
    type('API base URL', 'https://proxy.example.com:8443/apideck/');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(request).toHaveBeenCalledWith({ origins: ['https://proxy.example.com/*'] });
    expect(await screen.findByText(/not allowed to reach proxy.example.com:8443/)).toBeTruthy();
    expect(sent('saveSettings')).toEqual([]);
    expect(field('API base URL').value).toBe('https://proxy.example.com:8443/apideck/');
  });

  it('does not ask again for an origin that is already granted', async () => {
    const request = fakePermissions(true);
    await open();
    type('API base URL', 'http://127.0.0.1:4010');
    await waitFor(() => expect(fakeBrowser.permissions.contains).toHaveBeenCalled());

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText(/^Saved\./);
    expect(request).not.toHaveBeenCalled();
    expect(sent('saveSettings')[0]?.settings.apiBaseUrl).toBe('http://127.0.0.1:4010');
  });

  it('keeps everything typed when the save fails', async () => {
    const message = 'Lead Viewer could not store the settings. Try again.';
    await open(stored(), {
      saveSettings: () => ({ ok: false, error: { code: 'internal', message } }),
    });
    type('App ID', 'my-app');
    type('API key', 'secret');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(within(await screen.findByRole('alert')).getByText(message)).toBeTruthy();
    expect(field('App ID').value).toBe('my-app');
    expect(field('API key').value).toBe('secret');
    expect(screen.queryByText(/^Saved/)).toBeNull();
  });

  it('removes a stored key', async () => {
    await open(stored({ hasApiKey: true, appId: 'app' }));

    fireEvent.click(screen.getByRole('button', { name: 'Remove key' }));

    expect(await screen.findByText(/The API key was removed/)).toBeTruthy();
    expect(sent('saveSettings')[0]?.settings).toMatchObject({ apiKey: '', appId: 'app' });
    expect(screen.queryByRole('button', { name: 'Remove key' })).toBeNull();
  });
});

describe('test connection', () => {
  it('reports success in words with the connector name', async () => {
    await open(stored({ hasApiKey: true, appId: 'app', consumerId: 'c' }), {
      testConnection: () => ({ ok: true, service: 'salesforce', leadsSeen: 3 }),
    });
    type('Consumer ID', 'other-consumer');

    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));

    expect(screen.getByRole('button', { name: 'Testing…' })).toBeTruthy();
    expect(await screen.findByText('Connected. Apideck answered for Salesforce.')).toBeTruthy();
    expect(sent('testConnection')).toEqual([
      {
        settings: {
          appId: 'app',
          consumerId: 'other-consumer',
          serviceId: '',
          apiBaseUrl: 'https://unify.apideck.com',
        },
      },
    ]);
    expect(sent('saveSettings')).toEqual([]);
  });

  it("shows the API's refusal and keeps what was typed", async () => {
    const message = 'Apideck rejected the API key. Check it and save again.';
    await open(stored(), {
      testConnection: () => ({ ok: false, error: { code: 'unauthorized', message, status: 401 } }),
    });
    type('API key', 'not-the-key');

    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(message)).toBeTruthy();
    expect(within(alert).queryByRole('button', { name: 'Open options' })).toBeNull();
    expect(sent('testConnection')[0]?.settings?.apiKey).toBe('not-the-key');
    expect(field('API key').value).toBe('not-the-key');
  });
});
