import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

import { t } from '@/lib/i18n';

export interface NumberFieldProps {
  id: string;
  label: string;
  hint: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
}

/** A whole number within bounds; saved when the field is left, explained when out of range. */
export function NumberField(props: NumberFieldProps): JSX.Element {
  const [text, setText] = useState(String(props.value));
  const value = Number(text.trim());
  const valid = /^\d+$/.test(text.trim()) && value >= props.min && value <= props.max;
  const error = t('numberRange', [String(props.min), String(props.max)]);

  return (
    <div class="lv-field">
      <label class="lv-label" for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        class="lv-input lv-input--short"
        type="text"
        inputMode="numeric"
        value={text}
        aria-invalid={!valid}
        aria-describedby={valid ? `${props.id}-hint` : `${props.id}-error ${props.id}-hint`}
        onInput={(event) => setText(event.currentTarget.value)}
        onBlur={() => valid && value !== props.value && props.onCommit(value)}
      />
      {!valid && (
        <p id={`${props.id}-error`} class="lv-field-error">
          {error}
        </p>
      )}
      <p id={`${props.id}-hint`} class="lv-hint">
        {props.hint}
      </p>
    </div>
  );
}
