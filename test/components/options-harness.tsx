import { fireEvent, render, screen } from '@testing-library/preact';

import { OptionsApp } from '@/components/options-app';
import type { SettingsInput } from '@/lib/messages';
import { defaultPreferences } from '@/lib/preferences';
import { defaultSettings, type PublicSettings, toPublicSettings } from '@/lib/settings';

import { answerWith, type Replies } from './fake-messages';
import { fakeSiteList } from './fake-permissions';

// Shared by the options test files: the page, its fields, and a fake background.
export const labels = ['API key', 'App ID', 'Consumer ID', 'Service ID', 'API base URL'] as const;
export type Label = (typeof labels)[number];

export const stored = (patch: Partial<PublicSettings> = {}): PublicSettings => ({
  ...toPublicSettings(defaultSettings),
  ...patch,
});

function storedFrom(input: SettingsInput): PublicSettings {
  const { apiKey, ...rest } = input;

  return { ...rest, hasApiKey: apiKey !== '' };
}

export const field = (label: Label): HTMLInputElement =>
  screen.getByLabelText<HTMLInputElement>(label);

export function type(label: Label, value: string): void {
  fireEvent.input(field(label), { target: { value } });
  fireEvent.blur(field(label));
}

/** Renders the options page over stored `settings` and waits for the form. */
export async function open(
  settings = stored(),
  replies: Replies = {},
  sites = ['https://unify.apideck.com/*'],
): Promise<void> {
  answerWith({
    getSettings: () => ({ ok: true, settings, configured: false }),
    saveSettings: ({ settings: input }) => ({
      ok: true,
      settings: storedFrom(input),
      configured: true,
    }),
    getPreferences: () => ({ ok: true, preferences: defaultPreferences }),
    savePreferences: ({ preferences }) => ({ ok: true, preferences }),
    ...replies,
  });
  fakeSiteList(sites);
  render(<OptionsApp />);
  await screen.findByRole('button', { name: 'Save' });
}
