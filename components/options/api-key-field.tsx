import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

import type { TextFieldProps } from './text-field';
import { TextField } from './text-field';

export interface ApiKeyFieldProps extends Omit<TextFieldProps, 'field' | 'label' | 'hint'> {
  hasStoredKey: boolean;
  removing: boolean;
  onRemove: () => void;
}

const hint = 'From the API keys page of your Apideck dashboard. It is kept in this browser only.';

/** The key is hidden by default and never shown once stored: the background keeps it. */
export function ApiKeyField(props: ApiKeyFieldProps): JSX.Element {
  const { hasStoredKey, removing, onRemove, ...field } = props;
  const [revealed, setRevealed] = useState(false);
  const placeholder = hasStoredKey ? 'A key is saved — type a new one to replace it' : undefined;

  return (
    <TextField
      {...field}
      field="apiKey"
      label="API key"
      hint={hint}
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
        {revealed ? 'Hide' : 'Show'}
      </button>
      {hasStoredKey && (
        <button type="button" class="lv-button" disabled={removing} onClick={onRemove}>
          {removing ? 'Removing…' : 'Remove key'}
        </button>
      )}
    </TextField>
  );
}
