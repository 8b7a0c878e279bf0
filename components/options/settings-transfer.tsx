import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

import { describeForOptions } from '@/lib/format/error-text';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';

import { buildSettingsFile, readSettingsFile, type SettingsFile } from './settings-file';

const fileName = 'lead-viewer-settings.json';

type Status = { tone: 'ok' | 'error'; text: string; problems?: string[] } | null;

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function exportSettings(): Promise<Status> {
  const [settings, preferences] = await Promise.all([
    sendMessage('getSettings', {}),
    sendMessage('getPreferences', {}),
  ]);
  if (!settings.ok || !preferences.ok) {
    return { tone: 'error', text: t('exportUnreadable') };
  }

  download(buildSettingsFile(settings.settings, preferences.preferences));

  return { tone: 'ok', text: t('exportDone', [fileName]) };
}

const originOf = (url: string): string => new URL(url).origin;

/** Applies settings and preferences in one message, so a failure applies neither. */
async function applyFile(file: SettingsFile): Promise<Status> {
  const before = await sendMessage('getSettings', {});
  const reply = before.ok
    ? await sendMessage('importSettings', {
        settings: file.settings,
        preferences: file.preferences,
      })
    : before;
  if (!reply.ok) {
    return { tone: 'error', text: describeForOptions(reply.error.message, reply.error.code) };
  }

  // The kept key goes wherever the base URL points: a new host must not pass unremarked.
  const url = reply.settings.apiBaseUrl;
  const moved = before.ok && originOf(url) !== originOf(before.settings.apiBaseUrl);

  return { tone: 'ok', text: moved ? t('importDoneNewOrigin', [url]) : t('importDone') };
}

export interface SettingsTransferProps {
  /** Called after an import, so the page shows what was applied. */
  onImported: () => void;
}

/** Export to and import from a JSON file; a bad file is explained and nothing is applied. */
export function SettingsTransfer(props: SettingsTransferProps): JSX.Element {
  const [status, setStatus] = useState<Status>(null);
  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) {
      return;
    }

    const result = readSettingsFile(await chosen.text());
    if (!result.ok) {
      setStatus({
        tone: 'error',
        text: t('importProblems'),
        problems: result.problems,
      });
      return;
    }

    setStatus(await applyFile(result.file));
    props.onImported();
  };

  return (
    <section class="lv-options__group" aria-labelledby="transfer-title">
      <h2 id="transfer-title" class="lv-options__heading">
        {t('transferTitle')}
      </h2>
      <p class="lv-hint">{t('transferHint')}</p>
      <div class="lv-options__actions">
        <button
          type="button"
          class="lv-button"
          onClick={() => void exportSettings().then(setStatus)}
        >
          {t('exportButton')}
        </button>
        <label class="lv-button lv-file">
          {t('importButton')}
          <input
            type="file"
            class="lv-visually-hidden"
            accept="application/json,.json"
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
      </div>
      <div role="status">
        {status && <p class={`lv-status lv-status--${status.tone}`}>{status.text}</p>}
        {status?.problems && (
          <ul class="lv-problems">
            {status.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
