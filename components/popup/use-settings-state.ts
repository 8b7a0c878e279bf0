import { useEffect, useState } from 'preact/hooks';

import { sendMessage } from '@/lib/messages';

export interface PopupSettings {
  /** Null until the background answered; an unanswered popup counts as configured. */
  configured: boolean | null;
  apiBaseUrl: string | null;
}

/** What the popup needs to know about the settings: whether to show the first-run panel. */
export function useSettingsState(): PopupSettings {
  const [state, setState] = useState<PopupSettings>({ configured: null, apiBaseUrl: null });
  useEffect(() => {
    let live = true;
    void sendMessage('getSettings', {}).then((reply) => {
      if (live) {
        setState(
          reply.ok
            ? { configured: reply.configured, apiBaseUrl: reply.settings.apiBaseUrl }
            : { configured: true, apiBaseUrl: null },
        );
      }
    });

    return () => {
      live = false;
    };
  }, []);

  return state;
}
