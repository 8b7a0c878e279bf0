import { useEffect, useState } from 'preact/hooks';

import type { LeadReference } from '@/lib/detect/types';
import { displayName } from '@/lib/lead/display';
import type { Lead } from '@/lib/lead/model';

import type { LaunchParams } from './launch-params';
import {
  type LastQuery,
  type PopupMemory,
  readMemory,
  rememberLookup,
  rememberQuery,
} from './popup-memory';
import { type Lookup, type LookupRequest, type LookupState, useLookup } from './use-lookup';
import { type Search, type SearchQuery, useSearch } from './use-search';

export type PopupView = 'lookup' | 'search';

export interface PopupFlow {
  /** Null until the session memory was read; the forms start from it. */
  memory: PopupMemory | null;
  view: PopupView;
  /** The profile showing was opened from the search results: offer the way back. */
  fromSearch: boolean;
  lookup: Lookup;
  search: Search;
  lookUp: (request: LookupRequest) => void;
  find: (query: SearchQuery, retry?: boolean) => void;
  /** Takes the last lookup or search off screen: a form's new hint replaces it. */
  dismiss: () => void;
  openResult: (lead: Lead) => void;
  openReference: (reference: LeadReference) => void;
  backToResults: () => void;
}

function toLastQuery(request: LookupRequest): LastQuery {
  const { id, service, recordUrl } = request;

  return {
    kind: 'lookup',
    id,
    ...(service ? { service } : {}),
    ...(recordUrl ? { recordUrl } : {}),
  };
}

async function recordFound(state: LookupState): Promise<PopupMemory | null> {
  if (state.kind !== 'found') {
    return null;
  }

  const { lead } = state.found;
  const service = state.request.service ?? state.found.service ?? undefined;
  await rememberLookup({ id: lead.id, name: displayName(lead), ...(service ? { service } : {}) });

  return readMemory();
}

/** The popup's state: lookup, search, which of them shows, and what this session remembers. */
export function usePopupFlow(launch: LaunchParams): PopupFlow {
  const lookup = useLookup();
  const search = useSearch();
  const [view, setView] = useState<PopupView>('lookup');
  const [memory, setMemory] = useState<PopupMemory | null>(null);
  const [fromSearch, setFromSearch] = useState(false);

  const lookUp = (request: LookupRequest): void => {
    setView('lookup');
    setFromSearch(false);
    void rememberQuery(toLastQuery(request));
    void lookup
      .lookUp(request)
      .then(recordFound)
      .then((next) => next && setMemory(next));
  };

  const find = (query: SearchQuery, retry = false): void => {
    setView('search');
    void rememberQuery({ kind: 'search', ...query });
    search.search(query, retry);
  };

  useRestore(launch, { lookUp, find, setMemory });

  return {
    memory,
    view,
    fromSearch,
    lookup,
    search,
    lookUp,
    find,
    dismiss: () => {
      lookup.clear();
      search.clear();
      setFromSearch(false);
    },
    openResult: (lead) => {
      const service = search.state.kind === 'results' ? search.state.service : null;
      lookup.show({ lead, service, cached: false, droppedItems: 0, fetchedAt: Date.now() });
      setView('lookup');
      setFromSearch(true);
      void rememberQuery(toLastQuery({ id: lead.id, service: service ?? undefined }));
      void rememberLookup({ id: lead.id, name: displayName(lead), service: service ?? undefined })
        .then(readMemory)
        .then(setMemory);
    },
    openReference: (reference) => lookUp(reference),
    backToResults: () => setView('search'),
  };
}

interface RestoreActions {
  lookUp: (request: LookupRequest) => void;
  find: (query: SearchQuery) => void;
  setMemory: (memory: PopupMemory) => void;
}

/** A launch ID (context menu) wins; otherwise the last query of this session runs again. */
function useRestore(launch: LaunchParams, actions: RestoreActions): void {
  useEffect(() => {
    void readMemory().then((memory) => {
      actions.setMemory(memory);
      const last = memory.lastQuery;
      if (launch.id !== '') {
        actions.lookUp({ id: launch.id, service: launch.service });
      } else if (last?.kind === 'lookup') {
        actions.lookUp(last);
      } else if (last?.kind === 'search') {
        actions.find({ field: last.field, query: last.query });
      }
    });
  }, []);
}
