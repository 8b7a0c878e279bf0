import { fireEvent, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { buildSettingsFile } from '@/components/options/settings-file';
import { type Reply, sendMessage } from '@/lib/messages';
import { defaultPreferences } from '@/lib/preferences';

import { sent } from './fake-messages';
import { fakePermissions } from './fake-permissions';
import { open, stored } from './options-harness';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockReset();
  fakePermissions(true);
});

const saved = stored({ hasApiKey: true, appId: 'app', consumerId: 'c' });

const imported: Reply<'importSettings'> = {
  ok: true,
  settings: { ...saved, apiBaseUrl: 'https://proxy.example.com' },
  configured: true,
  preferences: defaultPreferences,
};

function chooseFile(apiBaseUrl: string): void {
  const text = buildSettingsFile({ ...saved, apiBaseUrl }, defaultPreferences);
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (input === null) {
    throw new Error('No file input');
  }

  const file = new File([text], 'lead-viewer-settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('importing a settings file', () => {
  it('says plainly that the key will go to a new API host', async () => {
    await open(saved, { importSettings: () => imported });

    chooseFile('https://proxy.example.com');

    expect((await screen.findByText(/^Imported/)).textContent).toBe(
      'Imported. The API base URL is now https://proxy.example.com — your API key will be ' +
        'sent there. Check it above.',
    );
  });

  it('says only that it imported when the API host stays the same', async () => {
    const same = { ...imported, settings: saved };
    await open(saved, { importSettings: () => same });

    chooseFile(saved.apiBaseUrl);

    expect((await screen.findByText(/^Imported/)).textContent).toBe(
      'Imported. Your API key was kept; check the fields above.',
    );
  });

  it('sends settings and preferences in one message, so a failure applies neither', async () => {
    await open(saved, {
      importSettings: () => ({ ok: false, error: { code: 'internal', message: 'Broken.' } }),
    });

    chooseFile('https://proxy.example.com');

    expect(await screen.findByText('Broken.')).toBeTruthy();
    expect(sent('importSettings')).toEqual([
      {
        settings: expect.objectContaining({ apiBaseUrl: 'https://proxy.example.com' }),
        preferences: defaultPreferences,
      },
    ]);
    expect([...sent('savePreferences'), ...sent('saveSettings')]).toEqual([]);
  });
});
