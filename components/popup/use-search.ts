import { useCallback, useRef, useState } from 'preact/hooks';

import type { LeadError } from '@/lib/errors';
import type { Lead } from '@/lib/lead/model';
import { type SearchField, sendMessage } from '@/lib/messages';

export interface SearchQuery {
  field: SearchField;
  query: string;
}

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'loading'; query: SearchQuery }
  | {
      kind: 'results';
      query: SearchQuery;
      leads: Lead[];
      service: string | null;
      nextCursor: string | null;
      loadingMore: boolean;
      /** Set when "More" failed; the results so far stay. */
      moreError: LeadError | null;
    }
  | { kind: 'failed'; query: SearchQuery; error: LeadError };

export interface Search {
  state: SearchState;
  /** `retry`: the person asked again, so the page may go out despite a quota pause. */
  search: (query: SearchQuery, retry?: boolean) => void;
  more: () => void;
  clear: () => void;
}

/** Search by name, email or phone, a page at a time; a newer search discards older replies. */
export function useSearch(): Search {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);

  const search = useCallback((query: SearchQuery, retry = false): void => {
    const ticket = ++latest.current;
    setState({ kind: 'loading', query });
    const request = retry ? { ...query, retry } : query;
    void sendMessage('searchLeads', request).then((reply) => {
      if (ticket !== latest.current) {
        return;
      }

      setState(
        reply.ok
          ? { kind: 'results', query, ...pageOf(reply), loadingMore: false, moreError: null }
          : { kind: 'failed', query, error: reply.error },
      );
    });
  }, []);

  const more = (): void => {
    if (state.kind !== 'results' || state.nextCursor === null || state.loadingMore) {
      return;
    }

    const ticket = latest.current;
    const current = { ...state, loadingMore: true, moreError: null };
    setState(current);
    const request = { ...state.query, cursor: state.nextCursor };
    void sendMessage('searchLeads', request).then((reply) => {
      if (ticket === latest.current) {
        setState(appendPage(current, reply));
      }
    });
  };

  const clear = useCallback((): void => {
    latest.current += 1;
    setState({ kind: 'idle' });
  }, []);

  return { state, search, more, clear };
}

type Results = Extract<SearchState, { kind: 'results' }>;
type PageReply = Awaited<ReturnType<typeof sendMessage<'searchLeads'>>>;

function pageOf(page: { leads: Lead[]; service: string | null; nextCursor: string | null }) {
  return { leads: page.leads, service: page.service, nextCursor: page.nextCursor };
}

function appendPage(current: Results, reply: PageReply): Results {
  if (!reply.ok) {
    return { ...current, loadingMore: false, moreError: reply.error };
  }

  const known = new Set(current.leads.map((lead) => lead.id));
  const added = reply.leads.filter((lead) => !known.has(lead.id));

  return {
    ...current,
    leads: [...current.leads, ...added],
    nextCursor: reply.nextCursor,
    loadingMore: false,
  };
}
