import { useEffect, useState } from 'preact/hooks';

import { describeForOptions } from '@/lib/format/error-text';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import type { Preferences } from '@/lib/preferences';

export interface PreferencesState {
  /** Null until the background answered. */
  preferences: Preferences | null;
  note: string;
  save: (next: Preferences, done?: string) => Promise<boolean>;
  say: (note: string) => void;
}

/** The stored preferences; every change is saved at once and confirmed in words. */
export function usePreferences(): PreferencesState {
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    void sendMessage('getPreferences', {}).then((reply) => {
      if (reply.ok) {
        setPreferences(reply.preferences);
      } else {
        setNote(describeForOptions(reply.error.message, reply.error.code));
      }
    });
  }, []);

  const save = async (next: Preferences, done = t('preferencesSaved')): Promise<boolean> => {
    setPreferences(next);
    const reply = await sendMessage('savePreferences', { preferences: next });
    setNote(reply.ok ? done : describeForOptions(reply.error.message, reply.error.code));
    if (reply.ok) {
      setPreferences(reply.preferences);
    }

    return reply.ok;
  };

  return { preferences, note, save, say: setNote };
}
