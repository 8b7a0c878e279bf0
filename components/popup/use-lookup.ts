import { useCallback, useRef, useState } from 'preact/hooks';

import type { LeadError } from '@/lib/errors';
import { type LeadFound, sendMessage } from '@/lib/messages';

export type LookupState =
  | { kind: 'idle' }
  | { kind: 'loading'; id: string }
  | { kind: 'found'; id: string; found: LeadFound }
  | { kind: 'failed'; id: string; error: LeadError };

export interface Lookup {
  state: LookupState;
  lookUp: (id: string, refresh?: boolean) => Promise<void>;
}

/** One lookup at a time: a reply to an older request never replaces a newer one. */
export function useLookup(service?: string): Lookup {
  const [state, setState] = useState<LookupState>({ kind: 'idle' });
  const latest = useRef(0);

  const lookUp = useCallback(
    async (id: string, refresh = false): Promise<void> => {
      const ticket = ++latest.current;
      setState({ kind: 'loading', id });
      const request = { id, ...(service ? { service } : {}), ...(refresh ? { refresh } : {}) };
      const reply = await sendMessage('getLead', request);
      if (ticket !== latest.current) {
        return;
      }

      setState(
        reply.ok ? { kind: 'found', id, found: reply } : { kind: 'failed', id, error: reply.error },
      );
    },
    [service],
  );

  return { state, lookUp };
}
