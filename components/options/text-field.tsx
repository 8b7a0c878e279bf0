import type { ComponentChildren, JSX, PartialInputHTMLAttributes } from 'preact';

import type { SettingsField } from '@/lib/settings';

import { fieldId } from './draft';

export interface TextFieldProps {
  field: SettingsField;
  label: string;
  hint: string;
  value: string;
  error?: string;
  type?: 'text' | 'password' | 'url';
  placeholder?: string;
  onInput: (field: SettingsField, value: string) => void;
  onBlur: (field: SettingsField) => void;
  /** Buttons that belong to the field, shown beside the input. */
  children?: ComponentChildren;
}

type InputProps = Omit<PartialInputHTMLAttributes<HTMLInputElement>, 'type' | 'role'>;

function inputProps(props: TextFieldProps): InputProps {
  const id = fieldId(props.field);

  return {
    id,
    class: 'lv-input',
    value: props.value,
    placeholder: props.placeholder,
    autoComplete: 'off',
    spellcheck: false,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': props.error ? `${id}-error ${id}-hint` : `${id}-hint`,
    onInput: (event) => props.onInput(props.field, event.currentTarget.value),
    onBlur: (event) => {
      // Save and Test connection check every field; an error shown now would move them mid-click.
      const next = event.relatedTarget;
      if (!(next instanceof Element && next.closest('.lv-options__actions'))) {
        props.onBlur(props.field);
      }
    },
  };
}

/** A labelled input with its hint and, when invalid, its error right under it. */
export function TextField(props: TextFieldProps): JSX.Element {
  const id = fieldId(props.field);

  return (
    <div class="lv-field">
      <label class="lv-label" for={id}>
        {props.label}
      </label>
      <div class="lv-field__row">
        {props.type === 'password' ? (
          <input type="password" {...inputProps(props)} />
        ) : (
          <input
            type="text"
            inputMode={props.type === 'url' ? 'url' : undefined}
            {...inputProps(props)}
          />
        )}
        {props.children}
      </div>
      {/* Always there, so an error appearing on blur moves nothing (a click would miss). */}
      <p id={`${id}-error`} class="lv-field-error lv-field-error--slot">
        {props.error}
      </p>
      <p id={`${id}-hint`} class="lv-hint">
        {props.hint}
      </p>
    </div>
  );
}
