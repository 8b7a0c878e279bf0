import type { JSX } from 'preact';

import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import type { Preferences } from '@/lib/preferences';

import type { PreferencesState } from './use-preferences';

/** Saving the stored settings again (key absent = keep it) moves the key to its new place. */
async function moveKey(): Promise<boolean> {
  const current = await sendMessage('getSettings', {});
  if (!current.ok) {
    return false;
  }

  const { hasApiKey: _hasApiKey, ...settings } = current.settings;
  const saved = await sendMessage('saveSettings', { settings });

  return saved.ok;
}

const doneText = (sessionOnly: boolean): string =>
  sessionOnly ? t('keyStorageSession') : t('keyStorageLocal');

export function KeyStorage(props: {
  state: PreferencesState;
  preferences: Preferences;
}): JSX.Element {
  const { state, preferences } = props;
  const toggle = async (keyForSessionOnly: boolean): Promise<void> => {
    if (await state.save({ ...preferences, keyForSessionOnly }, '')) {
      state.say((await moveKey()) ? doneText(keyForSessionOnly) : t('keyStorageMoveFailed'));
    }
  };

  return (
    <fieldset class="lv-options__subgroup">
      <legend>{t('keyStorageTitle')}</legend>
      <label class="lv-check">
        <input
          type="checkbox"
          checked={preferences.keyForSessionOnly}
          aria-describedby="key-session-hint"
          onChange={(event) => void toggle(event.currentTarget.checked)}
        />
        {t('keyStorageSessionOnly')}
      </label>
      <p id="key-session-hint" class="lv-hint">
        {t('keyStorageHint')}
      </p>
    </fieldset>
  );
}
