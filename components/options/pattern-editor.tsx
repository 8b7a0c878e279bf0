import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

import { splitAround, t } from '@/lib/i18n';
import type { CustomPattern } from '@/lib/preferences';

import { type CustomPatternsProps, PatternList, PatternTester } from './custom-patterns';
import { checkPattern } from './pattern-check';

const full = 20;
// A literal, not JSX text: `{6}` inside JSX would be evaluated and shown as "6".
const examplePattern = String.raw`LEAD-(\d{6})`;

function PatternInput(props: {
  id: string;
  label: string;
  value: string;
  error: string | null;
  onInput: (value: string) => void;
}): JSX.Element {
  return (
    <div class="lv-field">
      <label class="lv-label" for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        class="lv-input lv-mono"
        type="text"
        value={props.value}
        autoComplete="off"
        spellcheck={false}
        aria-invalid={props.error !== null}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      {props.error && (
        <p id={`${props.id}-error`} class="lv-field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** The format explained, with an example pattern the translation places in its sentence. */
function PatternHint(): JSX.Element {
  const [before, after] = splitAround('patternHint');

  return (
    <p class="lv-hint">
      {before}
      <code>{examplePattern}</code>
      {after}
    </p>
  );
}

/** User-defined patterns: validated as typed, tested on sample text, added and removed. */
export function PatternEditor(props: CustomPatternsProps): JSX.Element {
  const [pattern, setPattern] = useState('');
  const [service, setService] = useState('');
  const check = checkPattern(pattern, service.trim());
  const started = pattern !== '' || service !== '';
  const usable = check.regex !== null && check.serviceError === null;
  const patternError = started ? check.patternError : null;
  const serviceError = service !== '' ? check.serviceError : null;
  const add = (event: Event): void => {
    event.preventDefault();
    if (usable && props.patterns.length < full) {
      const added: CustomPattern = { pattern, service: service.trim() };
      props.onChange([...props.patterns, added]);
      setPattern('');
      setService('');
    }
  };

  return (
    <fieldset class="lv-options__subgroup">
      <legend>{t('patternsTitle')}</legend>
      <PatternHint />
      <PatternList {...props} />
      <PatternInput
        id="pattern-regex"
        label={t('patternLabel')}
        value={pattern}
        error={patternError}
        onInput={setPattern}
      />
      <PatternInput
        id="pattern-service"
        label={t('patternServiceLabel')}
        value={service}
        error={serviceError}
        onInput={setService}
      />
      <button
        type="button"
        class="lv-button"
        disabled={!usable || props.patterns.length >= full}
        onClick={add}
      >
        {t('patternAdd')}
      </button>
      <PatternTester regex={check.regex} />
    </fieldset>
  );
}
