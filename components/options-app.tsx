import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import type { LeadError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { type SettingsState, sendMessage } from '@/lib/messages';
import { defaultSettings, toPublicSettings } from '@/lib/settings';

import { OptionsErrorNotice } from './options/form-status';
import { PreferencesSection } from './options/preferences-section';
import { SettingsForm } from './options/settings-form';
import { SettingsTransfer } from './options/settings-transfer';
import { SitesSection } from './options/sites-section';
import { usePreferences } from './options/use-preferences';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'ready'; state: SettingsState }
  | { kind: 'unreadable'; error: LeadError };

function useStoredSettings(): [Loaded, (state: SettingsState) => void] {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    void sendMessage('getSettings', {}).then((reply) =>
      setLoaded(
        reply.ok ? { kind: 'ready', state: reply } : { kind: 'unreadable', error: reply.error },
      ),
    );
  }, []);

  return [loaded, (state) => setLoaded({ kind: 'ready', state })];
}

function Intro(): JSX.Element {
  return (
    <header class="lv-options__intro">
      <img src="/icon/48.png" alt="" width={40} height={40} />
      <div>
        <h1 class="lv-options__title">{t('optionsTitle')}</h1>
        <p class="lv-options__lead">{t('optionsIntro')}</p>
      </div>
    </header>
  );
}

const fallback = toPublicSettings(defaultSettings);

/** Everything read from storage; remounted after an import so it shows what was applied. */
function StoredParts(): JSX.Element {
  const [loaded, store] = useStoredSettings();
  const preferences = usePreferences();

  return (
    <>
      {loaded.kind === 'loading' && (
        <p class="lv-hint" role="status">
          {t('optionsLoadingSettings')}
        </p>
      )}
      {loaded.kind === 'unreadable' && <OptionsErrorNotice error={loaded.error} />}
      {loaded.kind !== 'loading' && (
        <SettingsForm
          saved={loaded.kind === 'ready' ? loaded.state.settings : fallback}
          onStored={store}
        />
      )}
      <SitesSection />
      <PreferencesSection state={preferences} />
    </>
  );
}

export function OptionsApp(): JSX.Element {
  const [revision, setRevision] = useState(0);

  return (
    <main class="lv-options">
      <Intro />
      <StoredParts key={revision} />
      <SettingsTransfer onImported={() => setRevision((value) => value + 1)} />
    </main>
  );
}
