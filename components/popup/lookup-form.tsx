import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface LookupFormProps {
  initialId: string;
  busy: boolean;
  onLookUp: (id: string) => void;
}

/** "Lead ID" and "Look up"; an empty field explains itself instead of sending anything. */
export function LookupForm(props: LookupFormProps): JSX.Element {
  const [value, setValue] = useState(props.initialId);
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: Event): void => {
    event.preventDefault();
    const id = value.trim();
    setEmpty(id === '');
    if (id === '') {
      input.current?.focus();
      return;
    }

    props.onLookUp(id);
  };

  return (
    <form class="lv-lookup" onSubmit={submit} noValidate>
      <label class="lv-label" for="lead-id">
        Lead ID
      </label>
      <div class="lv-lookup__row">
        <input
          ref={input}
          id="lead-id"
          class="lv-input"
          type="text"
          value={value}
          placeholder="e.g. 00Q5e00000AdLvQEAV"
          autoComplete="off"
          spellcheck={false}
          aria-invalid={empty}
          aria-describedby={empty ? 'lead-id-hint' : undefined}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button
          type="submit"
          class="lv-button lv-button--primary lv-lookup__go"
          disabled={props.busy}
        >
          {props.busy ? 'Looking up…' : 'Look up'}
        </button>
      </div>
      {empty && (
        <p id="lead-id-hint" class="lv-field-error">
          Type or paste a lead ID first.
        </p>
      )}
    </form>
  );
}
