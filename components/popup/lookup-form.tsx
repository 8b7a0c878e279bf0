import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

import { type MessageKey, t } from '@/lib/i18n';
import type { SearchField } from '@/lib/messages';

import { guessSearchField } from './guess-search';
import type { SearchQuery } from './use-search';

/** The background refuses longer IDs; say so here instead of sending them. */
export const maxLeadIdLength = 200;

export interface LookupFormProps {
  initialId: string;
  busy: boolean;
  onLookUp: (id: string) => void;
  /** Runs the search a name, email or phone number typed here really asks for. */
  onSearch: (query: SearchQuery) => void;
  /** The form explains a problem or offers a search instead: an older result should not stay. */
  onProblem?: () => void;
  /** Changes when the person does something else in the popup: an old hint goes. */
  actions?: number;
}

type Problem = { kind: 'empty' | 'long' } | { kind: 'search'; query: SearchQuery } | null;

const problemText = {
  empty: () => t('lookupEmpty'),
  long: () => t('lookupTooLong', [String(maxLeadIdLength)]),
};

function problemOf(id: string): Problem {
  if (id === '' || id.length > maxLeadIdLength) {
    return { kind: id === '' ? 'empty' : 'long' };
  }

  const field = guessSearchField(id);

  return field ? { kind: 'search', query: { field, query: id } } : null;
}

/** "Lead ID" and "Look up"; anything that is clearly not an ID explains itself instead. */
export function LookupForm(props: LookupFormProps): JSX.Element {
  const [value, setValue] = useState(props.initialId);
  const [problem, setProblem] = useState<Problem>(null);
  const input = useRef<HTMLInputElement>(null);
  const typed = useRef(false);
  useEffect(() => setProblem(null), [props.actions]);
  // The session memory may arrive after the person started typing: never overwrite them.
  useEffect(() => {
    if (!typed.current) {
      setValue(props.initialId);
    }
  }, [props.initialId]);
  // The popup opens to type an ID: start there (autofocus is unreliable in extension popups).
  useEffect(() => input.current?.focus(), []);

  const submit = (event: Event): void => {
    event.preventDefault();
    const found = problemOf(value.trim());
    setProblem(found);
    if (found === null) {
      props.onLookUp(value.trim());

      return;
    }

    props.onProblem?.();
    if (found.kind !== 'search') {
      input.current?.focus();
    }
  };

  // maxLength would cut a long paste silently; refuse it in words instead.
  const paste = (event: ClipboardEvent): void => {
    if ((event.clipboardData?.getData('text') ?? '').trim().length > maxLeadIdLength) {
      event.preventDefault();
      setProblem({ kind: 'long' });
      props.onProblem?.();
    }
  };

  const error = problem && problem.kind !== 'search' ? problemText[problem.kind]() : null;

  return (
    <form class="lv-lookup" onSubmit={submit} noValidate>
      <label class="lv-label" for="lead-id">
        {t('labelLeadId')}
      </label>
      <div class="lv-lookup__row">
        <input
          ref={input}
          id="lead-id"
          class="lv-input"
          type="text"
          value={value}
          maxLength={maxLeadIdLength}
          placeholder={t('lookupPlaceholder')}
          autoComplete="off"
          spellcheck={false}
          aria-invalid={error !== null}
          aria-describedby={problem ? 'lead-id-hint' : undefined}
          onInput={(event) => {
            typed.current = true;
            setValue(event.currentTarget.value);
          }}
          onPaste={paste}
        />
        {/* Never disabled while busy: a disabled default button blocks Enter, and a new ID typed
            during a slow lookup must replace it (the older answer is then ignored). */}
        <button type="submit" class="lv-button lv-button--primary lv-lookup__go">
          {props.busy ? t('lookupBusy') : t('lookupButton')}
        </button>
      </div>
      {error && (
        <p id="lead-id-hint" class="lv-field-error">
          {error}
        </p>
      )}
      {problem?.kind === 'search' && (
        <SearchOffer field={problem.query.field} onSearch={() => props.onSearch(problem.query)} />
      )}
    </form>
  );
}

const offers: Record<SearchField, { hint: MessageKey; button: MessageKey }> = {
  name: { hint: 'offerSearchNameHint', button: 'offerSearchNameButton' },
  email: { hint: 'offerSearchEmailHint', button: 'offerSearchEmailButton' },
  phone_number: { hint: 'offerSearchPhoneHint', button: 'offerSearchPhoneButton' },
};

function SearchOffer(props: { field: SearchField; onSearch: () => void }): JSX.Element {
  const offer = offers[props.field];

  return (
    <div id="lead-id-hint" class="lv-lookup__offer">
      <p class="lv-hint">{t(offer.hint)}</p>
      <button type="button" class="lv-button" onClick={props.onSearch}>
        {t(offer.button)}
      </button>
    </div>
  );
}
