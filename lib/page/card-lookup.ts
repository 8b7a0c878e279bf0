import type { CardView } from '@/components/card';
import type { LeadReference } from '@/lib/detect';
import { sendMessage } from '@/lib/messages';

/**
 * Asks the background for the lead. sendMessage always settles (an orphaned script gets
 * `unavailable`), so a card never spins forever.
 */
export async function lookUpLead(reference: LeadReference, refresh: boolean): Promise<CardView> {
  const reply = await sendMessage('getLead', {
    id: reference.id,
    ...(reference.service === undefined ? {} : { service: reference.service }),
    ...(refresh ? { refresh: true } : {}),
  });

  return reply.ok
    ? { kind: 'found', reference, found: reply }
    : { kind: 'error', reference, error: reply.error };
}
