import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

import { toMatchPattern } from '@/lib/format/match-pattern';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';

import { requestHostAccess } from './host-access';
import { FirstRun } from './popup/first-run';
import type { LaunchParams } from './popup/launch-params';
import { LookupForm } from './popup/lookup-form';
import { LookupResult } from './popup/lookup-result';
import { PageLeadsSection } from './popup/page-leads';
import { RecentLookups } from './popup/recent-lookups';
import { SearchForm } from './popup/search-form';
import { SearchResults } from './popup/search-results';
import { SiteAccess } from './popup/site-access';
import { useActiveSite } from './popup/use-active-site';
import { usePageLeads } from './popup/use-page-leads';
import { type PopupFlow, usePopupFlow } from './popup/use-popup-flow';
import type { SearchQuery } from './popup/use-search';
import { useSettingsState } from './popup/use-settings-state';

/** Grants the API origin inside the click, then runs `retry` (Firefox: host access revoked). */
function grantThen(apiBaseUrl: string | null, retry: () => void): (() => void) | undefined {
  const pattern = toMatchPattern(apiBaseUrl);
  if (!pattern) {
    return undefined;
  }

  return () => void requestHostAccess(pattern).then((granted) => granted && retry());
}

function Panel(props: { flow: PopupFlow; apiBaseUrl: string | null }): JSX.Element {
  const { flow } = props;
  const { lookup, search } = flow;
  if (flow.view === 'search') {
    const rerun = (): void =>
      search.state.kind === 'idle' ? undefined : flow.find(search.state.query, true);

    return (
      <SearchResults
        state={search.state}
        onOpen={flow.openResult}
        onMore={search.more}
        onRetry={rerun}
        onGrant={grantThen(props.apiBaseUrl, rerun)}
      />
    );
  }

  const state = lookup.state;
  const retry = (): void =>
    state.kind === 'idle' ? undefined : flow.lookUp({ ...state.request, refresh: true });
  const fromSearch = flow.fromSearch && state.kind === 'found';

  return (
    <LookupResult
      state={state}
      onRetry={retry}
      onGrant={grantThen(props.apiBaseUrl, retry)}
      onBack={fromSearch ? flow.backToResults : undefined}
    />
  );
}

function initialSearch(flow: PopupFlow) {
  const last = flow.memory?.lastQuery;

  return last?.kind === 'search' ? { field: last.field, query: last.query } : null;
}

/** Once set up, the options stay one click away (the first-run panel links them before). */
function Header(props: { configured: boolean | null }): JSX.Element {
  return (
    <header class="lv-popup__bar">
      <img src="/icon/32.png" alt="" width={20} height={20} />
      <h1 class="lv-popup__title">{t('extensionName')}</h1>
      {props.configured === true && (
        <button
          type="button"
          class="lv-button lv-popup__options"
          onClick={() => void sendMessage('openOptions', {})}
        >
          {t('popupOptions')}
        </button>
      )}
    </header>
  );
}

export function PopupApp(props: { launch: LaunchParams }): JSX.Element {
  const settings = useSettingsState();
  const flow = usePopupFlow(props.launch);
  const site = useActiveSite();
  const [pageLeads, scan] = usePageLeads(site);
  const last = flow.memory?.lastQuery;
  const initialId = props.launch.id || (last?.kind === 'lookup' ? last.id : '');
  // A search offered by the lookup form fills the search form too (remounted with it).
  const [offered, setOffered] = useState<SearchQuery | null>(null);
  // Each lookup or search typed in counts: a form's hint from before it goes away.
  const [actions, setActions] = useState(0);
  const act = (): void => setActions((count) => count + 1);
  const searchOffered = (query: SearchQuery): void => {
    act();
    setOffered(query);
    flow.find(query);
  };

  return (
    <main class="lv-popup">
      <Header configured={settings.configured} />
      {settings.configured === false && flow.lookup.state.kind === 'idle' && <FirstRun />}
      <LookupForm
        initialId={initialId}
        busy={flow.lookup.state.kind === 'loading'}
        onLookUp={(id) => {
          act();
          flow.lookUp({ id });
        }}
        onSearch={searchOffered}
        onProblem={flow.dismiss}
        actions={actions}
      />
      <SearchForm
        key={`search-${offered ? `${offered.field}:${offered.query}` : ''}`}
        initial={offered ?? initialSearch(flow)}
        busy={flow.search.state.kind === 'loading'}
        onSearch={(query) => {
          act();
          flow.find(query);
        }}
        onProblem={flow.dismiss}
        actions={actions}
      />
      <Panel flow={flow} apiBaseUrl={settings.apiBaseUrl} />
      {site && (
        <PageLeadsSection
          site={site}
          leads={pageLeads}
          onScan={scan}
          onOpen={(reference) => {
            act();
            flow.openReference(reference);
          }}
        />
      )}
      <RecentLookups
        recent={flow.memory?.recent ?? []}
        onOpen={(entry) => {
          act();
          flow.lookUp(entry);
        }}
      />
      <SiteAccess />
    </main>
  );
}
