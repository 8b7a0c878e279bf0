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
      // An error shown now may move the button being clicked (Save and Test check every field
      // anyway); it shows when the field is left for another field or for nothing.
      const next = event.relatedTarget;
      if (!(next instanceof Element && next.closest('button, a[href], label, summary'))) {
        props.onBlur(props.field);
      }
    },
  };
}

/** A labelled input with its hint under it and, when invalid, its error in the hint's place. */
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
      {/*
        Hint and error share one slot (the error covers the hint): nothing is reserved below
        the hint, and an error shown on blur moves nothing, so a click aimed below never misses.
      */}
      <div class="lv-field__notes">
        <p id={`${id}-hint`} class="lv-hint" data-covered={props.error ? 'true' : undefined}>
          {props.hint}
        </p>
        <p id={`${id}-error`} class="lv-field-error">
          {props.error}
        </p>
      </div>
    </div>
  );
}
