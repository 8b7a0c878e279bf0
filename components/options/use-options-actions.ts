import { useState } from 'preact/hooks';

import type { LeadError } from '@/lib/errors';
import { type SettingsState, sendMessage } from '@/lib/messages';
import {
  findMissingCredentials,
  type HeaderField,
  type PublicSettings,
  type Settings,
  validateSettings,
} from '@/lib/settings';

import { requestHostAccess } from '../host-access';
import { fieldId, fieldOrder, toSettingsInput, withoutKey } from './draft';
import { patternToGrant } from './origin-access';
import type { SettingsDraft } from './use-settings-draft';

export type Task = 'save' | 'test' | 'remove';

export type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy'; task: Task }
  /** `missing`: the credentials still empty, named in the message. */
  | { kind: 'saved'; missing: HeaderField[] }
  | { kind: 'key-removed' }
  | { kind: 'invalid' }
  | { kind: 'refused'; host: string }
  | { kind: 'connected'; service: string | null }
  | { kind: 'failed'; error: LeadError };

export interface OptionsActionsInput {
  form: SettingsDraft;
  saved: PublicSettings;
  /** Whether the draft base URL's origin is already granted (see useGranted). */
  granted: boolean;
  onStored: (state: SettingsState, keepDraft: boolean) => void;
}

export interface OptionsActions {
  outcome: Outcome;
  save: () => void;
  test: () => void;
  removeKey: () => void;
}

/** Valid settings, or null after showing every error and focusing the first invalid field. */
function validDraft(form: SettingsDraft): Settings | null {
  const result = validateSettings(form.draft);
  if (result.ok) {
    return result.settings;
  }

  form.showAllErrors();
  const first = fieldOrder.find((field) => result.fieldErrors[field] !== undefined);
  if (first) {
    document.getElementById(fieldId(first))?.focus();
  }

  return null;
}

const hostOf = (url: string): string => new URL(url).host;

type OnStored = OptionsActionsInput['onStored'];

async function storeSettings(settings: Settings, onStored: OnStored): Promise<Outcome> {
  const reply = await sendMessage('saveSettings', { settings: toSettingsInput(settings) });
  if (!reply.ok) {
    return { kind: 'failed', error: reply.error };
  }

  onStored(reply, false);

  const missing = reply.configured ? [] : findMissingCredentials(reply.settings);

  return { kind: 'saved', missing };
}

async function testSettings(settings: Settings): Promise<Outcome> {
  const reply = await sendMessage('testConnection', { settings: toSettingsInput(settings) });

  return reply.ok
    ? { kind: 'connected', service: reply.service }
    : { kind: 'failed', error: reply.error };
}

async function removeStoredKey(saved: PublicSettings, onStored: OnStored): Promise<Outcome> {
  const reply = await sendMessage('saveSettings', { settings: withoutKey(saved) });
  if (!reply.ok) {
    return { kind: 'failed', error: reply.error };
  }

  onStored(reply, true);

  return { kind: 'key-removed' };
}

export function useOptionsActions(input: OptionsActionsInput): OptionsActions {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const start = (task: Task, work: Promise<Outcome>): void => {
    setOutcome({ kind: 'busy', task });
    void work.then(setOutcome);
  };

  // Validation and the permission prompt come before any await: the prompt needs the click.
  const run = (task: 'save' | 'test', send: (settings: Settings) => Promise<Outcome>): void => {
    if (outcome.kind === 'busy') {
      return;
    }

    const settings = validDraft(input.form);
    if (settings === null) {
      setOutcome({ kind: 'invalid' });
      return;
    }

    const pattern = patternToGrant(settings.apiBaseUrl);
    const skipPrompt = pattern === null || input.granted;
    const access = skipPrompt ? Promise.resolve(true) : requestHostAccess(pattern);
    const refused: Outcome = { kind: 'refused', host: hostOf(settings.apiBaseUrl) };
    start(
      task,
      access.then((allowed) => (allowed ? send(settings) : refused)),
    );
  };

  return {
    outcome,
    save: () => run('save', (settings) => storeSettings(settings, input.onStored)),
    test: () => run('test', testSettings),
    removeKey: () => start('remove', removeStoredKey(input.saved, input.onStored)),
  };
}
