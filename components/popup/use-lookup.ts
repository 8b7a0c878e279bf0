import { useCallback, useRef, useState } from 'preact/hooks';

import type { LeadError } from '@/lib/errors';
import { type LeadFound, sendMessage } from '@/lib/messages';

/** What to look up: the ID, the CRM when known, and the record page when the page had one. */
export interface LookupRequest {
  id: string;
  service?: string;
  recordUrl?: string;
  refresh?: boolean;
}

export type LookupState =
  | { kind: 'idle' }
  | { kind: 'loading'; request: LookupRequest }
  | { kind: 'found'; request: LookupRequest; found: LeadFound }
  | { kind: 'failed'; request: LookupRequest; error: LeadError };

export interface Lookup {
  state: LookupState;
  lookUp: (request: LookupRequest) => Promise<LookupState>;
  /** Shows a lead that is already at hand (a search result) without asking again. */
  show: (found: LeadFound) => void;
  clear: () => void;
}

/** One lookup at a time: a reply to an older request never replaces a newer one. */
export function useLookup(): Lookup {
  const [state, setState] = useState<LookupState>({ kind: 'idle' });
  const latest = useRef(0);

  const lookUp = useCallback(async (request: LookupRequest): Promise<LookupState> => {
    const ticket = ++latest.current;
    setState({ kind: 'loading', request });
    const { id, service, refresh } = request;
    const message = { id, ...(service ? { service } : {}), ...(refresh ? { refresh } : {}) };
    const reply = await sendMessage('getLead', message);
    const next: LookupState = reply.ok
      ? { kind: 'found', request, found: reply }
      : { kind: 'failed', request, error: reply.error };
    if (ticket === latest.current) {
      setState(next);
    }

    return next;
  }, []);

  const show = useCallback((found: LeadFound): void => {
    latest.current += 1;
    const service = found.service ?? undefined;
    setState({ kind: 'found', request: { id: found.lead.id, service }, found });
  }, []);

  const clear = useCallback((): void => {
    latest.current += 1;
    setState({ kind: 'idle' });
  }, []);

  return { state, lookUp, show, clear };
}
