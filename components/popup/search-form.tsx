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

export interface SearchFormProps {
  initial: SearchQuery | null;
  busy: boolean;
  onSearch: (query: SearchQuery) => void;
}

/** Search leads by name, email or phone number; an empty query explains itself. */
export function SearchForm(props: SearchFormProps): JSX.Element {
  const [field, setField] = useState<SearchField>(props.initial?.field ?? 'name');
  const [value, setValue] = useState(props.initial?.query ?? '');
  const [empty, setEmpty] = useState(false);
  const typed = useRef(false);
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
    setEmpty(query === '');
    if (query !== '') {
      props.onSearch({ field, query });
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
            placeholder={chosen?.placeholder}
            autoComplete="off"
            aria-invalid={empty}
            aria-describedby={empty ? 'search-hint' : undefined}
            onInput={(event) => {
              typed.current = true;
              setValue(event.currentTarget.value);
            }}
          />
        </div>
        <button type="submit" class="lv-button lv-search__go" disabled={props.busy}>
          {props.busy ? t('searchBusy') : t('searchButton')}
        </button>
      </div>
      {empty && (
        <p id="search-hint" class="lv-field-error">
          {t('searchEmpty')}
        </p>
      )}
    </form>
  );
}
