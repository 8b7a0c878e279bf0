import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

import { type MessageKey, t } from '@/lib/i18n';
import type { SearchField } from '@/lib/messages';

import type { SearchQuery } from './use-search';

const fields: { value: SearchField; label: MessageKey; placeholder: MessageKey }[] = [
  { value: 'name', label: 'searchFieldName', placeholder: 'searchPlaceholderName' },
  { value: 'email', label: 'labelEmail', placeholder: 'searchPlaceholderEmail' },
  { value: 'phone_number', label: 'labelPhone', placeholder: 'searchPlaceholderPhone' },
];

const toField = (value: string): SearchField =>
  fields.find((item) => item.value === value)?.value ?? 'name';

/** The background refuses longer search text (messages/schemas.ts); stop here instead. */
export const maxSearchLength = 200;

type Problem = 'empty' | 'long' | null;

const problemText = {
  empty: () => t('searchEmpty'),
  long: () => t('searchTooLong', [String(maxSearchLength)]),
};

/** The field's text once `pasted` replaces its selection. */
function afterPaste(input: HTMLInputElement, pasted: string): string {
  const start = input.selectionStart ?? input.value.length;
  const end = input.selectionEnd ?? start;

  return input.value.slice(0, start) + pasted + input.value.slice(end);
}

export interface SearchFormProps {
  initial: SearchQuery | null;
  busy: boolean;
  onSearch: (query: SearchQuery) => void;
  /** The form explains a problem instead of searching: an older result should not stay. */
  onProblem?: () => void;
  /** Changes when the person does something else in the popup: an old hint goes. */
  actions?: number;
}

/** Search leads by name, email or phone number; an empty query explains itself. */
export function SearchForm(props: SearchFormProps): JSX.Element {
  const [field, setField] = useState<SearchField>(props.initial?.field ?? 'name');
  const [value, setValue] = useState(props.initial?.query ?? '');
  const [problem, setProblem] = useState<Problem>(null);
  const typed = useRef(false);
  useEffect(() => setProblem(null), [props.actions]);
  // The session memory may arrive after the person started typing: never overwrite them.
  useEffect(() => {
    if (!typed.current && props.initial) {
      setField(props.initial.field);
      setValue(props.initial.query);
    }
  }, [props.initial?.field, props.initial?.query]);
  const chosen = fields.find((item) => item.value === field) ?? fields[0];

  const submit = (event: Event): void => {
    event.preventDefault();
    const query = value.trim();
    const found = query === '' ? 'empty' : query.length > maxSearchLength ? 'long' : null;
    setProblem(found);
    if (found === null) {
      props.onSearch({ field, query });
    } else {
      props.onProblem?.();
    }
  };

  // maxLength would cut a long paste silently; refuse it in words instead.
  const paste = (event: ClipboardEvent): void => {
    const pasted = event.clipboardData?.getData('text') ?? '';
    if (
      afterPaste(event.currentTarget as HTMLInputElement, pasted).trim().length > maxSearchLength
    ) {
      event.preventDefault();
      setProblem('long');
      props.onProblem?.();
    }
  };

  return (
    <form
      class="lv-search"
      role="search"
      aria-label={t('searchFormLabel')}
      onSubmit={submit}
      noValidate
    >
      <div class="lv-search__row">
        <div class="lv-search__field">
          <label class="lv-label" for="search-field">
            {t('searchBy')}
          </label>
          <select
            id="search-field"
            class="lv-input lv-select"
            value={field}
            onChange={(event) => {
              typed.current = true;
              setField(toField(event.currentTarget.value));
            }}
          >
            {fields.map((item) => (
              <option key={item.value} value={item.value}>
                {t(item.label)}
              </option>
            ))}
          </select>
        </div>
        <div class="lv-search__query">
          <label class="lv-label" for="search-query">
            {t('searchFor')}
          </label>
          <input
            id="search-query"
            class="lv-input"
            type="search"
            value={value}
            maxLength={maxSearchLength}
            placeholder={t(chosen?.placeholder ?? 'searchPlaceholderName')}
            autoComplete="off"
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'search-hint' : undefined}
            onInput={(event) => {
              typed.current = true;
              setValue(event.currentTarget.value);
            }}
            onPaste={paste}
          />
        </div>
        {/* Not disabled while busy, like Look up: a new search replaces the running one. */}
        <button type="submit" class="lv-button lv-search__go">
          {props.busy ? t('searchBusy') : t('searchButton')}
        </button>
      </div>
      {problem && (
        <p id="search-hint" class="lv-field-error">
          {problemText[problem]()}
        </p>
      )}
    </form>
  );
}
