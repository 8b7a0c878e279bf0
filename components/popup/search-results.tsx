import type { JSX } from 'preact';

import { t, tPlural } from '@/lib/i18n';
import type { Lead } from '@/lib/lead/model';
import type { SearchField } from '@/lib/messages';

import { ErrorNotice } from '../error-notice';
import { openOptions } from '../open-options';
import { ResultList } from './result-list';
import type { SearchState } from './use-search';

type Results = Extract<SearchState, { kind: 'results' }>;

const countText = (results: Results): string => {
  const count = results.leads.length;

  return results.nextCursor
    ? tPlural(count, 'searchCountMoreOne', 'searchCountMoreOther')
    : tPlural(count, 'searchCountOne', 'searchCountOther');
};

// Each field fails differently: names match in part, emails whole, phones as the CRM stores them.
const noMatch: Record<SearchField, (query: string) => string> = {
  name: (query) => t('searchNoMatchName', [query]),
  email: (query) => t('searchNoMatchEmail', [query]),
  phone_number: (query) => t('searchNoMatchPhone', [query]),
};

function Found(props: { results: Results; onOpen: (lead: Lead) => void; onMore: () => void }) {
  const { results } = props;
  if (results.leads.length === 0) {
    return <p class="lv-hint">{noMatch[results.query.field](results.query.query)}</p>;
  }

  return (
    <>
      <p class="lv-hint">{countText(results)}</p>
      <ResultList label={t('searchResultsLabel')} leads={results.leads} onOpen={props.onOpen} />
      {results.moreError && (
        <ErrorNotice error={results.moreError} onRetry={props.onMore} onOpenOptions={openOptions} />
      )}
      {results.nextCursor && (
        <button
          type="button"
          class="lv-button lv-hits__more"
          disabled={results.loadingMore}
          onClick={props.onMore}
        >
          {results.loadingMore ? t('searchMoreBusy') : t('searchMore')}
        </button>
      )}
    </>
  );
}

export interface SearchResultsProps {
  state: SearchState;
  onOpen: (lead: Lead) => void;
  onMore: () => void;
  onRetry: () => void;
  onGrant?: () => void;
}

/** Search results, the loading line, or the failure in words. */
export function SearchResults(props: SearchResultsProps): JSX.Element | null {
  const { state } = props;
  switch (state.kind) {
    case 'idle':
      return null;
    case 'loading':
      return (
        <p class="lv-hint" role="status">
          {t('searchBusyFor', [state.query.query])}
        </p>
      );
    case 'failed':
      return (
        <ErrorNotice
          error={state.error}
          onRetry={props.onRetry}
          onGrant={props.onGrant}
          onOpenOptions={openOptions}
        />
      );
    case 'results':
      return <Found results={state} onOpen={props.onOpen} onMore={props.onMore} />;
  }
}
