import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

import { t } from '@/lib/i18n';

import type { TextFieldProps } from './text-field';
import { TextField } from './text-field';

export interface ApiKeyFieldProps extends Omit<TextFieldProps, 'field' | 'label' | 'hint'> {
  hasStoredKey: boolean;
  removing: boolean;
  onRemove: () => void;
}

/** The key is hidden by default and never shown once stored: the background keeps it. */
export function ApiKeyField(props: ApiKeyFieldProps): JSX.Element {
  const { hasStoredKey, removing, onRemove, ...field } = props;
  const [revealed, setRevealed] = useState(false);
  const placeholder = hasStoredKey ? t('apiKeyStoredPlaceholder') : undefined;

  return (
    <TextField
      {...field}
      field="apiKey"
      label={t('fieldApiKey')}
      hint={t('fieldApiKeyHint')}
      type={revealed ? 'text' : 'password'}
      placeholder={placeholder}
    >
      <button
        type="button"
        class="lv-button"
        aria-pressed={revealed}
        aria-controls="settings-apiKey"
        onClick={() => setRevealed(!revealed)}
      >
        {revealed ? t('apiKeyHide') : t('apiKeyShow')}
      </button>
      {hasStoredKey && (
        <button type="button" class="lv-button" disabled={removing} onClick={onRemove}>
          {removing ? t('apiKeyRemoving') : t('apiKeyRemove')}
        </button>
      )}
    </TextField>
  );
}
